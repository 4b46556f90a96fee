// Survey management with secret keys: CRUD, scopes, and the key × site ×
// endpoint matrix over every secret-key route (no byte of one site reaches
// another site's keys).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  bearer,
  makeTestApp,
  npsSurveyInput,
  postResponse,
  responseBody,
  type TestApp,
} from './fixtures';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(async () => {
  await t.cleanup();
});

function call(method: string, path: string, key: string | undefined, body?: unknown) {
  return t.app.request(path, {
    method,
    headers: {
      ...(key && bearer(key)),
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

describe('/v1/surveys', () => {
  it('creates, reads, lists, patches and deletes a survey', async () => {
    t.clock.advance(1000);
    const created = await call('POST', '/v1/surveys', t.a.writeKey, {
      name: 'Support CSAT',
      type: 'csat',
      question: { en: 'How did we do?' },
    });
    expect(created.status).toBe(201);
    const survey = await created.json();
    expect(survey).toMatchObject({
      siteId: t.a.site.id,
      type: 'csat',
      status: 'draft',
      csatDisplay: 'number',
    });
    expect(created.headers.get('location')).toBe(`/v1/surveys/${survey.id}`);

    const read = await call('GET', `/v1/surveys/${survey.id}`, t.a.readKey);
    expect(await read.json()).toEqual(survey);

    const list = await (await call('GET', '/v1/surveys', t.a.readKey)).json();
    expect(list.data.map((s: { id: string }) => s.id)).toEqual(['srv_a', survey.id]);

    t.clock.advance(1000);
    const patched = await call('PATCH', `/v1/surveys/${survey.id}`, t.a.writeKey, {
      status: 'active',
      csatDisplay: 'star',
    });
    expect(patched.status).toBe(200);
    const after = await patched.json();
    expect(after).toMatchObject({ status: 'active', csatDisplay: 'star', name: 'Support CSAT' });
    expect(after.updatedAt).not.toBe(survey.updatedAt);

    expect((await call('DELETE', `/v1/surveys/${survey.id}`, t.a.writeKey)).status).toBe(204);
    expect((await call('GET', `/v1/surveys/${survey.id}`, t.a.readKey)).status).toBe(404);
  });

  it('validates the survey and names the fields', async () => {
    const missing = await call('POST', '/v1/surveys', t.a.writeKey, {
      type: 'nps',
      question: { en: 'Hi?' },
    });
    expect(missing.status).toBe(400);
    const problem = await missing.json();
    expect(problem.code).toBe('invalid-body');
    expect(problem.issues).toEqual([{ field: 'name', message: 'is required' }]);
    const locale = await call('POST', '/v1/surveys', t.a.writeKey, {
      name: 'X',
      type: 'nps',
      question: { ja: 'どう？' },
    });
    expect((await locale.json()).issues).toEqual([
      { field: 'question', message: 'needs text for the default locale "en"' },
    ]);
  });

  it('PATCH with null removes an optional text; leaving a field out keeps it', async () => {
    const texts = {
      thanks: { en: 'Thanks!' },
      scaleLabels: { low: { en: 'No' }, high: { en: 'Yes' } },
    };
    expect((await call('PATCH', '/v1/surveys/srv_a', t.a.writeKey, texts)).status).toBe(200);
    const removed = await call('PATCH', '/v1/surveys/srv_a', t.a.writeKey, { thanks: null });
    expect(removed.status).toBe(200);
    const survey = await removed.json();
    expect(survey.thanks).toBeUndefined();
    expect(survey.scaleLabels).toEqual(texts.scaleLabels);
    // null where a field is required is refused.
    const required = await call('PATCH', '/v1/surveys/srv_a', t.a.writeKey, { question: null });
    expect(required.status).toBe(400);
  });

  it('re-checks cross-field rules after a patch and refuses changing the type', async () => {
    const badLocale = await call('PATCH', '/v1/surveys/srv_a', t.a.writeKey, {
      defaultLocale: 'fr',
    });
    expect(badLocale.status).toBe(400);
    expect((await badLocale.json()).issues[0].field).toBe('question');
    const typeChange = await call('PATCH', '/v1/surveys/srv_a', t.a.writeKey, { type: 'csat' });
    expect(typeChange.status).toBe(400);
    expect((await typeChange.json()).issues[0]).toMatchObject({ field: 'type' });
    const survey = await (await call('GET', '/v1/surveys/srv_a', t.a.readKey)).json();
    expect(survey).toMatchObject({ type: 'nps', defaultLocale: 'en' });
  });

  it('needs JSON: 415 for other content types, 400 for broken JSON', async () => {
    const form = await t.app.request('/v1/surveys', {
      method: 'POST',
      headers: { ...bearer(t.a.writeKey), 'content-type': 'text/plain' },
      body: JSON.stringify(npsSurveyInput),
    });
    expect(form.status).toBe(415);
    const broken = await t.app.request('/v1/surveys', {
      method: 'POST',
      headers: { ...bearer(t.a.writeKey), 'content-type': 'application/json' },
      body: '{"name":',
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).code).toBe('invalid-json');
  });
});

describe('keys and tenants', () => {
  const endpoints = [
    ['GET', '/v1/surveys', undefined, 'read'],
    ['GET', '/v1/site', undefined, 'read'],
    ['POST', '/v1/surveys', npsSurveyInput, 'write'],
    ['GET', '/v1/surveys/{a}', undefined, 'read'],
    ['PATCH', '/v1/surveys/{a}', { status: 'paused' }, 'write'],
    ['DELETE', '/v1/surveys/{a}', undefined, 'write'],
    ['GET', '/v1/surveys/{a}/metrics?groupBy=touchpoint&interval=day', undefined, 'read'],
    ['GET', '/v1/surveys/{a}/reasons?device=mobile', undefined, 'read'],
    ['GET', '/v1/surveys/{a}/themes?q=slow', undefined, 'read'],
    ['GET', '/v1/surveys/{a}/at-risk?limit=5', undefined, 'read'],
    ['GET', '/v1/surveys/{a}/responses', undefined, 'read'],
    ['GET', '/v1/surveys/{a}/responses.csv', undefined, 'read'],
    ['GET', '/v1/surveys/{a}/responses.ndjson', undefined, 'read'],
    ['DELETE', '/v1/responses/{r}', undefined, 'write'],
    ['GET', '/v1/site/installs', undefined, 'read'],
    ['PATCH', '/v1/site', { name: 'Renamed' }, 'write'],
    ['GET', '/v1/keys', undefined, 'write'],
    ['POST', '/v1/keys', { name: 'new key', scope: 'read' }, 'write'],
    ['DELETE', '/v1/keys/{k}', undefined, 'write'],
  ] as const;

  type Who = 'none' | 'garbage' | 'pkA' | 'readA' | 'writeA' | 'readB' | 'writeB';
  const keyOf = (who: Who): string | undefined =>
    ({
      none: undefined,
      garbage: 'sk_not_a_real_key_at_all_000000000000000',
      pkA: t.a.site.publishableKey,
      readA: t.a.readKey,
      writeA: t.a.writeKey,
      readB: t.b.readKey,
      writeB: t.b.writeKey,
    })[who];

  function expected(who: Who, scope: 'read' | 'write', path: string): number {
    if (who === 'none' || who === 'garbage') return 401;
    if (who === 'pkA') return 403;
    if (scope === 'write' && who.startsWith('read')) return 403;
    // Site B's keys see site A's survey and responses as not existing.
    if (who.endsWith('B') && /\{[ark]\}/.test(path)) return 404;
    return 'POST' === path ? 201 : 0; // filled below
  }

  const whos: Who[] = ['none', 'garbage', 'pkA', 'readA', 'writeA', 'readB', 'writeB'];
  for (const [method, path, body, scope] of endpoints) {
    for (const who of whos) {
      it(`${method} ${path} with ${who}`, async () => {
        // One answer of site A, with a comment no other tenant may ever see, and
        // its widget fetched from a page origin no other tenant may learn.
        const answer = responseBody(t.a, { comment: 'only-for-site-a', touchpoint: 'checkout' });
        expect((await postResponse(t.app, answer)).status).toBe(202);
        const page = 'https://secret-page-of-a.example';
        await t.app.request(`/v1/sites/${t.a.site.publishableKey}/surveys`, {
          headers: { origin: page },
        });
        // Site A's read key: only A's write key may revoke it.
        const readKeyA = (await t.store.listSecretKeys(t.a.site.id)).find(
          (k) => k.scope === 'read',
        );
        const target = path
          .replace('{a}', 'srv_a')
          .replace('{r}', answer.id)
          .replace('{k}', readKeyA?.id ?? '');
        const response = await call(method, target, keyOf(who), body);
        let status = expected(who, scope, path);
        if (status === 0) status = method === 'POST' ? 201 : method === 'DELETE' ? 204 : 200;
        expect(response.status).toBe(status);
        if (status >= 400) expect(response.headers.get('content-type')).toMatch(/problem\+json/);
        if (status === 401) expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        const text = await response.text();
        // No byte of site A's data reaches site B's keys.
        if (who.endsWith('B')) {
          // As a whole id: a new survey's random srv_… id may start with an "a".
          expect(text).not.toMatch(/\bsrv_a\b/);
          expect(text).not.toContain(t.a.site.id);
          expect(text).not.toContain(answer.id);
          expect(text).not.toContain('only-for-site-a');
          expect(text).not.toContain(page);
        }
        // Site A's answer goes only when A's write key deletes it or its survey.
        const erasedByA = who === 'writeA' && method === 'DELETE';
        if (!erasedByA) expect(await t.store.getResponse(t.a.site.id, answer.id)).toBeDefined();
        // Site A's survey, name and keys are untouched by anyone but A's write key.
        if (who !== 'writeA') {
          const survey = await t.store.getSurvey(t.a.site.id, 'srv_a');
          expect(survey?.definition.status).toBe('active');
          expect((await t.store.getSite(t.a.site.id))?.name).toBe('Shop A');
          expect(await t.store.listSecretKeys(t.a.site.id)).toHaveLength(2);
          expect((await call('GET', '/v1/site', t.a.readKey)).status).toBe(200);
        }
      });
    }
  }

  it("site B's write key cannot delete site A's survey or its responses", async () => {
    expect((await postResponse(t.app, responseBody(t.a))).status).toBe(202);
    expect((await call('DELETE', '/v1/surveys/srv_a', t.b.writeKey)).status).toBe(404);
    expect(await t.store.countResponses('srv_a')).toBe(1);
    expect(await t.store.getSurvey(t.a.site.id, 'srv_a')).toBeDefined();
  });

  it('a revoked or unknown key gets 401, a malformed header gets 401', async () => {
    for (const header of ['Bearer', 'Basic abc', `Bearer ${t.a.writeKey} extra`, 'bearer']) {
      const response = await t.app.request('/v1/surveys', { headers: { authorization: header } });
      expect(response.status).toBe(401);
    }
  });
});
