// GET /v1/surveys/{id}/themes — per bucket, the words and two-word phrases
// that set its comments apart from the other buckets' (weighted log-odds
// with an informative Dirichlet prior), each with a few recent examples.
// Term counts come from the store (kept at write time); the math from
// @koe/core (themes/log-odds.ts).
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  ATTRIBUTE_FILTER_PARAMETER,
  bucketsOf,
  distinctiveTerms,
  filtersOf,
  type SurveyType,
  type TermCount,
  type Themes,
  ThemesQuerySchema,
  ThemesSchema,
} from '@koe/core';
import { z } from 'zod';
import { problems } from '../api/problems';
import { keyProblems, READ, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { COMMENTS } from '../store/term-deltas';

/** z from which a term is said to set a bucket apart (two-sided 5 %). */
const MIN_Z = 1.96;
/** Recent comments searched for examples, per bucket. */
const EXAMPLE_POOL = 500;
const EXAMPLES = 3;

const getThemes = createRoute({
  method: 'get',
  path: '/surveys/{id}/themes',
  operationId: 'getThemes',
  tags: ['analytics'],
  summary: 'What people say: the terms that set each bucket apart',
  description:
    'For each bucket (detractors, passives, promoters; or dissatisfied, neutral, satisfied) over [from, to) and the filters: the words and two-word phrases its comments use more than the other buckets\' comments, by the weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008); only terms with z ≥ 1.96, highest first, each with counts and up to three recent example answers. Japanese, Chinese and Korean are split into words by Intl.Segmenter. Definitions: docs/statistics.md, "Themes".',
  ...READ,
  parameters: [ATTRIBUTE_FILTER_PARAMETER],
  request: {
    params: z.object({ id: z.string().describe('survey id (srv_…)') }),
    query: ThemesQuerySchema,
  },
  responses: {
    200: {
      description: 'the distinctive terms per bucket',
      content: { 'application/json': { schema: ThemesSchema } },
    },
    ...problems(
      [
        'invalid-query',
        'a parameter is unknown or malformed (filters: touchpoint, device, country, locale, page, bucket, reason, attr.<key>, q; limit 1–50); to is not after from',
      ],
      ['survey-not-found', "the key's site has no survey with this id"],
      ...keyProblems('read'),
    ),
  },
});

/** A comment as terms are counted (NFKC, lower case), to find a term in it. */
const normalised = (comment: string) => comment.normalize('NFKC').toLocaleLowerCase();

export function themesRoutes(services: Services) {
  const { store, clock } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  add(getThemes, async function getThemes(c) {
    const survey = await store.getSurvey(c.get('auth').siteId, c.req.valid('param').id);
    if (!survey) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    const query = c.req.valid('query');
    const type: SurveyType = survey.type;
    // Buckets are what themes compare; a bucket filter picks which ones to report.
    const { bucket: wanted, ...filters } = filtersOf(query);
    const to = query.to ?? clock.now();
    const range = { from: query.from, to };

    // term → comments containing it, per bucket and over all buckets ('' = the comments).
    const byBucket = new Map<string, Map<string, number>>();
    const overall = new Map<string, number>();
    for (const { bucket, term, n } of await store.commentTermCounts(survey.id, range, filters)) {
      const terms = byBucket.get(bucket) ?? new Map<string, number>();
      terms.set(term, (terms.get(term) ?? 0) + n);
      byBucket.set(bucket, terms);
      overall.set(term, (overall.get(term) ?? 0) + n);
    }
    const comments = (bucket: string) => byBucket.get(bucket)?.get(COMMENTS) ?? 0;
    const allComments = overall.get(COMMENTS) ?? 0;

    const buckets = bucketsOf(type).filter((b) => !wanted || wanted.includes(b));
    const answer: Themes = {
      metric: type,
      from: query.from === undefined ? null : new Date(query.from).toISOString(),
      to: new Date(to).toISOString(),
      buckets: await Promise.all(
        buckets.map(async (bucket) => {
          const focus = byBucket.get(bucket) ?? new Map<string, number>();
          const counts: TermCount[] = [];
          for (const [term, total] of overall) {
            if (term === COMMENTS) continue;
            const inFocus = focus.get(term) ?? 0;
            counts.push({ term, focus: inFocus, rest: total - inFocus });
          }
          const top = distinctiveTerms(counts, comments(bucket), allComments - comments(bucket))
            .filter((t) => t.z >= MIN_Z)
            .slice(0, query.limit);
          const recent = top.length
            ? (
                await store.recentComments(
                  survey.id,
                  range,
                  { ...filters, bucket: [bucket] },
                  EXAMPLE_POOL,
                )
              ).map((r) => ({ id: r.id, text: normalised(r.comment) }))
            : [];
          return {
            bucket,
            comments: comments(bucket),
            terms: top.map((t) => ({
              term: t.term,
              count: t.focus,
              rest: t.rest,
              z: t.z,
              examples: recent
                .filter((r) => r.text.includes(t.term))
                .slice(0, EXAMPLES)
                .map((r) => r.id),
            })),
          };
        }),
      ),
    };
    return c.json(answer, 200);
  });

  return app;
}
