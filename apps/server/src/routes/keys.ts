// /v1/keys: the site's secret keys. Listing, making and revoking keys is site
// administration (a write key or an admin, see ADMINISTER). A key's secret is shown
// once, in the answer that made it; afterwards only its prefix. A revoked key
// stops working at once in every process (keys are never cached as valid,
// middleware/secret-key-auth.ts). The rules live in admin.ts, shared with the CLI.

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { SecretKeyInputSchema, SecretKeySchema } from '@koe/core';
import { z } from 'zod';
import { audit, creatorOf } from '../accounts/audit';
import { createSecretKey, keyCreators, revokeSecretKey, secretKeyJson } from '../admin';
import { problems } from '../api/problems';
import { ADMINISTER, keyProblems, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';

const MAX_KEY_BYTES = 4 * 1024;

const listKeys = createRoute({
  method: 'get',
  path: '/keys',
  operationId: 'listKeys',
  tags: ['keys'],
  summary: "The site's secret keys",
  description:
    "Every key of the site that is not revoked, oldest first: name, prefix, scope, when it was made and last used (to the minute). Never the secret. `current` marks the key of this request. Needs a write key: which keys exist is an administrator's business.",
  ...ADMINISTER,
  responses: {
    200: {
      description: 'the keys',
      content: { 'application/json': { schema: z.object({ data: z.array(SecretKeySchema) }) } },
    },
    ...problems(...keyProblems('write')),
  },
});

const createKey = createRoute({
  method: 'post',
  path: '/keys',
  operationId: 'createKey',
  tags: ['keys'],
  summary: 'Make a secret key',
  description:
    'A read key reads (metrics, responses, exports); a write key also changes surveys, webhooks and the site. The answer holds the secret (`sk_…`), shown only here: koe keeps only its hash.',
  ...ADMINISTER,
  request: {
    body: { required: true, content: { 'application/json': { schema: SecretKeyInputSchema } } },
  },
  responses: {
    201: {
      description: 'made, with its secret; Location names it',
      headers: { location: { description: '/v1/keys/{id}', schema: { type: 'string' } } },
      content: { 'application/json': { schema: SecretKeySchema } },
    },
    ...problems(
      ['invalid-body', 'the name is empty or over 80 characters, the scope is not read or write'],
      'invalid-json',
      ['body-too-large', `the body is over ${MAX_KEY_BYTES / 1024} KiB`],
      ['unsupported-media-type', 'the body is not application/json'],
      ...keyProblems('write'),
    ),
  },
});

const revokeKey = createRoute({
  method: 'delete',
  path: '/keys/{id}',
  operationId: 'revokeKey',
  tags: ['keys'],
  summary: 'Revoke a secret key',
  description:
    "The key stops working at once, in every server process. A key may revoke itself. The site's last write key cannot be revoked (409 `last-write-key`): make another write key first, so the site is never locked out.",
  ...ADMINISTER,
  request: { params: z.object({ id: z.string().describe('key id (key_…)') }) },
  responses: {
    204: { description: 'revoked' },
    ...problems(
      ['key-not-found', "the key's site has no key with this id, or it is already revoked"],
      ['last-write-key', "it is the site's only write key"],
      ...keyProblems('write'),
    ),
  },
});

export function keyRoutes(services: Services) {
  const { store, clock } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  add(listKeys, async function listKeys(c) {
    const { siteId, actor } = c.get('auth');
    const keyId = actor.kind === 'key' ? actor.keyId : undefined;
    const keys = await store.listSecretKeys(siteId);
    const creators = await keyCreators(store, keys);
    return c.json(
      { data: keys.map((key) => secretKeyJson(key, { currentKeyId: keyId, creators })) },
      200,
    );
  });

  add(
    createKey,
    async function createKey(c) {
      const { name, scope } = c.req.valid('json');
      const { secretKey, ...key } = await createSecretKey(store, clock, {
        siteId: c.get('auth').siteId,
        scope,
        name,
        createdBy: creatorOf(c.get('auth').actor),
      });
      await audit(services, c, {
        action: 'key.created',
        target: key.id,
        details: { prefix: key.prefix, scope, name: key.name },
      });
      const creators = await keyCreators(store, [key]);
      return c.json(secretKeyJson(key, { secret: secretKey, creators }), 201, {
        location: `/v1/keys/${key.id}`,
      });
    },
    { maxBodyBytes: MAX_KEY_BYTES },
  );

  add(revokeKey, async function revokeKey(c) {
    await revokeSecretKey(store, clock, c.get('auth').siteId, c.req.valid('param').id);
    await audit(services, c, { action: 'key.revoked', target: c.req.valid('param').id });
    return c.body(null, 204);
  });

  return app;
}
