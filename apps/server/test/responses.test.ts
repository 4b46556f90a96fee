// POST /v1/responses through app.request on a real SQLite file: every status
// code in the contract, idempotency, partial → finished, privacy.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  makeTestApp,
  ORIGIN_A,
  ORIGIN_B,
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

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = await response.json();
  expect(problem).toMatchObject({ status, code, type: `urn:koe:problem:${code}` });
  expect(problem.title).toEqual(expect.any(String));
  return problem;
}

describe('POST /v1/responses', () => {
  it('returns 202 after the row is committed, and stores it enriched', async () => {
    const body = responseBody(t.a, {
      score: 3,
      reasons: ['price'],
      comment: 'Shipping cost more than the shoes',
      touchpoint: 'checkout',
      attributes: { plan: 'pro', seats: 3, trial: false },
      locale: 'ja-jp',
      url: 'https://shop-a.example/checkout/done?order=123&email=a@b.c#top',
    });
    const response = await postResponse(t.app, body, {
      headers: {
        'user-agent': 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148',
      },
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ id: body.id, status: 'accepted' });
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN_A);

    const row = await t.store.getResponse(t.a.site.id, body.id);
    expect(row).toMatchObject({
      surveyId: 'srv_a',
      score: 3,
      bucket: 'detractor',
      reasons: ['price'],
      comment: 'Shipping cost more than the shoes',
      touchpoint: 'checkout',
      attributes: { plan: 'pro', seats: 3, trial: false },
      locale: 'ja-JP',
      url: 'https://shop-a.example/checkout/done',
      page: '/checkout/done',
      device: 'mobile',
      finished: true,
      receivedAt: t.clock.now(),
    });
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['text/plain with charset', 'text/plain;charset=UTF-8'],
    ['application/json', 'application/json'],
    ['application/json with charset', 'application/json; charset=utf-8'],
  ])('accepts the body as %s', async (_name, contentType) => {
    const response = await postResponse(t.app, responseBody(t.a), {
      headers: { 'content-type': contentType },
    });
    expect(response.status).toBe(202);
  });

  it.each([
    ['form data', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['xml', 'application/xml'],
  ])('returns 415 problem+json for %s', async (_name, contentType) => {
    const response = await postResponse(t.app, responseBody(t.a), {
      headers: { 'content-type': contentType },
    });
    await expectProblem(response, 415, 'unsupported-media-type');
  });

  it('returns 415 when there is no content type', async () => {
    const response = await t.app.request('/v1/responses', {
      method: 'POST',
      body: new Blob([JSON.stringify(responseBody(t.a))]),
    });
    await expectProblem(response, 415, 'unsupported-media-type');
  });

  it.each([
    ['not JSON', '{"id": '],
    ['empty', ''],
  ])('returns 400 invalid-json for a body that is %s', async (_name, raw) => {
    await expectProblem(await postResponse(t.app, raw), 400, 'invalid-json');
  });

  it.each([
    ['an array', '[]'],
    ['a string', '"hello"'],
    ['null', 'null'],
  ])('returns 400 invalid-body for JSON that is %s', async (_name, raw) => {
    await expectProblem(await postResponse(t.app, raw), 400, 'invalid-body');
  });

  it('returns 400 with one issue per broken field', async () => {
    const body = responseBody(t.a, { score: 'ten', comment: 'x'.repeat(2001), id: 'nope' });
    const problem = await expectProblem(await postResponse(t.app, body), 400, 'invalid-body');
    expect(problem.issues).toEqual(
      expect.arrayContaining([
        { field: 'id', message: expect.stringMatching(/UUID/) },
        { field: 'score', message: 'must be a number' },
        { field: 'comment', message: 'must be at most 2000 characters' },
      ]),
    );
  });

  it.each([
    [-1, false],
    [0, true],
    [10, true],
    [11, false],
  ])('NPS score %i → valid: %s', async (score, valid) => {
    const response = await postResponse(t.app, responseBody(t.a, { score }));
    if (valid) expect(response.status).toBe(202);
    else {
      const problem = await expectProblem(response, 400, 'invalid-body');
      expect(problem.issues[0]).toEqual({
        field: 'score',
        message: 'must be an integer from 0 to 10 for a nps survey',
      });
    }
  });

  it("returns 400 for reasons that are not in the answer's follow-up", async () => {
    const body = responseBody(t.a, { score: 10, reasons: ['price'] });
    const problem = await expectProblem(await postResponse(t.app, body), 400, 'invalid-body');
    expect(problem.issues[0].field).toBe('reasons.0');
  });

  it('returns 404 for an unknown site key', async () => {
    const body = responseBody(t.a, { siteKey: 'pk_doesnotexist000' });
    await expectProblem(await postResponse(t.app, body), 404, 'site-not-found');
  });

  it("returns 404 for an unknown survey and for another site's survey", async () => {
    const problem = await expectProblem(
      await postResponse(t.app, responseBody(t.a, { surveyId: 'srv_nope' })),
      404,
      'survey-not-found',
    );
    expect(problem.detail).toBe(
      `site ${t.a.site.publishableKey} has no survey srv_nope; check the survey id the page uses`,
    );
    await expectProblem(
      await postResponse(t.app, responseBody(t.a, { surveyId: t.b.surveyId })),
      404,
      'survey-not-found',
    );
    expect(await t.store.countResponses(t.b.surveyId)).toBe(0);
  });

  it('returns 403 problem+json for an origin the site does not allow, and stores nothing', async () => {
    const body = responseBody(t.a);
    const problem = await expectProblem(
      await postResponse(t.app, body, { origin: ORIGIN_B }),
      403,
      'origin-not-allowed',
    );
    expect(problem.detail).toContain(ORIGIN_B);
    expect(await t.store.getResponse(t.a.site.id, body.id)).toBeUndefined();
  });

  it('accepts requests without an Origin (server-side senders)', async () => {
    expect((await postResponse(t.app, responseBody(t.a), { origin: null })).status).toBe(202);
  });

  it('returns 409 for a survey that is not taking responses', async () => {
    const survey = await t.store.getSurvey(t.a.site.id, t.a.surveyId);
    if (!survey) throw new Error('fixture survey missing');
    await t.store.updateSurvey({
      ...survey,
      definition: { ...survey.definition, status: 'archived' },
    });
    t.app.services.catalog.surveysChanged();
    const problem = await expectProblem(
      await postResponse(t.app, responseBody(t.a)),
      409,
      'survey-not-active',
    );
    // The widget shows this detail in the console: it names the survey and what to do.
    expect(problem.detail).toBe(
      `survey ${t.a.surveyId} is archived and takes no answers; set its status to active`,
    );
  });

  it('returns 413 for a body over 16 KiB', async () => {
    const body = responseBody(t.a, {
      attributes: { big: 'x'.repeat(200) },
      comment: 'y'.repeat(17_000),
    });
    await expectProblem(await postResponse(t.app, body), 413, 'body-too-large');
  });

  it('returns 413 for a chunked body over 16 KiB (no Content-Length to trust)', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const response = await t.app.request('/v1/responses', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: ORIGIN_A },
      body: stream,
      // @ts-expect-error: Node's fetch needs duplex for streamed request bodies
      duplex: 'half',
    });
    await expectProblem(response, 413, 'body-too-large');
  });

  it('returns 503 with Retry-After when the write queue is full, and stores nothing', async () => {
    const full = await makeTestApp({ maxQueue: 0 });
    try {
      const body = responseBody(full.a);
      const response = await postResponse(full.app, body);
      await expectProblem(response, 503, 'server-busy');
      expect(response.headers.get('retry-after')).toBe('1');
      expect(await full.store.countResponses(full.a.surveyId)).toBe(0);
    } finally {
      await full.cleanup();
    }
  });

  it('never sets a cookie', async () => {
    const responses = [
      await postResponse(t.app, responseBody(t.a), { headers: { cookie: 'session=abc' } }),
      await postResponse(t.app, '{'),
      await t.app.request(`/v1/sites/${t.a.site.publishableKey}/surveys`),
    ];
    for (const response of responses) expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers a CORS preflight for JSON posts without credentials', async () => {
    const response = await t.app.request('/v1/responses', {
      method: 'OPTIONS',
      headers: { origin: ORIGIN_A, 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ORIGIN_A);
    expect(response.headers.get('access-control-allow-headers')).toContain('content-type');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('idempotency by submission id', () => {
  it('the same id sent 3 times in sequence is one row: 202, then 200 duplicate', async () => {
    const body = responseBody(t.a);
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      const response = await postResponse(t.app, body);
      statuses.push([response.status, (await response.json()).status]);
    }
    expect(statuses).toEqual([
      [202, 'accepted'],
      [200, 'duplicate'],
      [200, 'duplicate'],
    ]);
    expect(await t.store.countResponses(t.a.surveyId)).toBe(1);
  });

  it('the same id sent 50 times concurrently is one row and exactly one 202', async () => {
    const body = responseBody(t.a);
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => postResponse(t.app, body)),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 202)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    expect(await t.store.countResponses(t.a.surveyId)).toBe(1);
  });

  it('many different ids concurrently are all stored, each once', async () => {
    const bodies = Array.from({ length: 200 }, () => responseBody(t.a));
    const responses = await Promise.all(bodies.map((body) => postResponse(t.app, body)));
    expect(responses.every((r) => r.status === 202)).toBe(true);
    expect(await t.store.countResponses(t.a.surveyId)).toBe(200);
  });

  it('a partial answer is completed by a later post with the same id', async () => {
    const id = randomUUID();
    const partial = await postResponse(
      t.app,
      responseBody(t.a, { id, score: 4, finished: false, touchpoint: 'checkout' }),
    );
    expect(partial.status).toBe(202);
    expect(await t.store.getResponse(t.a.site.id, id)).toMatchObject({
      score: 4,
      finished: false,
      reasons: [],
    });

    const changed = await postResponse(t.app, responseBody(t.a, { id, score: 2, finished: false }));
    expect([changed.status, (await changed.json()).status]).toEqual([200, 'updated']);

    const complete = await postResponse(
      t.app,
      responseBody(t.a, {
        id,
        score: 2,
        reasons: ['delivery'],
        comment: 'Late again',
        finished: true,
      }),
    );
    expect([complete.status, (await complete.json()).status]).toEqual([200, 'updated']);
    expect(await t.store.getResponse(t.a.site.id, id)).toMatchObject({
      score: 2,
      bucket: 'detractor',
      reasons: ['delivery'],
      comment: 'Late again',
      finished: true,
      touchpoint: 'checkout',
    });
    expect(await t.store.countResponses(t.a.surveyId)).toBe(1);
  });

  it('after finishing: a retry is 200, a late partial is 200, a different score is 409, nothing changes', async () => {
    const id = randomUUID();
    const final = responseBody(t.a, { id, score: 3, reasons: ['price'], comment: 'Too expensive' });
    expect((await postResponse(t.app, final)).status).toBe(202);
    const before = await t.store.getResponse(t.a.site.id, id);

    expect((await postResponse(t.app, final)).status).toBe(200);
    expect(
      (await postResponse(t.app, responseBody(t.a, { id, score: 3, finished: false }))).status,
    ).toBe(200);
    const conflict = await postResponse(t.app, responseBody(t.a, { id, score: 10 }));
    await expectProblem(conflict, 409, 'response-conflict');
    const otherComment = await postResponse(t.app, { ...final, comment: 'Actually fine' });
    await expectProblem(otherComment, 409, 'response-conflict');

    expect(await t.store.getResponse(t.a.site.id, id)).toEqual(before);
  });

  it("an id already used by another site's response is a conflict, not an overwrite", async () => {
    const id = randomUUID();
    expect(
      (await postResponse(t.app, responseBody(t.b, { id }), { origin: ORIGIN_B })).status,
    ).toBe(202);
    await expectProblem(
      await postResponse(t.app, responseBody(t.a, { id })),
      409,
      'response-conflict',
    );
    expect((await t.store.getResponse(t.b.site.id, id))?.surveyId).toBe(t.b.surveyId);
    expect(await t.store.getResponse(t.a.site.id, id)).toBeUndefined();
  });
});

describe('text and names as the contract allows them', () => {
  it('accepts free-text touchpoints and attribute keys, and strips a long query from the URL', async () => {
    const body = responseBody(t.a, {
      touchpoint: 'checkout page',
      attributes: { 'Plan Name': 'pro', _ga: 'GA1.2.3' },
      url: `https://shop-a.example/done?utm_campaign=${'x'.repeat(3000)}`,
    });
    expect((await postResponse(t.app, body)).status).toBe(202);
    expect(await t.store.getResponse(t.a.site.id, body.id)).toMatchObject({
      touchpoint: 'checkout page',
      attributes: { 'Plan Name': 'pro', _ga: 'GA1.2.3' },
      url: 'https://shop-a.example/done',
      page: '/done',
    });
  });

  it('a comment with a lone surrogate is stored well-formed and its retry is a duplicate, not a conflict', async () => {
    const body = responseBody(t.a, { score: 3, comment: 'bad \ud800 char' });
    expect((await postResponse(t.app, body)).status).toBe(202);
    const retry = await postResponse(t.app, body);
    expect([retry.status, (await retry.json()).status]).toEqual([200, 'duplicate']);
    expect((await t.store.getResponse(t.a.site.id, body.id))?.comment).toBe('bad \ufffd char');
  });

  it('a spoofed first X-Forwarded-For entry does not escape the client limit', async () => {
    const limited = await makeTestApp({ clientRateLimit: 2 });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const spoof = { 'x-forwarded-for': `198.51.100.${i}, 203.0.113.9` };
        statuses.push(
          (await postResponse(limited.app, responseBody(limited.a), { headers: spoof })).status,
        );
      }
      expect(statuses).toEqual([202, 202, 429, 429]);
    } finally {
      await limited.cleanup();
    }
  });
});

describe('privacy and enrichment', () => {
  it('drops user id and attributes when the browser sends Sec-GPC: 1', async () => {
    const body = responseBody(t.a, {
      userId: 'user-42',
      attributes: { plan: 'pro' },
      touchpoint: 'checkout',
    });
    expect((await postResponse(t.app, body, { headers: { 'sec-gpc': '1' } })).status).toBe(202);
    expect(await t.store.getResponse(t.a.site.id, body.id)).toMatchObject({
      userId: null,
      attributes: {},
      touchpoint: 'checkout',
      score: 9,
    });
  });

  it('keeps user id and attributes without GPC', async () => {
    const body = responseBody(t.a, { userId: 'user-42', attributes: { plan: 'pro' } });
    await postResponse(t.app, body);
    expect(await t.store.getResponse(t.a.site.id, body.id)).toMatchObject({
      userId: 'user-42',
      attributes: { plan: 'pro' },
    });
  });

  it('takes the country only from the configured trusted header, and only a valid code', async () => {
    const withHeader = await makeTestApp({ countryHeader: 'cf-ipcountry' });
    try {
      const good = responseBody(withHeader.a);
      await postResponse(withHeader.app, good, { headers: { 'cf-ipcountry': 'jp' } });
      expect((await withHeader.store.getResponse(withHeader.a.site.id, good.id))?.country).toBe(
        'JP',
      );
      const bad = responseBody(withHeader.a);
      await postResponse(withHeader.app, bad, { headers: { 'cf-ipcountry': 'XX-evil' } });
      expect(
        (await withHeader.store.getResponse(withHeader.a.site.id, bad.id))?.country,
      ).toBeNull();
    } finally {
      await withHeader.cleanup();
    }
    const body = responseBody(t.a);
    await postResponse(t.app, body, { headers: { 'cf-ipcountry': 'JP' } });
    expect((await t.store.getResponse(t.a.site.id, body.id))?.country).toBeNull();
  });

  it('never stores the client address anywhere in the database', async () => {
    const address = '203.0.113.77';
    await postResponse(t.app, responseBody(t.a), { headers: { 'x-forwarded-for': address } });
    const dump = t.store.sqlite
      .prepare("SELECT group_concat(name) AS tables FROM sqlite_master WHERE type = 'table'")
      .get() as { tables: string };
    for (const table of dump.tables.split(',')) {
      const rows = t.store.sqlite.prepare(`SELECT * FROM "${table}"`).all();
      expect(JSON.stringify(rows)).not.toContain(address);
    }
  });
});
