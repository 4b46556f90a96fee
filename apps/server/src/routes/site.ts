// GET /v1/site: the site a secret key belongs to, with its publishable key
// (public by design: it is in every page's snippet), so the dashboard can
// show a snippet ready to paste.
import { Hono } from 'hono';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';

export function siteRoutes({ store }: Services) {
  const app = new Hono<AppEnv>();
  // Secret-key authentication for /v1/site is registered once in app.ts.
  app.get('/site', async function getSite(c) {
    const site = await store.getSite(c.get('auth').siteId);
    if (!site) throw new ApiError('site-not-found', 'the key belongs to no site');
    return c.json({
      id: site.id,
      name: site.name,
      origins: site.origins,
      publishableKey: site.publishableKey,
      createdAt: new Date(site.createdAt).toISOString(),
    });
  });
  return app;
}
