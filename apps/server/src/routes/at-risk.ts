// GET /v1/surveys/{id}/at-risk — identified respondents (userId) whose latest
// answer is in the worst bucket or fell by 3 or more points since their
// previous one: two stated rules (core at-risk.ts), returned with every
// answer, no score from a model.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  AT_RISK_RULE_TEXT,
  ATTRIBUTE_FILTER_PARAMETER,
  type AtRiskPage,
  AtRiskPageSchema,
  AtRiskQuerySchema,
  atRiskRules,
  encodeCursor,
  filtersOf,
} from '@koe/core';
import { z } from 'zod';
import { problems } from '../api/problems';
import { keyProblems, READ, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';

const getAtRisk = createRoute({
  method: 'get',
  path: '/surveys/{id}/at-risk',
  operationId: 'getAtRisk',
  tags: ['analytics'],
  summary: 'Identified respondents at risk, by two stated rules',
  description: `Respondents with a userId whose latest answer to the survey was received in [from, to), passes the filters and meets a rule: ${Object.values(
    AT_RISK_RULE_TEXT,
  ).join(
    '; or ',
  )}. Newest first, with that answer (comment, reasons, attributes) and the one before it; cursor-paged. Rules: docs/statistics.md, "Who is at risk".`,
  ...READ,
  parameters: [ATTRIBUTE_FILTER_PARAMETER],
  request: {
    params: z.object({ id: z.string().describe('survey id (srv_…)') }),
    query: AtRiskQuerySchema,
  },
  responses: {
    200: {
      description: 'a page of respondents at risk',
      content: { 'application/json': { schema: AtRiskPageSchema } },
    },
    ...problems(
      [
        'invalid-query',
        'a parameter is unknown or malformed (filters: touchpoint, device, country, locale, page, bucket, reason, attr.<key>, q); limit is not 1–1000; the cursor is not a nextCursor of this endpoint; to is not after from',
      ],
      ['survey-not-found', "the key's site has no survey with this id"],
      ...keyProblems('read'),
    ),
  },
});

export function atRiskRoutes(services: Services) {
  const { store, clock } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  add(getAtRisk, async function getAtRisk(c) {
    const survey = await store.getSurvey(c.get('auth').siteId, c.req.valid('param').id);
    if (!survey) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    const query = c.req.valid('query');
    const filter = { from: query.from, to: query.to ?? clock.now(), ...filtersOf(query) };
    // One more than a page tells whether another page follows.
    const entries = await store.atRiskRespondents(survey.id, filter, query.cursor, query.limit + 1);
    const page = entries.slice(0, query.limit);
    const last = page.at(-1);
    const answer: AtRiskPage = {
      rules: AT_RISK_RULE_TEXT,
      data: page.map(({ latest, previous }) => ({
        userId: latest.userId as string,
        rules: atRiskRules(latest, previous),
        response: {
          id: latest.id,
          receivedAt: new Date(latest.receivedAt).toISOString(),
          score: latest.score,
          bucket: latest.bucket,
          comment: latest.comment,
          reasons: latest.reasons,
          attributes: latest.attributes,
          touchpoint: latest.touchpoint,
        },
        previous: previous && {
          id: previous.id,
          receivedAt: new Date(previous.receivedAt).toISOString(),
          score: previous.score,
        },
      })),
      nextCursor:
        entries.length > query.limit && last
          ? encodeCursor([last.latest.receivedAt, last.latest.id])
          : null,
    };
    return c.json(answer, 200);
  });

  return app;
}
