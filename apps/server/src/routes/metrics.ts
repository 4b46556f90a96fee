// GET /v1/surveys/{id}/metrics — the score with its n and 95% interval, the
// distribution, and optionally a series of local calendar buckets (tz), the
// same metric per segment (groupBy), and the comparison with the previous
// period of the same length (compare=previous). All math comes from @koe/core.
import {
  compareDistributions,
  distributionFromCounts,
  isoInZone,
  isoWithOffset,
  type MetricResult,
  MetricsQuerySchema,
  type SurveyType,
  summarize,
  type TimeBucket,
  timeBuckets,
  validate,
} from '@koe/core';
import { Hono } from 'hono';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import type { ScoreCount } from '../store/types';

const MAX_GROUPS = 100;

/** The score fields of a metric result, for series points, groups and the previous period. */
function brief({ n, score, ci95 }: MetricResult) {
  return { n, score, ci95 };
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

export function metricsRoutes({ store, clock }: Services) {
  const app = new Hono<AppEnv>();

  app.get('/surveys/:id/metrics', async function getMetrics(c) {
    const survey = await store.getSurvey(c.get('auth').siteId, c.req.param('id'));
    if (!survey) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    const parsed = validate(MetricsQuerySchema, c.req.query());
    if (!parsed.ok)
      throw new ApiError('invalid-query', 'the query is not valid', { issues: parsed.issues });
    const query = parsed.value;
    const type: SurveyType = survey.type;
    const to = query.to ?? clock.now();
    const range = { from: query.from, to };
    const metric = (rows: ScoreCount[]) => summarize(type, distributionFromCounts(type, rows));

    const current = distributionFromCounts(type, await store.scoreCounts(survey.id, range));
    const result: Record<string, unknown> = { ...summarize(type, current) };
    result.from = query.from === undefined ? null : new Date(query.from).toISOString();
    result.to = new Date(to).toISOString();

    if (query.interval) {
      // A series needs a start: without `from`, the 30 days (or 12 weeks, 12 months) before `to`.
      const span = { day: 30, week: 12 * 7, month: 365 }[query.interval] * 86_400_000;
      const from = query.from ?? to - span;
      let buckets: TimeBucket[];
      try {
        buckets = timeBuckets(from, to, query.interval, query.tz);
      } catch (error) {
        throw new ApiError('invalid-query', (error as Error).message, {
          issues: [{ field: 'interval', message: 'gives too many buckets for this range' }],
        });
      }
      const byBucket = collect(
        (await store.scoreCountsByBucket(survey.id, buckets)).map((row) => ({
          ...row,
          key: row.i,
        })),
      );
      // Each bucket ends where the next starts: format every boundary once.
      const edges = [
        isoInZone(from, query.tz),
        ...buckets.map((b) => isoWithOffset(b.end, b.endOffset)),
      ];
      result.series = buckets.map((_, i) => ({
        start: edges[i] as string,
        end: edges[i + 1] as string,
        ...brief(metric(byBucket.get(i) ?? [])),
      }));
    }

    if (query.groupBy) {
      const groupBy = query.groupBy.startsWith('attr.')
        ? { attribute: query.groupBy.slice(5) }
        : { column: query.groupBy };
      const byKey = collect(await store.scoreCountsByGroup(survey.id, range, groupBy));
      result.groups = [...byKey.entries()]
        .map(([key, rows]) => ({ key, ...brief(metric(rows)) }))
        .sort((a, b) => b.n - a.n || String(a.key).localeCompare(String(b.key)))
        .slice(0, MAX_GROUPS);
    }

    if (query.compare === 'previous' && query.from !== undefined) {
      const length = to - query.from;
      const previous = distributionFromCounts(
        type,
        await store.scoreCounts(survey.id, { from: query.from - length, to: query.from }),
      );
      const comparison = compareDistributions(type, current, previous);
      result.previous = {
        from: new Date(query.from - length).toISOString(),
        to: new Date(query.from).toISOString(),
        ...brief(summarize(type, previous)),
        delta: comparison.delta,
        deltaCi95: comparison.deltaCi95,
        p: comparison.p,
      };
    }
    return c.json(result);
  });

  return app;
}
