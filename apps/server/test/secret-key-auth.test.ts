// Secret-key authentication: what a key lookup caches (refusals, for 10 s)
// and what it never caches (valid keys, so revocation is immediate), and the
// per-client brake on keys that are not valid (429 after a burst).
import { afterEach, describe, expect, it } from 'vitest';
import { hashSecretKey, newId } from '../src/keys';
import { SqliteStore } from '../src/store/sqlite/store';
import { bearer, makeTestApp, type TestApp } from './fixtures';

let t: TestApp;
afterEach(async () => {
  await t.cleanup();
});

describe('secret-key lookups', () => {
  it('are not cached when found: a key revoked by another process is refused on the next request', async () => {
    t = await makeTestApp();
    const get = () => t.app.request('/v1/site', { headers: bearer(t.a.readKey) });
    expect((await get()).status).toBe(200);
    // Another process (here: another connection to the same file, as the CLI would be).
    const other = new SqliteStore({ path: t.dbPath });
    const readKey = (await other.listSecretKeys(t.a.site.id)).find((k) => k.scope === 'read');
    expect(await other.revokeSecretKey(t.a.site.id, readKey?.id ?? '', t.clock.now())).toBe(
      'revoked',
    );
    await other.close();
    expect((await get()).status).toBe(401);
  });

  it('are cached for 10 s when not found', async () => {
    t = await makeTestApp();
    const key = 'sk_made_before_it_existed_00000000000000000';
    const get = () => t.app.request('/v1/site', { headers: bearer(key) });
    expect((await get()).status).toBe(401);
    await t.store.createSecretKey({
      id: newId('key'),
      siteId: t.a.site.id,
      prefix: key.slice(0, 11),
      scope: 'read',
      name: 'test key',
      hash: hashSecretKey(key),
      createdAt: t.clock.now(),
    });
    t.clock.advance(9_999);
    expect((await get()).status).toBe(401);
    t.clock.advance(1);
    expect((await get()).status).toBe(200);
  });

  it('keep an entry in use while more unknown keys than the cache holds are tried', async () => {
    t = await makeTestApp();
    // The key is refused, then created: its cached refusal shows whether the entry survived.
    const key = 'sk_made_before_it_existed_00000000000000000';
    const get = (k: string) => t.app.request('/v1/site', { headers: bearer(k) });
    expect((await get(key)).status).toBe(401);
    await t.store.createSecretKey({
      id: newId('key'),
      siteId: t.a.site.id,
      prefix: key.slice(0, 11),
      scope: 'read',
      name: 'test key',
      hash: hashSecretKey(key),
      createdAt: t.clock.now(),
    });
    for (let i = 0; i < 12_000; i++) {
      expect((await get(`sk_guess_${String(i).padStart(40, '0')}`)).status).toBe(401);
      if (i % 1_000 === 999) expect((await get(key)).status).toBe(401);
    }
    t.clock.advance(10_000);
    expect((await get(key)).status).toBe(200);
  });
});

describe('secret keys that are not valid', () => {
  const LIMIT = 20;
  /** A request from one client address, as the trusted proxy reports it. */
  const from =
    (ip: string, path = '/v1/site', init: RequestInit = {}) =>
    (key?: string) =>
      t.app.request(path, {
        ...init,
        headers: { 'x-forwarded-for': ip, ...(key !== undefined && bearer(key)) },
      });
  const guess = (i: number) => `sk_guess_${String(i % 7).padStart(40, '0')}`;

  async function block(send: ReturnType<typeof from>) {
    for (let i = 0; i < LIMIT; i++) expect((await send(guess(i))).status).toBe(401);
  }

  it('answer 429 problem+json with Retry-After after 20 from one client, whatever it sends next', async () => {
    t = await makeTestApp({ failedKeyRateLimit: LIMIT });
    const mallory = from('198.51.100.7');
    await block(mallory);
    for (const key of [guess(99), t.a.readKey, t.a.writeKey, undefined]) {
      const refused = await mallory(key);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect((await refused.json()).code).toBe('rate-limited');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.headers.get('ratelimit-policy')).toBe('"failed-key";q=20;w=60');
      expect(refused.headers.get('ratelimit')).toMatch(/^"failed-key";r=0;t=\d+$/);
    }
    // Other clients, with valid keys or a few wrong ones, are not affected.
    expect((await from('198.51.100.8')(t.a.readKey)).status).toBe(200);
    expect((await from('198.51.100.9')(guess(1))).status).toBe(401);
    expect((await from('203.0.113.1')(t.b.writeKey)).status).toBe(200);
  });

  it('leave a client under the limit alone', async () => {
    t = await makeTestApp({ failedKeyRateLimit: LIMIT });
    const alice = from('198.51.100.7');
    for (let i = 0; i < LIMIT - 1; i++) expect((await alice(guess(i))).status).toBe(401);
    expect((await alice(t.a.readKey)).status).toBe(200);
    // A valid key does not reset the count: the next failure is the 20th.
    expect((await alice(guess(0))).status).toBe(401);
    expect((await alice(t.a.readKey)).status).toBe(429);
  });

  it('let the client in again once the window has passed', async () => {
    t = await makeTestApp({ failedKeyRateLimit: LIMIT });
    const mallory = from('198.51.100.7');
    await block(mallory);
    const refused = await mallory(t.a.readKey);
    expect(refused.status).toBe(429);
    t.clock.advance(Number(refused.headers.get('retry-after')) * 1000 - 1);
    expect((await mallory(t.a.readKey)).status).toBe(429);
    t.clock.advance(1);
    expect((await mallory(t.a.readKey)).status).toBe(200);
    expect((await mallory(guess(0))).status).toBe(401);
  });

  it.each([
    ['no Authorization header', {}, 401],
    ['a malformed header', { authorization: 'Basic c2s6c2s=' }, 401],
    ['an empty Bearer', { authorization: 'Bearer' }, 401],
    ['a publishable key', 'pk', 403],
  ] as const)('do not count %s', async (_, headers, status) => {
    t = await makeTestApp({ failedKeyRateLimit: LIMIT });
    const ip = '198.51.100.7';
    const sent =
      headers === 'pk'
        ? { ...bearer(t.a.site.publishableKey) }
        : (headers as Record<string, string>);
    for (let i = 0; i < LIMIT * 2; i++) {
      const response = await t.app.request('/v1/site', {
        headers: { 'x-forwarded-for': ip, ...sent },
      });
      expect(response.status).toBe(status);
    }
    expect((await from(ip)(t.a.readKey)).status).toBe(200);
  });

  it.each([
    ['GET', '/v1/surveys'],
    ['POST', '/v1/surveys'],
    ['GET', '/v1/surveys/srv_a'],
    ['GET', '/v1/surveys/srv_a/metrics'],
    ['GET', '/v1/surveys/srv_a/reasons'],
    ['GET', '/v1/surveys/srv_a/themes'],
    ['GET', '/v1/surveys/srv_a/at-risk'],
    ['GET', '/v1/surveys/srv_a/responses.csv'],
    ['GET', '/v1/site'],
    ['GET', '/v1/webhooks'],
    ['POST', '/v1/webhooks/wh_x/rotate-secret'],
    ['DELETE', '/v1/responses/0190a0a0-0000-7000-8000-000000000000'],
  ])('are counted and refused on %s %s', async (method, path) => {
    t = await makeTestApp({ failedKeyRateLimit: LIMIT });
    const mallory = from('198.51.100.7', path, { method });
    await block(mallory);
    const refused = await mallory(t.a.writeKey);
    expect(refused.status).toBe(429);
    expect((await refused.json()).code).toBe('rate-limited');
  });

  it('are not limited when the limit is 0', async () => {
    t = await makeTestApp({ failedKeyRateLimit: 0 });
    const mallory = from('198.51.100.7');
    for (let i = 0; i < LIMIT * 3; i++) expect((await mallory(guess(i))).status).toBe(401);
    expect((await mallory(t.a.readKey)).status).toBe(200);
  });
});
