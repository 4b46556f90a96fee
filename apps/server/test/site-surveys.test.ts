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
    const { data } = await response.json();
    expect(data.map((s: { id: string }) => s.id)).toEqual(['srv_a']);
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

  it('leaves out surveys that are not active', async () => {
    const survey = await t.store.getSurvey(t.a.site.id, t.a.surveyId);
    if (!survey) throw new Error('fixture survey missing');
    await t.store.updateSurvey({
      ...survey,
      definition: { ...survey.definition, status: 'paused' },
    });
    t.app.services.catalog.surveysChanged();
    expect((await (await get(t, t.a.site.publishableKey)).json()).data).toEqual([]);
  });

  it('returns 404 for an unknown key and 403 for an origin the site does not allow', async () => {
    const unknown = await get(t, 'pk_nope0000000');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).code).toBe('site-not-found');
    const foreign = await get(t, t.a.site.publishableKey, { origin: ORIGIN_B });
    expect(foreign.status).toBe(403);
    expect((await foreign.json()).code).toBe('origin-not-allowed');
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
