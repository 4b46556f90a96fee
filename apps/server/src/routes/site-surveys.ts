// GET /v1/sites/{siteKey}/surveys — the active surveys a widget may show.
// Only what the widget needs is sent (no internal names or timestamps). The
// answer is cacheable for a minute and revalidated with an ETag, so a page
// view usually costs the server nothing at all.
import { createHash } from 'node:crypto';
import { toWidgetSurvey } from '@koe/core';
import { Hono } from 'hono';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { checkClientRate } from '../middleware/client-rate-limit';
import { publicCors } from '../middleware/public-cors';
import { isOriginAllowed } from '../origins';

/** Whether an If-None-Match header names this ETag (RFC 9110 §13.1.2, weak comparison). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

export function siteSurveyRoutes(services: Services) {
  const { catalog } = services;
  const app = new Hono<AppEnv>();
  app.use('/sites/:siteKey/surveys', publicCors());

  app.get('/sites/:siteKey/surveys', async function getSiteSurveys(c) {
    checkClientRate(services, c);
    const site = await catalog.siteByPublishableKey(c.req.param('siteKey'));
    if (!site) throw new ApiError('site-not-found', 'no site has this publishable key');
    const origin = c.req.header('origin');
    if (origin !== undefined && !isOriginAllowed(origin, site.origins)) {
      throw new ApiError('origin-not-allowed', `${origin} is not an allowed origin of this site`);
    }
    const body = JSON.stringify({
      data: (await catalog.activeSurveys(site.id)).map((s) => toWidgetSurvey(s.id, s.definition)),
    });
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const headers = {
      etag,
      'cache-control': 'public, max-age=60, stale-while-revalidate=300',
    };
    if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
    return c.body(body, 200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  });

  return app;
}
