// Per-client and per-site limits on the public endpoints: 429 problem+json
// with Retry-After and the IETF RateLimit fields, reset with the window.
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp, postResponse, responseBody, type TestApp } from './fixtures';

let t: TestApp;
afterEach(async () => {
  await t.cleanup();
});

describe('rate limiting', () => {
  it('limits each client per minute and says when to come back', async () => {
    t = await makeTestApp({ clientRateLimit: 3 });
    // The proxy appends the address it saw; what the client sent before it is ignored.
    const from = (ip: string) => ({
      headers: { 'x-forwarded-for': `10.0.0.${Math.floor(Math.random() * 250)}, ${ip}` },
    });
    for (let i = 0; i < 3; i++) {
      expect((await postResponse(t.app, responseBody(t.a), from('198.51.100.1'))).status).toBe(202);
    }
    const refused = await postResponse(t.app, responseBody(t.a), from('198.51.100.1'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await refused.json()).code).toBe('rate-limited');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit-policy')).toBe('"client";q=3;w=60');
    expect(refused.headers.get('ratelimit')).toMatch(/^"client";r=0;t=\d+$/);

    // Another client is not affected; the same client may come back next window.
    expect((await postResponse(t.app, responseBody(t.a), from('198.51.100.2'))).status).toBe(202);
    t.clock.advance(60_000);
    expect((await postResponse(t.app, responseBody(t.a), from('198.51.100.1'))).status).toBe(202);
    expect(await t.store.countResponses(t.a.surveyId)).toBe(5);
  });

  it('limits each site per minute across clients', async () => {
    t = await makeTestApp({ siteRateLimit: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const response = await postResponse(t.app, responseBody(t.a), {
        headers: { 'x-forwarded-for': `192.0.2.${i}` },
      });
      statuses.push(response.status);
      if (response.status === 429)
        expect(response.headers.get('ratelimit-policy')).toBe('"site";q=2;w=60');
    }
    expect(statuses).toEqual([202, 202, 429]);
    // Site B has its own budget.
    expect(
      (await postResponse(t.app, responseBody(t.b), { origin: 'https://shop-b.example' })).status,
    ).toBe(202);
  });
});
