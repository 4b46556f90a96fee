// GET /v1/site: the site a secret key belongs to, with its publishable key
// (public by design: it is in every page's snippet), so the dashboard can
// show a snippet ready to paste.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { problems } from '../api/problems';
import { keyProblems, READ_KEY, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';

export const SiteSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    origins: z
      .array(z.string())
      .describe('page origins allowed to load surveys and send answers, e.g. https://shop.example'),
    publishableKey: z.string().describe('pk_…, for the script tag'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Site' });

const getSite = createRoute({
  method: 'get',
  path: '/site',
  operationId: 'getSite',
  tags: ['site'],
  summary: "The key's site",
  description: 'The site the secret key belongs to, with its publishable key for the snippet.',
  ...READ_KEY,
  responses: {
    200: { description: 'the site', content: { 'application/json': { schema: SiteSchema } } },
    ...problems(...keyProblems('read')),
  },
});

export function siteRoutes(services: Services) {
  const { store } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services.secretKey);

  add(getSite, async function getSite(c) {
    const site = await store.getSite(c.get('auth').siteId);
    // A key outlives no site (keys are deleted with it); were it to, the key is no longer valid.
    if (!site) throw new ApiError('unauthorized', 'this secret key is not valid');
    return c.json(
      {
        id: site.id,
        name: site.name,
        origins: site.origins,
        publishableKey: site.publishableKey,
        createdAt: new Date(site.createdAt).toISOString(),
      },
      200,
    );
  });
  return app;
}
