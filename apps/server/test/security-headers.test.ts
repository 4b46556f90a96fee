// Every answer says nosniff; every answer to a request carrying a secret key
// says no-store (successes, errors, exports, 304s); Referrer-Policy is
// no-referrer unless a route chose another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, makeTestApp, postResponse, responseBody, type TestApp } from './fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
  // One answer, so exports and pages have a row.
  expect((await postResponse(t.app, responseBody(t.a))).status).toBe(202);
});
afterAll(async () => {
  await t.cleanup();
});

describe('answers to a secret key', () => {
  it.each([
    ['GET', '/v1/surveys', 200],
    ['GET', '/v1/surveys/srv_a', 200],
    ['GET', '/v1/site', 200],
    ['GET', '/v1/webhooks', 200],
    ['GET', '/v1/surveys/srv_a/metrics', 200],
    ['GET', '/v1/surveys/srv_a/metrics?groupBy=touchpoint', 200],
    ['GET', '/v1/surveys/srv_a/responses', 200],
    ['GET', '/v1/surveys/srv_a/responses.csv', 200],
    ['GET', '/v1/surveys/srv_a/responses.ndjson', 200],
    ['GET', '/v1/surveys/srv_b', 404],
    ['GET', '/v1/surveys/srv_a/metrics?interval=year', 400],
    ['GET', '/v1/nowhere', 404],
    ['DELETE', '/v1/responses/00000000-0000-7000-8000-000000000000', 403],
    ['POST', '/v1/surveys', 403],
  ])('%s %s (%i) is no-store and nosniff', async (method, path, status) => {
    const response = await t.app.request(path, {
      method,
      headers: { ...bearer(t.a.readKey), 'accept-encoding': 'br, gzip' },
    });
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['a wrong key', { authorization: 'Bearer sk_not_a_key' }],
    ['no key', {}],
    ['another scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
  ])('a 401 for %s is no-store and nosniff', async (_, headers) => {
    const response = await t.app.request('/v1/surveys', { headers });
    expect(response.status).toBe(401);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a 304 to a secret key is no-store too', async () => {
    // The widget's config route answers 304s; a key sent with it still makes the answer private.
    const path = `/v1/sites/${t.a.site.publishableKey}/surveys`;
    const first = await t.app.request(path);
    const etag = first.headers.get('etag') as string;
    const response = await t.app.request(path, {
      headers: { 'if-none-match': etag, ...bearer(t.a.readKey) },
    });
    expect(response.status).toBe(304);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('public answers', () => {
  it.each([
    ['/koe.js', 200],
    ['/docs', 200],
    ['/v1/openapi.json', 200],
    ['/app', 200],
    ['/nowhere', 404],
  ])('GET %s (%i) is nosniff and no-referrer, and keeps its own caching', async (path, status) => {
    const response = await t.app.request(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    if (status === 200) expect(response.headers.get('cache-control')).not.toBe('no-store');
  });

  it('a 304 for koe.js is nosniff and keeps its public caching', async () => {
    const first = await t.app.request('/koe.js');
    const response = await t.app.request('/koe.js', {
      headers: { 'if-none-match': first.headers.get('etag') as string },
    });
    expect(response.status).toBe(304);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toMatch(/^public/);
  });

  it('POST /v1/responses is nosniff and stays cacheable-neutral', async () => {
    const response = await postResponse(t.app, responseBody(t.a));
    expect(response.status).toBe(202);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBeNull();
  });
});
