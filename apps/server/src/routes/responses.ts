// POST /v1/responses — the public ingestion endpoint the widget posts to.
// Order of checks: cheapest refusals first (size, type, client rate), then
// validation, then the site and survey (cached), then the durable write.
import {
  bucketOf,
  checkResponseAgainstSurvey,
  LIMITS,
  ResponseInputSchema,
  validate,
} from '@koe/core';
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { BatcherClosedError, QueueFullError } from '../ingest/write-batcher';
import { checkClientRate } from '../middleware/client-rate-limit';
import { publicCors } from '../middleware/public-cors';
import { rateLimitHeaders } from '../middleware/rate-limit';
import { readJson } from '../middleware/read-json';
import { requireScope } from '../middleware/secret-key-auth';
import { isOriginAllowed } from '../origins';
import { deviceOf } from '../privacy/device';
import { stripPageUrl } from '../privacy/page-url';
import type { ResponseWrite, WriteOutcome } from '../store/types';

const ACCEPTING = new Set(['active', 'paused']);

export function responseRoutes(services: Services, secretKey: MiddlewareHandler<AppEnv>) {
  const { batcher, catalog, siteLimiter, config } = services;
  const app = new Hono<AppEnv>();
  app.use('/responses', publicCors());

  app.post('/responses', async function postResponse(c) {
    checkClientRate(services, c);

    const parsed = validate(
      ResponseInputSchema,
      await readJson(c, { allowTextPlain: true, maxBytes: LIMITS.bodyBytes }),
    );
    if (!parsed.ok)
      throw new ApiError('invalid-body', 'the response is not valid', { issues: parsed.issues });
    const body = parsed.value;

    const site = await catalog.siteByPublishableKey(body.siteKey);
    if (!site) throw new ApiError('site-not-found', 'no site has this publishable key');
    const origin = c.req.header('origin');
    if (origin !== undefined && !isOriginAllowed(origin, site.origins)) {
      throw new ApiError('origin-not-allowed', `${origin} is not an allowed origin of this site`);
    }
    const siteDecision = siteLimiter.take(site.id);
    if (!siteDecision.allowed) {
      throw new ApiError('rate-limited', 'too many responses for this site', {
        headers: rateLimitHeaders(siteDecision),
      });
    }

    const survey = await catalog.survey(site.id, body.surveyId);
    if (!survey) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    if (!ACCEPTING.has(survey.definition.status)) {
      throw new ApiError('survey-not-active', `the survey is ${survey.definition.status}`);
    }
    const issues = checkResponseAgainstSurvey(body, survey.definition);
    if (issues.length > 0)
      throw new ApiError('invalid-body', 'the response does not fit the survey', { issues });

    // Global Privacy Control: keep the answer, drop what identifies the person.
    const gpc = c.req.header('sec-gpc') === '1';
    const country = config.countryHeader
      ? c.req.header(config.countryHeader)?.toUpperCase()
      : undefined;
    const page = stripPageUrl(body.url);
    const write: ResponseWrite = {
      id: body.id,
      siteId: site.id,
      surveyId: survey.id,
      score: body.score,
      bucket: bucketOf(survey.type, body.score),
      reasons: body.reasons,
      comment: body.comment,
      touchpoint: body.touchpoint,
      attributes: gpc ? undefined : body.attributes,
      userId: gpc ? undefined : body.userId,
      locale: body.locale,
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
        return c.json({ id: body.id, status: 'accepted' }, 202);
      case 'updated':
        return c.json({ id: body.id, status: 'updated' }, 200);
      case 'duplicate':
        return c.json({ id: body.id, status: 'duplicate' }, 200);
      case 'conflict':
        throw new ApiError('response-conflict', outcome.reason);
      case 'survey-gone':
        throw new ApiError('survey-not-found', 'this site has no survey with this id');
    }
  });

  // Erasure (right to be forgotten): the row is deleted, so every aggregate,
  // list and export computed afterwards no longer contains it.
  app.delete('/responses/:id', secretKey, requireScope('write'), async function eraseResponse(c) {
    const erased = await services.store.eraseResponse(c.get('auth').siteId, c.req.param('id'));
    if (!erased) throw new ApiError('response-not-found', 'this site has no response with this id');
    return c.body(null, 204);
  });

  return app;
}
