// GET /v1/surveys/{id}/metrics — the score with its n and 95% interval, the
// distribution, and optionally a series of local calendar buckets (tz), the
// same metric per segment (groupBy), and the comparison with the previous
// period of the same length (compare=previous). All math comes from @koe/core.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  ATTRIBUTE_FILTER_PARAMETER,
  bucketStart,
  compareDistributions,
  distributionFromCounts,
  filtersOf,
  isoInZone,
  isoWithOffset,
  keepBuckets,
  MAX_SERIES_BUCKETS,
  type MetricResult,
  type Metrics,
  MetricsQuerySchema,
  MetricsSchema,
  SCALES,
  type SurveyType,
  summarize,
  type TimeBucket,
  timeBuckets,
} from '@koe/core';
import { z } from 'zod';
import { problems } from '../api/problems';
import { keyProblems, READ, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import type { ScoreCount } from '../store/types';

const MAX_GROUPS = 100;
const DAY_MS = 86_400_000;
/** Series length when the survey has no answer yet to start from. */
const EMPTY_SERIES_SPAN = { day: 30, week: 12 * 7, month: 365 } as const;

const getMetrics = createRoute({
  method: 'get',
  path: '/surveys/{id}/metrics',
  operationId: 'getMetrics',
  tags: ['analytics'],
  summary: 'Score with its 95% interval; series, segments, comparison',
  description: `The survey's metric over [from, to): NPS (−100…100, adjusted-Wald interval), CSAT (% answering 4–5, Wilson interval) or CES (mean of 1–7). Every number comes with its n; n = 0 gives nulls, never a made-up 0. Scales: ${Object.entries(
    SCALES,
  )
    .map(([type, { min, max }]) => `${type} ${min}–${max}`)
    .join(', ')}. Methods: docs/statistics.md.`,
  ...READ,
  parameters: [ATTRIBUTE_FILTER_PARAMETER],
  request: {
    params: z.object({ id: z.string().describe('survey id (srv_…)') }),
    query: MetricsQuerySchema,
  },
  responses: {
    200: { description: 'the metric', content: { 'application/json': { schema: MetricsSchema } } },
    ...problems(
      [
        'invalid-query',
        `a parameter is unknown or malformed (filters: touchpoint, device, country, locale, page, bucket, reason, attr.<key>, q; at most 50 values each, 10 attr.<key>); tz is not an IANA time zone (e.g. Asia/Tokyo); to is not after from; compare=previous without from (the previous period has the same length); interval over the range gives more than ${MAX_SERIES_BUCKETS} buckets (give a shorter range or a longer interval)`,
      ],
      ['survey-not-found', "the key's site has no survey with this id"],
      ...keyProblems('read'),
    ),
  },
});

/** The score fields of a metric result, for series points, groups and the previous period. */
function brief({ n, score, ci95, lowN }: MetricResult) {
  return { n, score, ci95, lowN };
}

function collect<K>(rows: Array<ScoreCount & { key: K }>): Map<K, ScoreCount[]> {
  const byKey = new Map<K, ScoreCount[]>();
  for (const row of rows) {
    const list = byKey.get(row.key) ?? [];
    list.push(row);
    byKey.set(row.key, list);
  }
  return byKey;
}

function bucketsOf(from: number, to: number, interval: 'day' | 'week' | 'month', tz: string) {
  try {
    return timeBuckets(from, to, interval, tz, MAX_SERIES_BUCKETS);
  } catch (error) {
    throw new ApiError('invalid-query', (error as Error).message, {
      issues: [
        {
          field: 'interval',
          message: `gives more than ${MAX_SERIES_BUCKETS} buckets for this range: give a later from or a longer interval`,
        },
      ],
    });
  }
}

export function metricsRoutes(services: Services) {
  const { store, clock } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  add(getMetrics, async function getMetrics(c) {
    const survey = await store.getSurvey(c.get('auth').siteId, c.req.valid('param').id);
    if (!survey) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    const query = c.req.valid('query');
    const type: SurveyType = survey.type;
    const to = query.to ?? clock.now();
    const range = { from: query.from, to };
    const filters = filtersOf(query);
    // Counts under the row filters; a bucket filter keeps its scores only.
    const kept = <T extends ScoreCount>(rows: T[]) => keepBuckets(type, rows, filters.bucket);
    const metric = (rows: ScoreCount[]) => summarize(type, distributionFromCounts(type, rows));

    // With a series, its buckets cover exactly the headline's range: the
    // headline is their sum, read once (a filtered read costs one pass, not two).
    let series:
      | { buckets: TimeBucket[]; from: number; rows: Array<ScoreCount & { i: number }> }
      | undefined;
    if (query.interval) {
      // All time starts at the local bucket of the first answer.
      let from = query.from;
      if (from === undefined) {
        const [first] = await store.listResponses(survey.id, { to, ...filters }, undefined, 1);
        from = first
          ? bucketStart(first.receivedAt, query.interval, query.tz)
          : to - EMPTY_SERIES_SPAN[query.interval] * DAY_MS;
      }
      const buckets: TimeBucket[] = bucketsOf(from, to, query.interval, query.tz);
      series = {
        buckets,
        from,
        rows: kept(await store.scoreCountsByBucket(survey.id, buckets, filters)),
      };
    }
    const current = distributionFromCounts(
      type,
      series ? series.rows : kept(await store.scoreCounts(survey.id, range, filters)),
    );
    const result: Metrics = {
      ...summarize(type, current),
      from: query.from === undefined ? null : new Date(query.from).toISOString(),
      to: new Date(to).toISOString(),
    };

    if (series && query.interval) {
      const byBucket = collect(series.rows.map((row) => ({ ...row, key: row.i })));
      // Each bucket ends where the next starts: format every boundary once.
      const edges = [
        isoInZone(series.from, query.tz),
        ...series.buckets.map((b) => isoWithOffset(b.end, b.endOffset)),
      ];
      result.series = series.buckets.map((_, i) => ({
        start: edges[i] as string,
        end: edges[i + 1] as string,
        ...brief(metric(byBucket.get(i) ?? [])),
      }));
    }

    if (query.groupBy) {
      const groupBy = query.groupBy.startsWith('attr.')
        ? { attribute: query.groupBy.slice(5) }
        : { column: query.groupBy };
      const byKey = collect(
        kept(await store.scoreCountsByGroup(survey.id, range, groupBy, filters)),
      );
      result.groups = [...byKey.entries()]
        .map(([key, rows]) => ({ key, ...brief(metric(rows)) }))
        .sort((a, b) => b.n - a.n || String(a.key).localeCompare(String(b.key)))
        .slice(0, MAX_GROUPS);
    }

    if (query.compare === 'previous' && query.from !== undefined) {
      const length = to - query.from;
      const previous = distributionFromCounts(
        type,
        kept(
          await store.scoreCounts(
            survey.id,
            { from: query.from - length, to: query.from },
            filters,
          ),
        ),
      );
      const comparison = compareDistributions(type, current, previous);
      result.previous = {
        from: new Date(query.from - length).toISOString(),
        to: new Date(query.from).toISOString(),
        ...brief(summarize(type, previous)),
        ...comparison,
      };
    }
    return c.json(result, 200);
  });

  return app;
}
