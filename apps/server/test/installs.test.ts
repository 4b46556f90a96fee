// The install check: which page origins fetched a site's widget config,
// allowed or refused, counted in memory and written every few seconds; what
// GET /v1/site/installs answers; what is never kept (anything about
// visitors, made-up header values, unknown sites) and how memory and the
// table stay bounded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InstallRecorder } from '../src/install-recorder';
import { silentLogger } from '../src/log';
import { bearer, makeTestApp, ORIGIN_A, type TestApp } from './fixtures';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.cleanup();
});

const fetchConfig = (siteKey: string, headers: Record<string, string> = {}) =>
  t.app.request(`/v1/sites/${siteKey}/surveys`, {
    headers: {
      'user-agent': 'Mozilla/5.0 (visitor-agent)',
      'x-forwarded-for': '198.51.100.23',
      ...headers,
    },
  });

async function installs(key = t.a.readKey) {
  const response = await t.app.request('/v1/site/installs', { headers: bearer(key) });
  expect(response.status).toBe(200);
  return (await response.json()).data;
}

describe('GET /v1/site/installs', () => {
  it('lists each origin that fetched the surveys, allowed or refused, newest first', async () => {
    const start = t.clock.now();
    await fetchConfig(t.a.site.publishableKey, { origin: ORIGIN_A });
    t.clock.advance(1_000);
    await fetchConfig(t.a.site.publishableKey, { origin: ORIGIN_A });
    t.clock.advance(1_000);
    const refused = await fetchConfig(t.a.site.publishableKey, { origin: 'http://127.0.0.1:8790' });
    expect(refused.status).toBe(403);
    t.clock.advance(1_000);
    // Without an Origin header (a same-origin page, or not a browser): let through, noted as null.
    await fetchConfig(t.a.site.publishableKey);
    const iso = (ms: number) => new Date(ms).toISOString();
    expect(await installs()).toEqual([
      {
        origin: null,
        allowed: true,
        firstSeenAt: iso(start + 3_000),
        lastSeenAt: iso(start + 3_000),
        count: 1,
      },
      {
        origin: 'http://127.0.0.1:8790',
        allowed: false,
        firstSeenAt: iso(start + 2_000),
        lastSeenAt: iso(start + 2_000),
        count: 1,
      },
      {
        origin: ORIGIN_A,
        allowed: true,
        firstSeenAt: iso(start),
        lastSeenAt: iso(start + 1_000),
        count: 2,
      },
    ]);
    // Site B saw nothing.
    expect(await installs(t.b.readKey)).toEqual([]);
  });

  it('gives the same list before and after the counts are written, and adds later ones up', async () => {
    for (let i = 0; i < 3; i++) await fetchConfig(t.a.site.publishableKey, { origin: ORIGIN_A });
    const before = await installs();
    expect(await t.store.listInstalls(t.a.site.id)).toEqual([]);
    await t.app.services.installs.flush();
    expect(await installs()).toEqual(before);
    expect(await t.store.listInstalls(t.a.site.id)).toHaveLength(1);
    t.clock.advance(5_000);
    await fetchConfig(t.a.site.publishableKey, { origin: ORIGIN_A });
    const [merged] = await installs();
    expect(merged).toMatchObject({ count: 4, lastSeenAt: new Date(t.clock.now()).toISOString() });
    await t.app.services.installs.flush();
    expect(await installs()).toEqual([merged]);
  });

  it('moves a refused origin to allowed once the site adds it', async () => {
    const page = 'http://127.0.0.1:8790';
    expect((await fetchConfig(t.a.site.publishableKey, { origin: page })).status).toBe(403);
    const patched = await t.app.request('/v1/site', {
      method: 'PATCH',
      headers: { ...bearer(t.a.writeKey), 'content-type': 'application/json' },
      body: JSON.stringify({ origins: [ORIGIN_A, page] }),
    });
    expect(patched.status).toBe(200);
    t.clock.advance(1_000);
    expect((await fetchConfig(t.a.site.publishableKey, { origin: page })).status).toBe(200);
    expect(
      (await installs()).map((i: { origin: string; allowed: boolean }) => [i.origin, i.allowed]),
    ).toEqual([
      [page, true],
      [page, false],
    ]);
  });

  it('keeps nothing about visitors, made-up origins or unknown sites', async () => {
    await fetchConfig(t.a.site.publishableKey, {
      origin: ORIGIN_A,
      referer: 'https://shop-a.example/cart?u=42',
    });
    for (const odd of [
      '<script>',
      'x'.repeat(400),
      'https://shop-a.example/path',
      'javascript:alert(1)',
    ]) {
      await fetchConfig(t.a.site.publishableKey, { origin: odd });
    }
    await fetchConfig('pk_unknown_site_key', { origin: ORIGIN_A });
    await t.app.services.installs.flush();
    expect((await installs()).map((i: { origin: string }) => i.origin)).toEqual([ORIGIN_A]);
    const table = JSON.stringify(t.store.sqlite.prepare('SELECT * FROM site_installs').all());
    for (const visitor of ['198.51.100.23', 'visitor-agent', '/cart', 'u=42'])
      expect(table).not.toContain(visitor);
    expect(
      Object.keys(t.store.sqlite.prepare('SELECT * FROM site_installs').get() as object),
    ).toEqual(['site_id', 'allowed', 'origin', 'first_seen_at', 'last_seen_at', 'count']);
  });

  it('does not count fetches refused by the client rate limit', async () => {
    await t.cleanup();
    t = await makeTestApp({ clientRateLimit: 2 });
    for (let i = 0; i < 5; i++) await fetchConfig(t.a.site.publishableKey, { origin: ORIGIN_A });
    expect((await installs())[0].count).toBe(2);
  });
});

describe('InstallRecorder', () => {
  const recorder = (options: { perSite?: number; maxPending?: number } = {}) =>
    new InstallRecorder({ store: t.store, clock: t.clock, log: silentLogger, ...options });

  it('keeps at most perSite origins per verdict, dropping the one seen longest ago', async () => {
    const r = recorder({ perSite: 3 });
    r.record(t.a.site.id, 'https://allowed.example', true);
    for (let i = 0; i < 10; i++) {
      t.clock.advance(1);
      r.record(t.a.site.id, `https://fake${i}.example`, false);
      if (i === 5) r.record(t.a.site.id, 'https://fake0.example', false); // seen again: recent again
    }
    const pending = r.pendingFor(t.a.site.id).map((s) => s.origin);
    expect(pending).toEqual([
      'https://allowed.example',
      'https://fake7.example',
      'https://fake8.example',
      'https://fake9.example',
    ]);
    await r.flush();
    expect(await t.store.listInstalls(t.a.site.id)).toHaveLength(4);
  });

  it('holds at most maxPending entries between flushes, then counts again', async () => {
    const r = recorder({ maxPending: 5 });
    for (let i = 0; i < 50; i++) r.record(t.a.site.id, `https://o${i}.example`, false);
    r.record(t.a.site.id, 'https://o0.example', false); // already held: still counted
    expect(r.pendingFor(t.a.site.id)).toHaveLength(5);
    expect(r.pendingFor(t.a.site.id).find((s) => s.origin === 'https://o0.example')?.count).toBe(2);
    await r.flush();
    r.record(t.a.site.id, 'https://later.example', true);
    expect(r.pendingFor(t.a.site.id)).toHaveLength(1);
  });

  it('keeps the counts for the next flush when writing fails', async () => {
    const r = recorder();
    r.record(t.a.site.id, ORIGIN_A, true);
    r.record(t.a.site.id, ORIGIN_A, true);
    t.store.sqlite.exec('ALTER TABLE site_installs RENAME TO site_installs_away');
    await r.flush();
    expect(r.pendingFor(t.a.site.id)).toMatchObject([{ origin: ORIGIN_A, count: 2 }]);
    t.store.sqlite.exec('ALTER TABLE site_installs_away RENAME TO site_installs');
    r.record(t.a.site.id, ORIGIN_A, true);
    await r.flush();
    expect(await t.store.listInstalls(t.a.site.id)).toMatchObject([{ origin: ORIGIN_A, count: 3 }]);
    expect(r.pendingFor(t.a.site.id)).toEqual([]);
  });

  it('writes what is left when stopped (shutdown)', async () => {
    const r = recorder();
    r.start();
    r.record(t.a.site.id, ORIGIN_A, true);
    await r.stop();
    expect(await t.store.listInstalls(t.a.site.id)).toMatchObject([{ origin: ORIGIN_A, count: 1 }]);
  });
});
