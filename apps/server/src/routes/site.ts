// /v1/site: the site a secret key belongs to, with its publishable key
// (public by design: it is in every page's snippet), so the dashboard can
// show a snippet ready to paste; its name and allowed origins are changed
// here too (the rules live in admin.ts, shared with the CLI), and the
// install check lists which page origins fetched its surveys.

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { SiteInstallSchema, SitePatchSchema, SiteSchema } from '@koe/core';
import { z } from 'zod';
import { audit } from '../accounts/audit';
import { getSite as getSiteOf, siteJson, updateSite as updateSiteOf } from '../admin';
import { problems } from '../api/problems';
import { ADMINISTER, keyProblems, READ, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import type { SiteInstall } from '../store/types';

const MAX_SITE_BYTES = 32 * 1024;
const siteContent = { 'application/json': { schema: SiteSchema } };

const getSiteRoute = createRoute({
  method: 'get',
  path: '/site',
  operationId: 'getSite',
  tags: ['site'],
  summary: "The key's site",
  description: 'The site the secret key belongs to, with its publishable key for the snippet.',
  ...READ,
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
  ...ADMINISTER,
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

const listInstallsRoute = createRoute({
  method: 'get',
  path: '/site/installs',
  operationId: 'listSiteInstalls',
  tags: ['site'],
  summary: 'Where the widget is installed: origins seen, allowed or refused',
  description:
    "Each page origin that fetched the site's surveys (what koe.js does on page load), whether the site's origins allowed it, when first and last, and how often — most recently seen first. Nothing about visitors. A refused origin is a page with the snippet whose origin the site does not list: add it with PATCH /v1/site. Counts reach this list within seconds; browsers cache the surveys for a minute, so counts are fetches, not page views. At most the 100 most recent origins per verdict are kept.",
  ...READ,
  responses: {
    200: {
      description: 'the installs seen',
      content: { 'application/json': { schema: z.object({ data: z.array(SiteInstallSchema) }) } },
    },
    ...problems(...keyProblems('read')),
  },
});

/** null (no Origin header) first, then in code-point order, as the store sorts them. */
const compareOrigins = (a: string | null, b: string | null) =>
  (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;

/** The store's rows and this process's counts not yet written, as one list, newest first. */
function mergeInstalls(written: SiteInstall[], pending: SiteInstall[]): SiteInstall[] {
  const byKey = new Map(written.map((seen) => [`${seen.allowed}${seen.origin}`, { ...seen }]));
  for (const seen of pending) {
    const known = byKey.get(`${seen.allowed}${seen.origin}`);
    if (!known) byKey.set(`${seen.allowed}${seen.origin}`, seen);
    else {
      known.count += seen.count;
      known.firstSeenAt = Math.min(known.firstSeenAt, seen.firstSeenAt);
      known.lastSeenAt = Math.max(known.lastSeenAt, seen.lastSeenAt);
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      b.lastSeenAt - a.lastSeenAt ||
      Number(b.allowed) - Number(a.allowed) ||
      compareOrigins(a.origin, b.origin),
  );
}

const iso = (ms: number) => new Date(ms).toISOString();

export function siteRoutes(services: Services) {
  const { store, catalog, installs } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

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
      await audit(services, c, {
        action: 'site.changed',
        details: { fields: Object.keys(c.req.valid('json')) },
      });
      return c.json(siteJson(site), 200);
    },
    { maxBodyBytes: MAX_SITE_BYTES },
  );

  add(listInstallsRoute, async function listSiteInstalls(c) {
    const { siteId } = c.get('auth');
    const seen = mergeInstalls(await store.listInstalls(siteId), installs.pendingFor(siteId));
    return c.json(
      {
        data: seen.map((s) => ({
          origin: s.origin,
          allowed: s.allowed,
          firstSeenAt: iso(s.firstSeenAt),
          lastSeenAt: iso(s.lastSeenAt),
          count: s.count,
        })),
      },
      200,
    );
  });

  return app;
}
