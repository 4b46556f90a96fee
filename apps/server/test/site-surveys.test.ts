// GET /v1/sites/{siteKey}/surveys: what the widget loads on every page view.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, ORIGIN_A, ORIGIN_B, type TestApp } from './fixtures';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.cleanup();
});

const get = (t: TestApp, siteKey: string, headers: Record<string, string> = {}) =>
  t.app.request(`/v1/sites/${siteKey}/surveys`, { headers: { origin: ORIGIN_A, ...headers } });

describe('GET /v1/sites/{siteKey}/surveys', () => {
  it("lists the site's active surveys without internal fields, cacheable with an ETag", async () => {
    const response = await get(t, t.a.site.publishableKey);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/max-age=60/);
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN_A);
    const { data, inactive } = await response.json();
    expect(data.map((s: { id: string }) => s.id)).toEqual(['srv_a']);
    expect(inactive).toEqual([]);
    expect(data[0]).toMatchObject({
      id: 'srv_a',
      type: 'nps',
      question: { en: expect.any(String) },
    });
    expect(data[0]).not.toHaveProperty('name');
    expect(data[0]).not.toHaveProperty('status');
  });

  it('answers 304 to a matching If-None-Match, and 200 again after a change', async () => {
    const first = await get(t, t.a.site.publishableKey);
    const etag = first.headers.get('etag') as string;
    const again = await get(t, t.a.site.publishableKey, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const survey = await t.store.getSurvey(t.a.site.id, t.a.surveyId);
    if (!survey) throw new Error('fixture survey missing');
    await t.store.updateSurvey({
      ...survey,
      definition: { ...survey.definition, sampleRate: 0.5 },
    });
    t.app.services.catalog.surveysChanged();
    const changed = await get(t, t.a.site.publishableKey, { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it.each([
    'draft',
    'paused',
    'archived',
  ] as const)('lists a %s survey by id and status only, never its content', async (status) => {
    const survey = await t.store.getSurvey(t.a.site.id, t.a.surveyId);
    if (!survey) throw new Error('fixture survey missing');
    await t.store.updateSurvey({ ...survey, definition: { ...survey.definition, status } });
    t.app.services.catalog.surveysChanged();
    const answer = await (await get(t, t.a.site.publishableKey)).json();
    expect(answer).toEqual({ data: [], inactive: [{ id: t.a.surveyId, status }] });
  });

  it("never lists another site's surveys", async () => {
    const answer = await (await get(t, t.a.site.publishableKey)).json();
    expect(JSON.stringify(answer)).not.toContain(t.b.surveyId);
  });

  // The widget writes `koe:<code> — <detail>` to the console: the detail says what to do.
  it.each([
    [
      'an unknown key',
      404,
      'site-not-found',
      'pk_nope0000000',
      ORIGIN_A,
      "no site has the publishable key pk_nope0000000; copy data-site from the site's snippet (GET /v1/site gives its key)",
    ],
    [
      'an origin the site does not allow',
      403,
      'origin-not-allowed',
      'site a',
      ORIGIN_B,
      `this page's origin ${ORIGIN_B} is not allowed for site {key}; allow it in the dashboard's Settings or: npm run koe -- sites update --site {key} --add-origin ${ORIGIN_B}`,
    ],
  ])('answers %s with %i %s, saying what to do', async (_, status, code, key, origin, detail) => {
    const siteKey = key === 'site a' ? t.a.site.publishableKey : key;
    const response = await get(t, siteKey, { origin });
    expect(response.status).toBe(status);
    // Readable by the page, so the widget can tell this from a network failure.
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(await response.json()).toMatchObject({
      code,
      detail: detail.replaceAll('{key}', siteKey),
    });
  });

  it('allows wildcard subdomain origins', async () => {
    const { createSite } = await import('../src/admin');
    const { site } = await createSite(t.store, t.clock, {
      name: 'W',
      origins: ['https://*.example.org'],
    });
    expect((await get(t, site.publishableKey, { origin: 'https://www.example.org' })).status).toBe(
      200,
    );
    expect((await get(t, site.publishableKey, { origin: 'https://example.org' })).status).toBe(403);
    expect((await get(t, site.publishableKey, { origin: 'https://evil-example.org' })).status).toBe(
      403,
    );
  });
});
