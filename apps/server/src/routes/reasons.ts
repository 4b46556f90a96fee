// GET /v1/surveys/{id}/reasons — for each reason chip: how often it is cited
// (overall and within each bucket), the score of the answers citing it, and
// its impact on the score, sorted by impact; with compare=previous, the
// change of each share. All math comes from @koe/core (reasons/impact.ts).
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  ATTRIBUTE_FILTER_PARAMETER,
  analyseReason,
  type Distribution,
  distributionFromCounts,
  filtersOf,
  keepBuckets,
  type LocalizedText,
  type ReasonAnalysisAnswer,
  type Reasons,
  ReasonsQuerySchema,
  ReasonsSchema,
  type SurveyType,
  summarize,
} from '@koe/core';
import { z } from 'zod';
import { problems } from '../api/problems';
import { keyProblems, READ, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import type { ReasonScoreCount, StoredSurvey, TimeRange } from '../store/types';

const getReasons = createRoute({
  method: 'get',
  path: '/surveys/{id}/reasons',
  operationId: 'getReasons',
  tags: ['analytics'],
  summary: 'Reason chips ranked by their impact on the score',
  description:
    'For each reason chip over [from, to) and the filters: its share of answers (overall and within each bucket) with Wilson 95% intervals, the score of the answers citing it, and its impact — how many points the score would move if those answers scored like the others — with a 95% interval; sorted by impact. With compare=previous, each share against the period of the same length before from, with a p-value. Definitions: docs/statistics.md, "Reasons".',
  ...READ,
  parameters: [ATTRIBUTE_FILTER_PARAMETER],
  request: {
    params: z.object({ id: z.string().describe('survey id (srv_…)') }),
    query: ReasonsQuerySchema,
  },
  responses: {
    200: {
      description: 'the reasons by impact',
      content: { 'application/json': { schema: ReasonsSchema } },
    },
    ...problems(
      [
        'invalid-query',
        'a parameter is unknown or malformed (filters: touchpoint, device, country, locale, page, bucket, reason, attr.<key>, q); to is not after from; compare=previous without from',
      ],
      ['survey-not-found', "the key's site has no survey with this id"],
      ...keyProblems('read'),
    ),
  },
});

/** Every chip the survey defines, in the order its follow-ups list them. */
function chipsOf(survey: StoredSurvey): Map<string, LocalizedText> {
  const chips = new Map<string, LocalizedText>();
  for (const followUp of Object.values(survey.definition.followUp))
    for (const reason of followUp.reasons)
      if (!chips.has(reason.id)) chips.set(reason.id, reason.label);
  return chips;
}

function citingByReason(type: SurveyType, rows: ReasonScoreCount[]): Map<string, Distribution> {
  const byReason = new Map<string, ReasonScoreCount[]>();
  for (const row of rows) {
    const list = byReason.get(row.reason) ?? [];
    list.push(row);
    byReason.set(row.reason, list);
  }
  return new Map(
    [...byReason].map(([reason, list]) => [reason, distributionFromCounts(type, list)]),
  );
}

export function reasonsRoutes(services: Services) {
  const { store, clock } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  add(getReasons, async function getReasons(c) {
    const survey = await store.getSurvey(c.get('auth').siteId, c.req.valid('param').id);
    if (!survey) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    const query = c.req.valid('query');
    const type: SurveyType = survey.type;
    const filters = filtersOf(query);
    const to = query.to ?? clock.now();

    // Answers and citations under the row filters; a bucket filter keeps its scores only.
    const read = async (range: TimeRange) => {
      const [all, cited] = await Promise.all([
        store.scoreCounts(survey.id, range, filters),
        store.reasonScoreCounts(survey.id, range, filters),
      ]);
      return {
        all: distributionFromCounts(type, keepBuckets(type, all, filters.bucket)),
        citing: citingByReason(type, keepBuckets(type, cited, filters.bucket)),
      };
    };
    const current = await read({ from: query.from, to });
    const previousRange =
      query.compare === 'previous' && query.from !== undefined
        ? { from: query.from - (to - query.from), to: query.from }
        : undefined;
    const previous = previousRange && (await read(previousRange));

    const chips = chipsOf(survey);
    const ids = [...chips.keys(), ...[...current.citing.keys()].filter((id) => !chips.has(id))];
    const none: Distribution = current.all.map(() => 0);
    const reasons: ReasonAnalysisAnswer[] = ids.map((id) => {
      const { score, ...analysis } = analyseReason(
        type,
        current.all,
        current.citing.get(id) ?? none,
        previous && { all: previous.all, citing: previous.citing.get(id) ?? none },
      );
      return {
        id,
        label: chips.get(id) ?? null,
        ...analysis,
        score: { n: score.n, score: score.score, ci95: score.ci95, lowN: score.lowN },
      };
    });
    reasons.sort(
      (a, b) =>
        (b.impact.points ?? Number.NEGATIVE_INFINITY) -
          (a.impact.points ?? Number.NEGATIVE_INFINITY) ||
        b.share.count - a.share.count ||
        a.id.localeCompare(b.id),
    );

    const overall = summarize(type, current.all);
    const answer: Reasons = {
      metric: type,
      from: query.from === undefined ? null : new Date(query.from).toISOString(),
      to: new Date(to).toISOString(),
      overall: { n: overall.n, score: overall.score, ci95: overall.ci95, lowN: overall.lowN },
      ...(previousRange &&
        previous && {
          previous: {
            from: new Date(previousRange.from).toISOString(),
            to: new Date(previousRange.to).toISOString(),
            n: previous.all.reduce((sum, n) => sum + n, 0),
          },
        }),
      reasons,
    };
    return c.json(answer, 200);
  });

  return app;
}
