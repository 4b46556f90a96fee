// Property-based check of every public route other than POST /v1/responses
// (ingest-fuzz.test.ts has that one): survey bodies and analyst query strings
// derived from valid ones and then mutated, arbitrary JSON, deep nesting,
// oversized and chunked bodies, odd content types, wrong, missing and other
// tenants' keys, odd ids in paths. Never a 5xx, every error is problem+json,
// and nothing stored changes unless the request succeeded.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTestApp, npsSurveyInput, postResponse, responseBody, type TestApp } from './fixtures';
import { expectClientOutcome, oddValue } from './fuzz-values';

const CASES = Number(process.env.KOE_FUZZ_CASES_API ?? 6000);

let t: TestApp;
const seeded: { a: string[]; b: string[] } = { a: [], b: [] };
const webhook = { a: '', b: '' };
const alert = { a: '', b: '' };
const campaign = { a: 'cmp_fuzz_a', b: 'cmp_fuzz_b' };
const keysOfB: string[] = [];
beforeAll(async () => {
  t = await makeTestApp();
  keysOfB.push(...(await t.store.listSecretKeys(t.b.site.id)).map((k) => k.id));
  for (const [site, key] of [
    ['a', t.a.writeKey],
    ['b', t.b.writeKey],
  ] as const) {
    const created = await t.app.request('/v1/webhooks', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(validWebhook),
    });
    expect(created.status).toBe(201);
    webhook[site] = (await created.json()).id;
    const rule = await t.app.request('/v1/alerts', {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...validAlert, surveyId: site === 'a' ? t.a.surveyId : t.b.surveyId }),
    });
    expect(rule.status).toBe(201);
    alert[site] = (await rule.json()).id;
  }
  // Campaigns are made in the store: this app sends no email, so POST /v1/campaigns answers 409.
  for (const [site, tenant] of [
    ['a', t.a],
    ['b', t.b],
  ] as const)
    await t.store.campaigns.create({
      id: campaign[site],
      siteId: tenant.site.id,
      surveyId: tenant.surveyId,
      name: 'Fuzz',
      subject: null,
      intro: null,
      repeat: 'quarterly',
      startDate: null,
      hour: 10,
      timeZone: 'UTC',
      reminderAfterDays: 3,
      perMinute: 60,
      expiresInDays: 30,
      status: 'draft',
      startedAt: null,
      createdBy: null,
      createdAt: 0,
      updatedAt: 0,
    });
  for (const [tenant, ids] of [
    [t.a, seeded.a],
    [t.b, seeded.b],
  ] as const) {
    for (let i = 0; i < 5; i++) {
      const body = responseBody(tenant, { score: i * 2, comment: `seed ${i}` });
      const origin = tenant === t.a ? 'https://shop-a.example' : 'https://shop-b.example';
      expect((await postResponse(t.app, body, { origin })).status).toBe(202);
      ids.push(body.id);
    }
  }
});
afterAll(async () => {
  await t.cleanup();
});

/** A valid body with one field set to something odd, removed, or an extra or nested field added. */
const mutated = (valid: object, fields: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...fields),
      oddValue,
      fc.constantFrom('set', 'delete', 'extra', 'nested'),
    )
    .map(([field, value, how]) => {
      const body = structuredClone(valid) as Record<string, unknown>;
      if (how === 'set') body[field] = value;
      else if (how === 'delete') delete body[field];
      else if (how === 'extra') body[`x_${field}`] = value;
      else body[field] = { [field]: value, items: [value] };
      return JSON.stringify(body);
    });

/** Mostly mutated valid bodies; also arbitrary JSON, deep nesting, oversize and non-JSON. */
const bodyFrom = (valid: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 5, arbitrary: valid },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? '') },
    {
      weight: 1,
      arbitrary: fc
        .integer({ min: 1, max: 3000 })
        .map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
    },
    { weight: 1, arbitrary: fc.constant(`{"name":"${'x'.repeat(70_000)}"}`) },
    { weight: 1, arbitrary: fc.string({ maxLength: 100 }) },
  );

const surveyBody = bodyFrom(
  mutated(npsSurveyInput, [
    'name',
    'type',
    'status',
    'question',
    'defaultLocale',
    'followUp',
    'trigger',
    'sampleRate',
    'recontactDays',
    'placement',
    'theme',
    'display',
  ]),
);
// An address literal: saving it needs no DNS lookup (tests talk to no one), and it is not internal.
const validWebhook = {
  url: 'http://203.0.113.10/hook',
  events: ['response.finished'],
  buckets: ['detractor'],
  format: 'slack',
};
const webhookBody = bodyFrom(
  mutated(validWebhook, ['url', 'events', 'buckets', 'surveyIds', 'format', 'status']),
);

const validAlert = {
  kind: 'score-drop',
  surveyId: 'srv_a',
  groupBy: 'attr.plan',
  filters: { touchpoint: ['checkout'], attributes: { plan: ['pro'] } },
  timeZone: 'Asia/Tokyo',
  settings: { recentDays: 7, baselineDays: 28, alpha: 0.01, minAnswers: 20 },
  emails: ['team@shop-a.example'],
};
const alertBody = bodyFrom(
  fc.oneof(
    mutated(validAlert, [
      'kind',
      'surveyId',
      'groupBy',
      'filters',
      'timeZone',
      'settings',
      'emails',
      'status',
      'name',
    ]),
    mutated({ kind: 'keyword', surveyId: 'srv_a', settings: { keywords: ['返金', 'refund'] } }, [
      'settings',
      'kind',
      'name',
    ]),
  ),
);

const validDigest = {
  surveyId: 'srv_a',
  email: 'lead@shop-a.example',
  interval: 'month',
  timeZone: 'Asia/Tokyo',
  hour: 7,
};
const digestBody = bodyFrom(
  mutated(validDigest, ['surveyId', 'email', 'interval', 'timeZone', 'hour']),
);

const validLinks = {
  recipients: [
    { userId: 'cust-1', email: 'c1@shop-a.example', locale: 'ja', attributes: { plan: 'pro' } },
  ],
  expiresInDays: 30,
  channel: 'email',
};
const linksBody = bodyFrom(mutated(validLinks, ['recipients', 'expiresInDays', 'channel']));

const validCampaign = {
  surveyId: 'srv_a',
  name: 'Quarterly NPS',
  subject: 'Two seconds?',
  intro: 'Thank you.\n\nOne question:',
  repeat: 'quarterly',
  startDate: '2026-01-05',
  hour: 10,
  timeZone: 'Asia/Tokyo',
  reminderAfterDays: 3,
  perMinute: 60,
  expiresInDays: 30,
};
const campaignFields = Object.keys(validCampaign);
const campaignBody = bodyFrom(mutated(validCampaign, campaignFields));
const campaignPatchBody = bodyFrom(
  mutated({ status: 'paused', hour: 9, reminderAfterDays: null }, [...campaignFields, 'status']),
);
const recipientsBody = bodyFrom(
  fc.oneof(
    mutated(
      {
        recipients: [
          {
            email: 'r1@shop-a.example',
            userId: 'cust-r1',
            locale: 'ja',
            timeZone: 'Asia/Tokyo',
            attributes: { plan: 'pro' },
          },
        ],
      },
      ['recipients', 'csv'],
    ),
    fc
      .array(
        fc.oneof(
          fc.constantFrom('email,userId,plan', 'r2@shop-a.example,u2,pro', '"a""b",,', ';;;'),
          fc.string({ maxLength: 40 }),
        ),
        { maxLength: 6 },
      )
      .map((lines) => JSON.stringify({ csv: lines.join('\r\n') })),
  ),
);
const eraseBody = bodyFrom(
  fc.oneof(
    mutated({ email: 'gone@shop-a.example' }, ['email', 'userId']),
    mutated({ userId: 'cust-erase' }, ['email', 'userId']),
  ),
);

const validSitePatch = {
  name: 'Shop A',
  origins: ['https://shop-a.example', 'http://localhost:3000'],
};
const sitePatchBody = bodyFrom(mutated(validSitePatch, ['name', 'origins']));
const keyBody = bodyFrom(mutated({ name: 'fuzz', scope: 'read' }, ['name', 'scope']));

/** Analyst query strings: each parameter valid, odd or absent. */
const param = (valid: string[]) =>
  fc.oneof(
    fc.constantFrom(...valid, undefined),
    fc.string({ maxLength: 40 }),
    fc.constantFrom('', '%', '%00', '2026-13-45T99:00:00Z'),
  );
const query = fc
  .record({
    from: param(['2026-10-01T00:00:00Z', '2026-10-01T00:00:00+09:00']),
    to: param(['2026-11-01T00:00:00Z', '2026-09-01T00:00:00Z']),
    interval: param(['day', 'week', 'month', 'year']),
    tz: param(['Asia/Tokyo', 'Asia/Kolkata', 'Mars/Olympus', 'UTC']),
    groupBy: param(['touchpoint', 'attr.plan', 'attr.', 'page']),
    compare: param(['previous']),
    cursor: param(['eyJ4IjoxfQ', 'WzE3OTYwMDAwMDAwMDAsIngiXQ']),
    limit: param(['1', '1000', '1001', '-1', '0.5']),
    bucket: param(['detractor', 'promoter', 'nope']),
    bom: param(['true', 'false']),
    extra: fc.constantFrom(undefined, 'x'),
    // The drill-down filters; each may repeat (OR).
    touchpoint: fc.array(param(['checkout', 'support']), { maxLength: 3 }),
    device: fc.array(param(['mobile', 'desktop', 'phone']), { maxLength: 3 }),
    country: param(['JP', 'de', 'JPN']),
    reason: fc.array(param(['price', 'Bad Slug']), { maxLength: 2 }),
    'attr.plan': fc.array(param(['pro', '3']), { maxLength: 2 }),
    'attr.': param(['x']),
    q: param(['slow', '配送', ' ']),
  })
  .map((q) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(q))
      for (const one of Array.isArray(v) ? v : [v]) if (one !== undefined) search.append(k, one);
    return search.toString();
  });

// Mostly a valid key and a real survey, so most cases reach validation and the
// handlers; the rest probe authentication and tenant boundaries.
const key = () =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(`Bearer ${t.a.writeKey}`) },
    { weight: 2, arbitrary: fc.constant(`Bearer ${t.a.readKey}`) },
    { weight: 1, arbitrary: fc.constant(`Bearer ${t.b.writeKey}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('Bearer sk_nope', 'Basic Zm9vOmJhcg==', '', 'Bearer '),
    },
  );
const surveyId = () =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constant(t.a.surveyId) },
    { weight: 1, arbitrary: fc.constantFrom(t.b.surveyId, 'srv_missing', '..%2F..', '%00') },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map(encodeURIComponent) },
  );
// Never the fixture endpoint itself with DELETE/rotate (a legitimate success): see webhookIds.
const webhookId = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(webhook.a) },
    { weight: 1, arbitrary: fc.constantFrom(webhook.b, 'wh_missing', '%00') },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(encodeURIComponent) },
  );
// Mostly the fixture rule (deleting it is a legitimate success, counted below).
const alertId = () =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(alert.a) },
    { weight: 1, arbitrary: fc.constantFrom(alert.b, 'alert_missing', '%00') },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(encodeURIComponent) },
  );
const campaignIdOf = () =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(campaign.a) },
    { weight: 1, arbitrary: fc.constantFrom(campaign.b, 'cmp_missing', '%00') },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(encodeURIComponent) },
  );
// Never site A's own keys with DELETE (revoking its read key is a legitimate success).
const keyIdOf = () =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...keysOfB, 'key_missing', '%00') },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(encodeURIComponent) },
  );
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      '',
      'multipart/form-data; boundary=x',
    ),
  },
);

interface Request {
  method: string;
  path: string;
  auth: string;
  type?: string;
  body?: string;
  chunked?: boolean;
}

const often = <T>(arbitrary: fc.Arbitrary<T>) => ({ weight: 4, arbitrary });
const request = (): fc.Arbitrary<Request> =>
  fc.oneof(
    fc.record({ method: fc.constant('GET'), path: fc.constantFrom('/v1/surveys'), auth: key() }),
    fc.record({
      method: fc.constant('GET'),
      path: surveyId().map((id) => `/v1/surveys/${id}`),
      auth: key(),
    }),
    often(
      fc.record({
        method: fc.constant('GET'),
        path: fc
          .tuple(
            surveyId(),
            fc.constantFrom(
              'metrics',
              'reasons',
              'themes',
              'at-risk',
              'responses',
              'responses.csv',
              'responses.ndjson',
            ),
            query,
          )
          .map(([id, what, q]) => `/v1/surveys/${id}/${what}?${q}`),
        auth: key(),
      }),
    ),
    often(
      fc.record({
        method: fc.constant('POST'),
        path: fc.constant('/v1/surveys'),
        auth: key(),
        type: contentType,
        body: surveyBody,
        chunked: fc.boolean(),
      }),
    ),
    often(
      fc.record({
        method: fc.constant('PATCH'),
        path: surveyId().map((id) => `/v1/surveys/${id}`),
        auth: key(),
        type: contentType,
        body: surveyBody,
        chunked: fc.boolean(),
      }),
    ),
    // Deleting the fixtures' own surveys would be a legitimate success: only odd ids here.
    fc.record({
      method: fc.constant('DELETE'),
      path: fc.constantFrom('/v1/surveys/srv_missing', '/v1/surveys/%00'),
      auth: key(),
    }),
    fc.record({
      method: fc.constant('DELETE'),
      path: fc
        .oneof(
          fc.constantFrom(...seeded.b),
          fc.uuid(),
          fc.string({ maxLength: 20 }).map(encodeURIComponent),
        )
        .map((id) => `/v1/responses/${id}`),
      auth: key(),
    }),
    often(
      fc.record({
        method: fc.constant('POST'),
        path: fc.constant('/v1/webhooks'),
        auth: key(),
        type: contentType,
        body: webhookBody,
      }),
    ),
    fc.record({
      method: fc.constant('PATCH'),
      path: webhookId().map((id) => `/v1/webhooks/${id}`),
      auth: key(),
      type: contentType,
      body: webhookBody,
    }),
    fc.record({
      method: fc.constantFrom('GET', 'DELETE', 'POST'),
      path: fc
        .tuple(
          webhookId(),
          fc.constantFrom('', '/deliveries', '/rotate-secret'),
          param(['1', '200', '201', 'x']),
        )
        .map(
          ([id, what, limit]) =>
            `/v1/webhooks/${id}${what}${limit === undefined ? '' : `?limit=${encodeURIComponent(limit)}`}`,
        ),
      auth: key(),
    }),
    often(
      fc.record({
        method: fc.constant('POST'),
        path: fc.constant('/v1/alerts'),
        auth: key(),
        type: contentType,
        body: alertBody,
      }),
    ),
    fc.record({
      method: fc.constant('PATCH'),
      path: alertId().map((id) => `/v1/alerts/${id}`),
      auth: key(),
      type: contentType,
      body: alertBody,
    }),
    fc.record({
      method: fc.constantFrom('GET', 'DELETE'),
      path: fc
        .tuple(alertId(), fc.constantFrom('', '/events'), param(['1', '200', '201', 'x']))
        .map(
          ([id, what, limit]) =>
            `/v1/alerts/${id}${what}${limit === undefined ? '' : `?limit=${encodeURIComponent(limit)}`}`,
        ),
      auth: key(),
    }),
    fc.record({
      method: fc.constant('POST'),
      path: fc.constant('/v1/digests'),
      auth: key(),
      type: contentType,
      body: digestBody,
    }),
    fc.record({
      method: fc.constantFrom('GET', 'DELETE'),
      path: fc
        .oneof(
          fc.constantFrom('dg_missing', '%00', 'unsubscribe'),
          fc.string({ maxLength: 20 }).map(encodeURIComponent),
        )
        .map((id) => `/v1/digests/${id}`),
      auth: key(),
    }),
    fc.record({
      method: fc.constant('PATCH'),
      path: fc
        .oneof(
          fc.constantFrom('dg_missing', '%00', 'unsubscribe'),
          fc.string({ maxLength: 20 }).map(encodeURIComponent),
        )
        .map((id) => `/v1/digests/${id}`),
      auth: key(),
      type: contentType,
      body: digestBody,
    }),
    fc.record({
      method: fc.constantFrom('GET', 'POST'),
      path: fc
        .oneof(
          fc.constantFrom('', 'x', '%00', 'a'.repeat(101)),
          fc.string({ maxLength: 30 }).map(encodeURIComponent),
        )
        .map((token) => `/v1/digests/unsubscribe?token=${token}`),
      auth: fc.constant(''),
    }),
    fc.record({
      method: fc.constant('POST'),
      path: fc.constant('/v1/campaigns'),
      auth: key(),
      type: contentType,
      body: campaignBody,
    }),
    fc.record({
      method: fc.constant('GET'),
      path: campaignIdOf().map((id) => `/v1/campaigns/${id}`),
      auth: key(),
    }),
    fc.record({
      method: fc.constant('GET'),
      path: fc
        .tuple(surveyId(), param(['x']))
        .map(
          ([id, extra]) =>
            `/v1/campaigns?surveyId=${id}${extra === undefined ? '' : `&${encodeURIComponent(extra)}=1`}`,
        ),
      auth: key(),
    }),
    fc.record({
      method: fc.constant('PATCH'),
      path: campaignIdOf().map((id) => `/v1/campaigns/${id}`),
      auth: key(),
      type: contentType,
      body: campaignPatchBody,
    }),
    fc.record({
      method: fc.constant('DELETE'),
      path: fc
        .oneof(fc.constantFrom('cmp_missing', '%00', 'unsubscribe'), fc.string({ maxLength: 20 }))
        .map((id) => `/v1/campaigns/${encodeURIComponent(id)}`),
      auth: key(),
    }),
    fc.record({
      method: fc.constant('POST'),
      path: campaignIdOf().map((id) => `/v1/campaigns/${id}/recipients`),
      auth: key(),
      type: contentType,
      body: recipientsBody,
    }),
    fc.record({
      method: fc.constant('GET'),
      path: fc
        .tuple(
          campaignIdOf(),
          param(['sent', 'answered', 'lost', '']),
          param(['1', '500', '501', 'x']),
          param(['rcp_a', '%00', '']),
        )
        .map(
          ([id, status, limit, after]) =>
            `/v1/campaigns/${id}/recipients?${new URLSearchParams(
              Object.entries({ status, limit, after }).filter(
                (entry): entry is [string, string] => entry[1] !== undefined,
              ),
            )}`,
        ),
      auth: key(),
    }),
    fc.record({
      method: fc.constant('DELETE'),
      path: fc
        .tuple(campaignIdOf(), fc.oneof(fc.constantFrom('rcp_missing', '%00'), fc.string()))
        .map(([id, r]) => `/v1/campaigns/${id}/recipients/${encodeURIComponent(r)}`),
      auth: key(),
    }),
    fc.record({
      method: fc.constantFrom('GET', 'POST'),
      path: fc
        .oneof(
          fc.constantFrom('', 'x', '%00', 'a'.repeat(101)),
          fc.string({ maxLength: 30 }).map(encodeURIComponent),
        )
        .map((token) => `/v1/campaigns/unsubscribe?token=${token}`),
      auth: fc.constant(''),
    }),
    fc.record({
      method: fc.constant('POST'),
      path: fc.constant('/v1/respondents/erase'),
      auth: key(),
      type: contentType,
      body: eraseBody,
    }),
    fc.record({
      method: fc.constant('DELETE'),
      path: fc
        .oneof(
          fc.constantFrom('cust-1', '%00', ''),
          fc.string({ maxLength: 300 }).map(encodeURIComponent),
        )
        .map((userId) => `/v1/respondents/${userId}`),
      auth: key(),
    }),
    fc.record({
      method: fc.constant('POST'),
      path: surveyId().map((id) => `/v1/surveys/${id}/links`),
      auth: key(),
      type: contentType,
      body: linksBody,
    }),
    fc.record({
      method: fc.constant('GET'),
      path: fc
        .tuple(
          surveyId(),
          fc.constantFrom('email-snippet', 'qr'),
          param(['en', 'ja', 'x-nope', '']),
          param(['svg', 'png', 'gif']),
          param(['64', '4096', 'x']),
          param(['cust-1', '', '%00']),
        )
        .map(
          ([id, what, locale, format, size, userId]) =>
            `/v1/surveys/${id}/${what}?${new URLSearchParams(
              Object.entries(
                what === 'qr' ? { format, size } : { locale, userId, expiresInDays: size },
              ).filter((entry): entry is [string, string] => entry[1] !== undefined),
            )}`,
        ),
      auth: key(),
    }),
    fc.record({
      method: fc.constant('GET'),
      path: fc
        .tuple(
          surveyId(),
          fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('a.b', `x.${'A'.repeat(43)}`)),
          param(['0', '9', '10', '11', '-1', 'x']),
          param(['link', 'email', 'sms']),
        )
        .map(([id, t, score, c]) => {
          const query = new URLSearchParams({ t });
          if (score !== undefined) query.set('score', score);
          if (c !== undefined) query.set('c', c);
          return `/s/${id}?${query}`;
        }),
      auth: fc.constant(''),
    }),
    often(
      fc.record({
        method: fc.constant('PATCH'),
        path: fc.constant('/v1/site'),
        auth: key(),
        type: contentType,
        body: sitePatchBody,
        chunked: fc.boolean(),
      }),
    ),
    fc.record({
      method: fc.constant('GET'),
      path: fc.constantFrom('/v1/keys', '/v1/site', '/v1/site/installs'),
      auth: key(),
    }),
    fc.record({
      method: fc.constant('POST'),
      path: fc.constant('/v1/keys'),
      auth: key(),
      type: contentType,
      body: keyBody,
    }),
    fc.record({
      method: fc.constant('DELETE'),
      path: keyIdOf().map((id) => `/v1/keys/${id}`),
      auth: key(),
    }),
    fc.record({
      method: fc.constant('GET'),
      path: fc
        .oneof(
          fc.constant(t.a.site.publishableKey),
          fc.string({ maxLength: 40 }).map(encodeURIComponent),
        )
        .map((k) => `/v1/sites/${k}/surveys`),
      auth: fc.constant(''),
    }),
  );

/** A body sent with Transfer-Encoding: chunked (no Content-Length). */
const chunkedStream = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      const bytes = new TextEncoder().encode(text);
      for (let i = 0; i < bytes.length; i += 4096) controller.enqueue(bytes.subarray(i, i + 4096));
      controller.close();
    },
  });

describe('every public route under arbitrary input', () => {
  it(`never answers 5xx and changes nothing it refuses (${CASES} cases)`, async () => {
    const surveysOf = async (siteId: string) => JSON.stringify(await t.store.listSurveys(siteId));
    const surveysOfB = await surveysOf(t.b.site.id);
    const hooksOf = async (siteId: string) => JSON.stringify(await t.store.listWebhooks(siteId));
    const hooks = { a: 0, b: 0 };
    const alertsOf = async (siteId: string) => JSON.stringify(await t.store.alerts.list(siteId));
    const rules = { a: 0, b: 0 };
    const deletedRules = new Set<string>();
    const keys = { a: 0, b: 0 };
    // Only B's key ids are ever revoked (keyIdOf), and only with B's write key.
    const keysRevoked = { b: 0 };
    // Requests with tenant B's write key may legitimately create and change B's surveys.
    const created = { a: 0, b: 0 };
    let changedB = false;
    const erased = new Set<string>();
    const deleted = new Set<string>();
    const keyB = `Bearer ${t.b.writeKey}`;
    await fc.assert(
      fc.asyncProperty(request(), async (r) => {
        const changes = r.method === 'PATCH' || r.path.endsWith('/rotate-secret');
        const before = changes ? await surveysOf(t.a.site.id) : undefined;
        const hooksBefore = changes ? await hooksOf(t.a.site.id) : undefined;
        const siteBefore = changes ? JSON.stringify(await t.store.getSite(t.a.site.id)) : undefined;
        const alertsBefore = changes ? await alertsOf(t.a.site.id) : undefined;
        const response = await t.app.request(r.path, {
          method: r.method,
          headers: {
            ...(r.auth && { authorization: r.auth }),
            ...(r.type && { 'content-type': r.type }),
          },
          ...(r.body !== undefined && {
            body: r.chunked ? chunkedStream(r.body) : r.body,
            duplex: 'half',
          }),
        } as RequestInit);
        // The hosted page says what is wrong with a link as a page, not as problem+json.
        const pageRefusal =
          r.path.startsWith('/s/') &&
          [400, 404, 410].includes(response.status) &&
          /^text\/html/.test(response.headers.get('content-type') ?? '');
        if (pageRefusal) await response.arrayBuffer();
        else await expectClientOutcome(response);
        const site = r.auth === keyB ? 'b' : 'a';
        if (r.method === 'POST' && response.status === 201) {
          if (r.path === '/v1/webhooks') hooks[site]++;
          else if (r.path === '/v1/alerts') rules[site]++;
          else if (r.path === '/v1/keys') keys[site]++;
          else created[site]++;
        }
        if (r.auth === keyB && response.status < 300 && r.method !== 'GET') changedB = true;
        const pathname = new URL(r.path, 'http://koe.test').pathname;
        if (pathname.startsWith('/v1/alerts/') && response.status === 204)
          deletedRules.add(decodeURIComponent(pathname.slice('/v1/alerts/'.length)));
        if (pathname.startsWith('/v1/webhooks/') && response.status === 204)
          deleted.add(decodeURIComponent(pathname.slice('/v1/webhooks/'.length)));
        if (r.path.startsWith('/v1/responses/') && response.status === 204)
          erased.add(decodeURIComponent(r.path.slice('/v1/responses/'.length)));
        if (before !== undefined && response.status !== 200) {
          expect(await surveysOf(t.a.site.id)).toBe(before);
          expect(await hooksOf(t.a.site.id)).toBe(hooksBefore);
          expect(JSON.stringify(await t.store.getSite(t.a.site.id))).toBe(siteBefore);
          expect(await alertsOf(t.a.site.id)).toBe(alertsBefore);
        }
        if (pathname.startsWith('/v1/keys/') && response.status === 204) keysRevoked.b++;
      }),
      { numRuns: CASES },
    );
    // Only successful creations added surveys, each to its key's site; no response was lost.
    expect(await t.store.listSurveys(t.a.site.id)).toHaveLength(1 + created.a);
    expect(await t.store.listSurveys(t.b.site.id)).toHaveLength(1 + created.b);
    // Webhooks too; the fixture endpoints are gone only by their own site's successful DELETE.
    const deletedHook = (site: 'a' | 'b') => (deleted.has(webhook[site]) ? 1 : 0);
    expect(await t.store.listWebhooks(t.a.site.id)).toHaveLength(1 + hooks.a - deletedHook('a'));
    expect(await t.store.listWebhooks(t.b.site.id)).toHaveLength(1 + hooks.b - deletedHook('b'));
    // Alert rules likewise.
    const deletedRule = (site: 'a' | 'b') => (deletedRules.has(alert[site]) ? 1 : 0);
    expect(await t.store.alerts.list(t.a.site.id)).toHaveLength(1 + rules.a - deletedRule('a'));
    expect(await t.store.alerts.list(t.b.site.id)).toHaveLength(1 + rules.b - deletedRule('b'));
    // The fixture campaigns are deleted only by a DELETE that names them, which is never sent.
    expect(await t.store.campaigns.get(t.a.site.id, campaign.a)).toBeDefined();
    expect(await t.store.campaigns.get(t.b.site.id, campaign.b)).toBeDefined();
    // Keys: A's two plus those A made; B's plus those B made, less those B revoked.
    expect(await t.store.listSecretKeys(t.a.site.id)).toHaveLength(2 + keys.a);
    expect(await t.store.listSecretKeys(t.b.site.id)).toHaveLength(2 + keys.b - keysRevoked.b);
    if (!changedB) expect(await surveysOf(t.b.site.id)).toBe(surveysOfB);
    for (const id of seeded.b)
      expect(await t.store.getResponse(t.b.site.id, id)).toEqual(
        erased.has(id) ? undefined : expect.anything(),
      );
    for (const id of seeded.a) expect(await t.store.getResponse(t.a.site.id, id)).toBeDefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 240_000);
});
