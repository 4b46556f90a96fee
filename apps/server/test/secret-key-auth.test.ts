// Secret-key authentication: what a key lookup caches and for how long.
import { afterEach, describe, expect, it } from 'vitest';
import { hashSecretKey, newId } from '../src/keys';
import { bearer, makeTestApp, type TestApp } from './fixtures';

let t: TestApp;
afterEach(async () => {
  await t.cleanup();
});

describe('secret-key lookups', () => {
  it('are cached for 10 s, found or not', async () => {
    t = await makeTestApp();
    const key = 'sk_made_before_it_existed_00000000000000000';
    const get = () => t.app.request('/v1/site', { headers: bearer(key) });
    expect((await get()).status).toBe(401);
    await t.store.createSecretKey({
      id: newId('key'),
      siteId: t.a.site.id,
      prefix: key.slice(0, 11),
      scope: 'read',
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
