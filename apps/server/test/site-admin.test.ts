// Site administration over the API: renaming a site and changing its allowed
// origins (validated, normalised, seen by the widget's endpoints at once),
// and its secret keys (listed without secrets, made with the secret shown
// once, revoked at once; never the last write key).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearer, makeTestApp, ORIGIN_A, type TestApp } from './fixtures';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.cleanup();
});

function call(method: string, path: string, key: string, body?: unknown) {
  return t.app.request(path, {
    method,
    headers: {
      ...bearer(key),
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

const widgetConfig = (siteKey: string, origin: string) =>
  t.app.request(`/v1/sites/${siteKey}/surveys`, { headers: { origin } });

describe('PATCH /v1/site', () => {
  it('renames the site and replaces its origins, normalised and without repeats', async () => {
    const response = await call('PATCH', '/v1/site', t.a.writeKey, {
      name: '  Shop A (EU)  ',
      origins: [
        'HTTPS://Shop-A.example:443/',
        'https://shop-a.example',
        'http://127.0.0.1:8790',
        'https://*.Shop-A.example',
      ],
    });
    expect(response.status).toBe(200);
    const site = await response.json();
    expect(site).toEqual({
      id: t.a.site.id,
      name: 'Shop A (EU)',
      origins: ['https://shop-a.example', 'http://127.0.0.1:8790', 'https://*.shop-a.example'],
      publishableKey: t.a.site.publishableKey,
      createdAt: new Date(t.a.site.createdAt).toISOString(),
    });
    // The answer is what GET /v1/site says from now on.
    expect(await (await call('GET', '/v1/site', t.a.readKey)).json()).toEqual(site);
  });

  it('changes only the fields sent', async () => {
    const renamed = await (await call('PATCH', '/v1/site', t.a.writeKey, { name: 'A' })).json();
    expect(renamed.origins).toEqual([ORIGIN_A]);
    const moved = await (
      await call('PATCH', '/v1/site', t.a.writeKey, { origins: ['https://new.example'] })
    ).json();
    expect(moved.name).toBe('A');
    expect((await (await call('PATCH', '/v1/site', t.a.writeKey, {})).json()).name).toBe('A');
  });

  it('lets the widget load from a new origin at once, and refuses a removed one', async () => {
    const page = 'http://127.0.0.1:8790';
    // Warm the catalog cache with the old origins first.
    expect((await widgetConfig(t.a.site.publishableKey, page)).status).toBe(403);
    expect((await widgetConfig(t.a.site.publishableKey, ORIGIN_A)).status).toBe(200);
    const patched = await call('PATCH', '/v1/site', t.a.writeKey, { origins: [page] });
    expect(patched.status).toBe(200);
    expect((await widgetConfig(t.a.site.publishableKey, page)).status).toBe(200);
    const removed = await widgetConfig(t.a.site.publishableKey, ORIGIN_A);
    expect(removed.status).toBe(403);
    expect((await removed.json()).code).toBe('origin-not-allowed');
  });

  it.each([
    [
      'https://shop.example/checkout',
      'has a path; an allowed origin is scheme, host and port only, and covers every page: use https://shop.example',
    ],
    [
      'https://shop.example/?utm=1',
      'has a query; an allowed origin is scheme, host and port only, and covers every page: use https://shop.example',
    ],
    ['shop.example', 'has no scheme; add the scheme: https://shop.example'],
    ['localhost:3000', 'has no scheme; add the scheme: http://localhost:3000'],
    [
      'htps://shop.example',
      'the scheme "htps" is not http or https; did you mean https://shop.example?',
    ],
    ['https:/shop.example', 'write two slashes after the scheme: https://shop.example'],
    ['ftp://shop.example', 'only http and https pages can show the widget, not ftp:'],
    ['https://admin:pw@shop.example', 'carries a user name or password; use https://shop.example'],
    ['https://*.com', 'would allow every site under .com; a wildcard needs a domain under it'],
    ['https://shop.*.example', 'a * stands only for subdomains, at the start of the host'],
    ['https://shop example', 'is not a valid origin'],
    ['', 'is empty'],
  ])('refuses %j with 400 invalid-body and says what to write', async (origin, message) => {
    const response = await call('PATCH', '/v1/site', t.a.writeKey, {
      origins: ['https://fine.example', origin],
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await response.json();
    expect(problem.code).toBe('invalid-body');
    expect(problem.issues).toEqual([
      { field: 'origins.1', message: expect.stringContaining(message) },
    ]);
    // Nothing changed.
    expect((await t.store.getSite(t.a.site.id))?.origins).toEqual([ORIGIN_A]);
  });

  it('names every bad entry at its index, and refuses an empty list, too many origins or names', async () => {
    const issues = async (body: unknown) => {
      const response = await call('PATCH', '/v1/site', t.a.writeKey, body);
      expect(response.status).toBe(400);
      return (await response.json()).issues.map((i: { field: string }) => i.field);
    };
    expect(
      await issues({ origins: ['nope', 'https://ok.example', 'https://x.example/a'] }),
    ).toEqual(['origins.0', 'origins.2']);
    expect(await issues({ origins: [] })).toEqual(['origins']);
    const many = Array.from({ length: 51 }, (_, i) => `https://s${i}.example`);
    expect(await issues({ origins: many })).toEqual(['origins']);
    expect(await issues({ name: ' ' })).toEqual(['name']);
    expect(await issues({ name: 'x'.repeat(101) })).toEqual(['name']);
    expect(await issues({ origins: 'https://shop.example' })).toEqual(['origins']);
    expect(await issues({ publishableKey: 'pk_mine' })).toEqual(['publishableKey']);
  });

  it('needs a write key', async () => {
    const response = await call('PATCH', '/v1/site', t.a.readKey, { name: 'x' });
    expect(response.status).toBe(403);
    expect((await response.json()).code).toBe('forbidden');
  });
});

describe('/v1/keys', () => {
  it('lists the keys without secrets, marking the current one', async () => {
    const response = await call('GET', '/v1/keys', t.a.writeKey);
    expect(response.status).toBe(200);
    const { data } = await response.json();
    // Both were made in the same millisecond here: their order is the ids'.
    expect(data).toHaveLength(2);
    expect(data).toEqual(
      expect.arrayContaining([
        {
          id: expect.stringMatching(/^key_/),
          name: 'write key made with the site',
          prefix: t.a.writeKey.slice(0, 11),
          scope: 'write',
          createdAt: expect.any(String),
          lastUsedAt: new Date(t.clock.now()).toISOString(),
          current: true,
          createdBy: null,
        },
        {
          id: expect.stringMatching(/^key_/),
          name: expect.stringMatching(/^read key made \d{4}-\d{2}-\d{2}$/),
          prefix: t.a.readKey.slice(0, 11),
          scope: 'read',
          createdAt: expect.any(String),
          lastUsedAt: null,
          current: false,
          createdBy: null,
        },
      ]),
    );
    const text = JSON.stringify(data);
    expect(text).not.toContain(t.a.writeKey);
    expect(text).not.toContain(t.a.readKey);
  });

  it('makes a key whose secret is shown once and works at once, with its scope', async () => {
    const created = await call('POST', '/v1/keys', t.a.writeKey, {
      name: ' BI export ',
      scope: 'read',
    });
    expect(created.status).toBe(201);
    const key = await created.json();
    expect(key).toMatchObject({
      id: expect.stringMatching(/^key_/),
      name: 'BI export',
      scope: 'read',
      secret: expect.stringMatching(/^sk_/),
      current: false,
      lastUsedAt: null,
    });
    expect(key.prefix).toBe(key.secret.slice(0, 11));
    expect(created.headers.get('location')).toBe(`/v1/keys/${key.id}`);
    expect((await call('GET', '/v1/surveys', key.secret)).status).toBe(200);
    expect((await call('PATCH', '/v1/site', key.secret, { name: 'x' })).status).toBe(403);
    const listed = (await (await call('GET', '/v1/keys', t.a.writeKey)).json()).data;
    expect(listed.find((k: { id: string }) => k.id === key.id)).not.toHaveProperty('secret');
  });

  it.each([
    [{ scope: 'read' }, 'name'],
    [{ name: '', scope: 'read' }, 'name'],
    [{ name: 'x'.repeat(81), scope: 'read' }, 'name'],
    [{ name: 'ok', scope: 'admin' }, 'scope'],
    [{ name: 'ok', scope: 'read', secret: 'sk_chosen' }, 'secret'],
  ])('refuses %j with an issue on %s', async (body, field) => {
    const response = await call('POST', '/v1/keys', t.a.writeKey, body);
    expect(response.status).toBe(400);
    expect((await response.json()).issues.map((i: { field: string }) => i.field)).toEqual([field]);
  });

  it('revokes a key: it stops working on the very next request', async () => {
    const key = await (
      await call('POST', '/v1/keys', t.a.writeKey, { name: 'temp', scope: 'write' })
    ).json();
    // Used once, so any cache would now hold it as valid.
    expect((await call('GET', '/v1/site', key.secret)).status).toBe(200);
    expect((await call('DELETE', `/v1/keys/${key.id}`, t.a.writeKey)).status).toBe(204);
    const refused = await call('GET', '/v1/site', key.secret);
    expect(refused.status).toBe(401);
    expect((await refused.json()).code).toBe('unauthorized');
    expect((await call('DELETE', `/v1/keys/${key.id}`, t.a.writeKey)).status).toBe(404);
  });

  it("never revokes the site's last write key, but a key may revoke itself", async () => {
    const keys = (await (await call('GET', '/v1/keys', t.a.writeKey)).json()).data;
    const writeKeyId = keys.find((k: { scope: string }) => k.scope === 'write').id;
    const last = await call('DELETE', `/v1/keys/${writeKeyId}`, t.a.writeKey);
    expect(last.status).toBe(409);
    expect((await last.json()).code).toBe('last-write-key');
    expect((await call('GET', '/v1/site', t.a.writeKey)).status).toBe(200);

    const spare = await (
      await call('POST', '/v1/keys', t.a.writeKey, { name: 'spare', scope: 'write' })
    ).json();
    expect((await call('DELETE', `/v1/keys/${writeKeyId}`, t.a.writeKey)).status).toBe(204);
    expect((await call('GET', '/v1/site', t.a.writeKey)).status).toBe(401);
    expect((await call('GET', '/v1/site', spare.secret)).status).toBe(200);
  });

  it("answers 404 for another site's key and leaves it working", async () => {
    const keysOfB = (await (await call('GET', '/v1/keys', t.b.writeKey)).json()).data;
    for (const key of keysOfB) {
      const response = await call('DELETE', `/v1/keys/${key.id}`, t.a.writeKey);
      expect(response.status).toBe(404);
      expect((await response.json()).code).toBe('key-not-found');
    }
    expect((await call('GET', '/v1/site', t.b.readKey)).status).toBe(200);
  });

  it('records when a key was last used, at most once a minute', async () => {
    const lastUsed = async () =>
      (await t.store.listSecretKeys(t.a.site.id)).find((k) => k.scope === 'read')?.lastUsedAt;
    const start = t.clock.now();
    expect(await lastUsed()).toBeNull();
    await call('GET', '/v1/surveys', t.a.readKey);
    expect(await lastUsed()).toBe(start);
    t.clock.advance(59_999);
    await call('GET', '/v1/surveys', t.a.readKey);
    expect(await lastUsed()).toBe(start);
    t.clock.advance(1);
    await call('GET', '/v1/surveys', t.a.readKey);
    expect(await lastUsed()).toBe(start + 60_000);
  });

  it('are administered with write keys only', async () => {
    for (const [method, path, body] of [
      ['GET', '/v1/keys', undefined],
      ['POST', '/v1/keys', { name: 'x', scope: 'read' }],
      ['DELETE', '/v1/keys/key_x', undefined],
    ] as const) {
      const response = await call(method, path, t.a.readKey, body);
      expect(response.status, `${method} ${path}`).toBe(403);
    }
  });
});
