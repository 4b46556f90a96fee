// POST /v1/responses — the public ingestion endpoint the widget posts to —
// and DELETE /v1/responses/{id}, erasure. Order of checks: cheapest refusals
// first (size, type, client rate), then validation, then the site and survey
// (cached), then the durable write.

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  ANSWERABLE_STATUSES,
  bucketOf,
  checkResponseAgainstSurvey,
  LIMITS,
  RespondentUserIdSchema,
  ResponseInputSchema,
  SCALES,
} from '@koe/core';
import { z } from 'zod';
import { audit } from '../accounts/audit';
import { problems } from '../api/problems';
import { ADMINISTER, keyProblems, PUBLIC, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { BatcherClosedError, QueueFullError } from '../ingest/write-batcher';
import { checkLinkToken, linkProblem } from '../links/link-access';
import type { LinkClaims } from '../links/link-tokens';
import { clientRateLimit } from '../middleware/client-rate-limit';
import { publicCors } from '../middleware/public-cors';
import { rateLimitHeaders } from '../middleware/rate-limit';
import { isOriginAllowed } from '../origins';
import { deviceOf } from '../privacy/device';
import { stripPageUrl } from '../privacy/page-url';
import {
  originNotAllowed,
  siteNotFound,
  surveyNotActive,
  surveyNotFound,
} from '../public-problems';
import { erasePerson } from '../respondents/erase-person';
import type { ResponseWrite, WriteOutcome } from '../store/types';

const scaleRanges = Object.entries(SCALES)
  .map(([type, { min, max }]) => `${min}–${max} for ${type}`)
  .join(', ');

const AcceptedSchema = z.object({ id: z.uuid(), status: z.literal('accepted') });
const KnownSchema = z.object({
  id: z.uuid(),
  status: z
    .enum(['updated', 'duplicate'])
    .describe('updated: a partial answer was completed; duplicate: the same answer again'),
});

const postResponse = createRoute({
  method: 'post',
  path: '/responses',
  operationId: 'postResponse',
  tags: ['ingestion'],
  summary: 'Send an answer (the widget does this)',
  description:
    'JSON sent as `text/plain` (a CORS simple request: no preflight, works while the page unloads) or `application/json`, at most 16 KiB. Answered 202 only after the row is committed. The `id` is chosen by the client: sending the same id again is 200 and never a second row; a partial answer (`finished: false`) may be completed under the same id.',
  ...PUBLIC,
  request: {
    body: {
      required: true,
      content: {
        'text/plain': { schema: ResponseInputSchema },
        'application/json': { schema: ResponseInputSchema },
      },
    },
  },
  responses: {
    202: {
      description: 'stored',
      content: { 'application/json': { schema: AcceptedSchema } },
    },
    200: {
      description: 'the id was known: completed or repeated (still one row)',
      content: { 'application/json': { schema: KnownSchema } },
    },
    ...problems(
      [
        'invalid-body',
        `the body fails the schema; the score is off the survey's scale (${scaleRanges}); a reason is not one of the survey's follow-up reasons for the score's bucket, or is repeated`,
      ],
      ['invalid-json', 'the body is not JSON'],
      ['origin-not-allowed', "the page's Origin is not one of the site's allowed origins"],
      ['site-not-found', 'no site has this publishable key'],
      ['survey-not-found', 'the site has no survey with this id'],
      ['survey-not-active', 'the survey is a draft or archived'],
      ['response-conflict', 'this id is already finished with other answers'],
      [
        'link-invalid',
        'linkToken is altered, for another survey, or signed with a secret rotated out over a day ago',
      ],
      ['link-expired', "linkToken's link has expired"],
      ['body-too-large', 'the body is over 16 KiB'],
      ['unsupported-media-type', 'the body is neither text/plain nor application/json'],
      ['rate-limited', 'too many requests from this client or for this site'],
      ['server-busy', 'too many answers are waiting to be stored'],
      ['shutting-down', 'the server is restarting'],
      ['storage-unavailable', 'the write failed; nothing was stored, send the same id again'],
    ),
  },
});

const eraseResponse = createRoute({
  method: 'delete',
  path: '/responses/{id}',
  operationId: 'eraseResponse',
  tags: ['responses'],
  summary: 'Erase one response',
  description:
    'Right to erasure: the row is deleted and taken out of every rollup in the same transaction, and its pending webhook events are dropped, so nothing computed afterwards contains it.',
  ...ADMINISTER,
  request: { params: z.object({ id: z.string().describe('the response (submission) id') }) },
  responses: {
    204: { description: 'erased' },
    ...problems(
      ['response-not-found', "the key's site has no response with this id"],
      ...keyProblems('write'),
    ),
  },
});

const eraseRespondent = createRoute({
  method: 'delete',
  path: '/respondents/{userId}',
  operationId: 'eraseRespondent',
  tags: ['responses'],
  summary: 'Erase everything one person answered',
  description:
    'Right to erasure for an identified respondent: every answer of the site whose userId is this one (from the widget, personal links and emails) is erased as DELETE /v1/responses/{id} erases one, in every survey, and so are their places on campaign recipient lists and every mail of the site to their address. Erasing someone with no answers erases nothing and says so (erased: 0). To name the person by email address, POST /v1/respondents/erase.',
  ...ADMINISTER,
  request: {
    params: z.object({
      userId: RespondentUserIdSchema.describe('the userId the answers carry (URL-encoded)'),
    }),
  },
  responses: {
    200: {
      description: 'erased',
      content: {
        'application/json': {
          schema: z
            .object({
              erased: z.number().int().describe('answers erased'),
              recipients: z
                .number()
                .int()
                .describe('places on campaign recipient lists removed (their addresses with them)'),
            })
            .meta({ id: 'RespondentErasure' }),
        },
      },
    },
    ...problems(
      ['not-found', 'the userId is empty, longer than 256 characters or holds control characters'],
      ...keyProblems('write'),
    ),
  },
});

export function responseRoutes(services: Services) {
  const { batcher, catalog, siteLimiter, config } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);
  app.use('/responses', publicCors());

  add(
    postResponse,
    async function postResponse(c) {
      const body = c.req.valid('json');
      const site = await catalog.siteByPublishableKey(body.siteKey);
      if (!site) throw siteNotFound(body.siteKey);
      const origin = c.req.header('origin');
      if (
        origin !== undefined &&
        !isOriginAllowed(origin, site.origins) &&
        // The hosted survey page (/s/{id}) is koe's own: its answers come from koe's origin.
        // Looked at only when the site's own origins refuse: the widget's posts never parse a URL.
        origin !== new URL(config.publicUrl ?? c.req.url).origin
      ) {
        throw originNotAllowed(origin, body.siteKey);
      }
      const siteDecision = siteLimiter.take(site.id);
      if (!siteDecision.allowed) {
        throw new ApiError('rate-limited', 'too many responses for this site', {
          headers: rateLimitHeaders(siteDecision),
        });
      }

      const survey = await catalog.survey(site.id, body.surveyId);
      if (!survey) throw surveyNotFound(body.siteKey, body.surveyId);
      if (!ANSWERABLE_STATUSES.has(survey.definition.status)) {
        throw surveyNotActive(survey.id, survey.definition.status);
      }
      const issues = checkResponseAgainstSurvey(body, survey.definition);
      if (issues.length > 0)
        throw new ApiError('invalid-body', 'the response does not fit the survey', { issues });
      // A personal link: its token, not the body, says whose answer this is.
      let link: { claims: LinkClaims; responseId: string } | undefined;
      if (body.linkToken !== undefined) {
        const check = await checkLinkToken(services, site, survey.id, body.linkToken);
        if (!check.ok) throw linkProblem(check.reason);
        link = check;
      }
      const id = link?.responseId ?? body.id;

      // Global Privacy Control: keep the answer, drop what identifies the person.
      const gpc = c.req.header('sec-gpc') === '1';
      const country = config.countryHeader
        ? c.req.header(config.countryHeader)?.toUpperCase()
        : undefined;
      const page = stripPageUrl(body.url);
      const write: ResponseWrite = {
        id,
        siteId: site.id,
        surveyId: survey.id,
        score: body.score,
        bucket: bucketOf(survey.type, body.score),
        reasons: body.reasons,
        comment: body.comment,
        touchpoint: body.touchpoint,
        channel: link?.claims.channel ?? body.channel,
        attributes: gpc ? undefined : link ? link.claims.attributes : body.attributes,
        userId: gpc ? undefined : link ? link.claims.userId : body.userId,
        locale: body.locale ?? link?.claims.locale,
        url: page.url,
        page: page.page,
        device: deviceOf(c.req.header('user-agent')),
        country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
        finished: body.finished,
      };

      let outcome: WriteOutcome;
      try {
        outcome = await batcher.submit(write);
      } catch (error) {
        if (error instanceof QueueFullError) {
          throw new ApiError('server-busy', 'too many responses are waiting to be stored', {
            headers: { 'retry-after': String(error.retryAfterSeconds) },
          });
        }
        if (error instanceof BatcherClosedError) {
          throw new ApiError('shutting-down', undefined, { headers: { 'retry-after': '2' } });
        }
        // The batch's transaction rolled back: nothing was stored, so the client
        // may safely send the same id again.
        services.log.error({ err: error }, 'response batch failed to commit');
        throw new ApiError('storage-unavailable', undefined, { headers: { 'retry-after': '2' } });
      }

      switch (outcome.kind) {
        case 'created':
          return c.json({ id, status: 'accepted' as const }, 202);
        case 'updated':
          return c.json({ id, status: 'updated' as const }, 200);
        case 'duplicate':
          return c.json({ id, status: 'duplicate' as const }, 200);
        case 'conflict':
          throw new ApiError('response-conflict', outcome.reason);
        case 'survey-gone':
          throw surveyNotFound(body.siteKey, body.surveyId);
      }
    },
    {
      maxBodyBytes: LIMITS.bodyBytes,
      before: [clientRateLimit(services)],
    },
  );

  // Erasure (right to be forgotten): the row is deleted, so every aggregate,
  // list and export computed afterwards no longer contains it.
  add(eraseResponse, async function eraseResponse(c) {
    const erased = await services.store.eraseResponse(
      c.get('auth').siteId,
      c.req.valid('param').id,
    );
    if (!erased) throw new ApiError('response-not-found', 'this site has no response with this id');
    await audit(services, c, { action: 'response.erased', target: c.req.valid('param').id });
    return c.body(null, 204);
  });

  add(eraseRespondent, async function eraseRespondent(c) {
    const siteId = c.get('auth').siteId;
    const { userId } = c.req.valid('param');
    const result = await erasePerson(services.store, siteId, { userId });
    // The audit log names how many, not who: the person asked to be forgotten.
    await audit(services, c, { action: 'respondent.erased', details: { ...result } });
    return c.json(result, 200);
  });

  return app;
}
