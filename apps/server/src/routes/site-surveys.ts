// GET /v1/sites/{siteKey}/surveys — the active surveys a widget may show,
// and the other surveys' ids and status (so it can say why one does not show).
// Only what the widget needs is sent (no internal names or timestamps). The
// answer is cacheable for a minute and revalidated with an ETag, so a page
// view usually costs the server nothing at all.
import { createHash } from 'node:crypto';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { toWidgetConfig, WidgetConfigSchema } from '@koe/core';
import { z } from 'zod';
import { problems } from '../api/problems';
import { PUBLIC, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { clientRateLimit } from '../middleware/client-rate-limit';
import { publicCors } from '../middleware/public-cors';
import { recordInstall } from '../middleware/record-install';
import { isOriginAllowed } from '../origins';
import { originNotAllowed, siteNotFound } from '../public-problems';

/** Whether an If-None-Match header names this ETag (RFC 9110 §13.1.2, weak comparison). */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

const getSiteSurveys = createRoute({
  method: 'get',
  path: '/sites/{siteKey}/surveys',
  operationId: 'getWidgetSurveys',
  tags: ['ingestion'],
  summary: "The site's active surveys, as the widget needs them",
  description:
    'Called by koe.js on each page load; cacheable for a minute (ETag, If-None-Match → 304). Refused for page origins the site does not allow.',
  ...PUBLIC,
  request: {
    params: z.object({ siteKey: z.string().describe('the publishable key, pk_…') }),
  },
  responses: {
    200: {
      description: "the active surveys, and the others' ids and status",
      headers: {
        etag: { description: 'validator for If-None-Match', schema: { type: 'string' } },
      },
      content: {
        'application/json': { schema: WidgetConfigSchema },
      },
    },
    304: { description: 'not modified (If-None-Match named the current ETag)' },
    ...problems(
      ['origin-not-allowed', "the page's Origin is not one of the site's allowed origins"],
      ['site-not-found', 'no site has this publishable key'],
      ['rate-limited', 'too many requests from this client'],
    ),
  },
});

export function siteSurveyRoutes(services: Services) {
  const { catalog } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);
  app.use('/sites/:siteKey/surveys', publicCors());

  add(
    getSiteSurveys,
    async function getSiteSurveys(c) {
      const { siteKey } = c.req.valid('param');
      const site = await catalog.siteByPublishableKey(siteKey);
      if (!site) throw siteNotFound(siteKey);
      const origin = c.req.header('origin');
      if (origin !== undefined && !isOriginAllowed(origin, site.origins)) {
        throw originNotAllowed(origin, siteKey);
      }
      const answer = toWidgetConfig(await catalog.siteSurveys(site.id));
      const etag = `"${createHash('sha256').update(JSON.stringify(answer)).digest('base64url').slice(0, 27)}"`;
      const headers = {
        etag,
        'cache-control': 'public, max-age=60, stale-while-revalidate=300',
      };
      if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
      return c.json(answer, 200, headers);
    },
    {
      before: [clientRateLimit(services), recordInstall(services)],
    },
  );

  return app;
}
