// /v1/site: the site a secret key belongs to, with its publishable key
// (public by design: it is in every page's snippet), so the dashboard can
// show a snippet ready to paste; its name and allowed origins are changed
// here too. The rules live in admin.ts, shared with the CLI.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { SitePatchSchema, SiteSchema } from '@koe/core';
import { getSite as getSiteOf, siteJson, updateSite as updateSiteOf } from '../admin';
import { problems } from '../api/problems';
import { ADMIN_KEY, keyProblems, READ_KEY, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';

const MAX_SITE_BYTES = 32 * 1024;
const siteContent = { 'application/json': { schema: SiteSchema } };

const getSiteRoute = createRoute({
  method: 'get',
  path: '/site',
  operationId: 'getSite',
  tags: ['site'],
  summary: "The key's site",
  description: 'The site the secret key belongs to, with its publishable key for the snippet.',
  ...READ_KEY,
  responses: {
    200: { description: 'the site', content: siteContent },
    ...problems(...keyProblems('read')),
  },
});

const patchSiteRoute = createRoute({
  method: 'patch',
  path: '/site',
  operationId: 'updateSite',
  tags: ['site'],
  summary: 'Rename the site or change its allowed origins',
  description:
    'Only the fields sent change; `origins` replaces the whole list. Each origin is scheme, host and port (`https://shop.example`, `http://localhost:3000`), a wildcard for subdomains (`https://*.example.com`) or `*`; entries are normalised (case, default port, trailing slash) and repeats dropped. A page URL with a path, a missing or mistyped scheme, credentials or a bare `*.com` is refused with one issue per entry saying what to write instead. This server sees the change at once; other processes on the same database within 5 seconds.',
  ...ADMIN_KEY,
  request: {
    body: { required: true, content: { 'application/json': { schema: SitePatchSchema } } },
  },
  responses: {
    200: { description: 'the changed site, as GET /v1/site shows it', content: siteContent },
    ...problems(
      [
        'invalid-body',
        'an origin is not one (a path, no or a mistyped scheme, credentials, a bare wildcard), the list is empty or over 50, the name is empty or over 100 characters, or a field is unknown; `issues` names each (`origins.2`)',
      ],
      'invalid-json',
      ['body-too-large', `the body is over ${MAX_SITE_BYTES / 1024} KiB`],
      ['unsupported-media-type', 'the body is not application/json'],
      ...keyProblems('write'),
    ),
  },
});

export function siteRoutes(services: Services) {
  const { store, catalog } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services.secretKey);

  /** A key outlives no site (keys go with it); were it to, the key would not be valid. */
  function keyOfNoSite(error: unknown): never {
    if (error instanceof ApiError && error.code === 'site-not-found')
      throw new ApiError('unauthorized', 'this secret key is not valid');
    throw error;
  }

  add(getSiteRoute, async function getSite(c) {
    const site = await getSiteOf(store, c.get('auth').siteId).catch(keyOfNoSite);
    return c.json(siteJson(site), 200);
  });

  add(
    patchSiteRoute,
    async function updateSite(c) {
      const site = await updateSiteOf(store, c.get('auth').siteId, c.req.valid('json')).catch(
        keyOfNoSite,
      );
      // The widget's endpoints in this process see new origins at once.
      catalog.sitesChanged();
      return c.json(siteJson(site), 200);
    },
    { maxBodyBytes: MAX_SITE_BYTES },
  );

  return app;
}
