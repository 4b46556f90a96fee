// Which webhook targets koe accepts: one table of URLs, each checked where a
// target is saved (POST and PATCH /v1/webhooks, 400 problem+json) and where it
// is connected to (the DNS lookup guard for names, the literal check before
// connecting), with KOE_WEBHOOK_ALLOW_PRIVATE off and on. IP literals need no
// DNS, so the table runs offline; `localhost` resolves from the hosts file.
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../src/keys';
import { postWebhook } from '../src/webhooks/post-webhook';
import { newWebhookSecret } from '../src/webhooks/signing';
import { ForbiddenTargetError, guardedLookup } from '../src/webhooks/target-safety';
import { bearer, makeTestApp, postResponse, responseBody, type TestApp } from './fixtures';
import { type Receiver, startReceiver } from './webhook-receiver';

const ALLOWED = 201;
const FORBIDDEN = 'webhook-target-forbidden';
const INVALID = 'invalid-body';

const TARGETS: [url: string, expected: typeof ALLOWED | typeof FORBIDDEN | typeof INVALID][] = [
  // IPv4
  ['https://8.8.8.8/hook', ALLOWED],
  ['https://1.1.1.1:8443/hook', ALLOWED],
  ['http://127.0.0.1:9/hook', FORBIDDEN],
  ['http://localhost:9/hook', FORBIDDEN],
  ['http://0.0.0.0/hook', FORBIDDEN],
  ['http://10.1.2.3/hook', FORBIDDEN],
  ['http://100.64.0.1/hook', FORBIDDEN],
  ['http://172.16.0.1/hook', FORBIDDEN],
  ['http://192.168.0.1/hook', FORBIDDEN],
  ['http://169.254.169.254/latest/meta-data', FORBIDDEN],
  ['http://224.0.0.1/hook', FORBIDDEN],
  // Public IPv6, including neighbours of the refused ranges
  ['https://[2606:4700:4700::1111]/hook', ALLOWED],
  ['https://[2001:4860:4860::8888]/hook', ALLOWED], // 2001:4860::/32 is not Teredo's 2001::/32
  ['https://[2003::1]/hook', ALLOWED], // just past 6to4's 2002::/16
  // Loopback and unspecified, in every spelling
  ['http://[::1]:9/hook', FORBIDDEN],
  ['http://[0:0:0:0:0:0:0:1]/hook', FORBIDDEN],
  ['http://[::]/hook', FORBIDDEN],
  // IPv4-mapped (RFC 4291): refused whole, public IPv4 inside too
  ['http://[::ffff:192.168.0.1]/hook', FORBIDDEN],
  ['http://[::ffff:c0a8:1]/hook', FORBIDDEN],
  ['http://[::ffff:8.8.8.8]/hook', FORBIDDEN],
  // IPv4-compatible (RFC 4291, deprecated); the URL parser turns the first into [::7f00:1]
  ['http://[::127.0.0.1]/hook', FORBIDDEN],
  ['http://[::7f00:1]/hook', FORBIDDEN],
  ['http://[::8.8.8.8]/hook', FORBIDDEN],
  // NAT64 well-known prefix (RFC 6052) and local-use prefix (RFC 8215)
  ['http://[64:ff9b::127.0.0.1]/hook', FORBIDDEN],
  ['http://[64:ff9b::a00:1]/hook', FORBIDDEN],
  ['http://[64:ff9b::8.8.8.8]/hook', FORBIDDEN],
  ['http://[64:ff9b:1::a00:1]/hook', FORBIDDEN],
  ['http://[64:ff9b:1:ffff:ffff:ffff:ffff:ffff]/hook', FORBIDDEN],
  // 6to4 (RFC 3056) of 127.0.0.1 and of 8.8.8.8
  ['http://[2002:7f00:1::1]/hook', FORBIDDEN],
  ['http://[2002:808:808::1]/hook', FORBIDDEN],
  // Teredo (RFC 4380), the RFC's own example address
  ['http://[2001::1]/hook', FORBIDDEN],
  ['http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook', FORBIDDEN],
  // Site-local (RFC 3879), unique local, link-local, multicast
  ['http://[fec0::1]/hook', FORBIDDEN],
  ['http://[FEFF::1]/hook', FORBIDDEN],
  ['http://[fd12:3456::1]/hook', FORBIDDEN],
  ['http://[fe80::1]/hook', FORBIDDEN],
  ['http://[ff02::1]/hook', FORBIDDEN],
  // Not a target at all (refused by the schema, whatever the setting)
  ['ftp://example.com/hook', INVALID],
  ['https://user:pw@example.com/hook', INVALID],
];

const REFUSED_TARGETS = TARGETS.filter(([, expected]) => expected === FORBIDDEN);

let t: TestApp;
afterEach(async () => {
  await t?.cleanup();
});

function api(method: string, path: string, body: unknown) {
  return t.app.request(path, {
    method,
    headers: { ...bearer(t.a.writeKey), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Expects a 201/200 for ALLOWED, else a 400 problem+json with the code, naming the url field. */
async function expectOutcome(response: Response, expected: (typeof TARGETS)[number][1]) {
  if (expected === ALLOWED) {
    expect(response.status, await response.clone().text()).toBeLessThan(300);
    return;
  }
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = await response.json();
  expect(problem.code).toBe(expected);
  expect(problem.issues[0].field).toBe('url');
}

/** Runs the connect-time DNS guard on a host (dns.lookup returns an IP literal as it is). */
function guard(host: string, allowPrivate: boolean): Promise<Error | null> {
  return new Promise((resolve) => guardedLookup(allowPrivate)(host, {}, (error) => resolve(error)));
}

const hostOf = (url: string) => new URL(url).hostname.replace(/^\[|\]$/g, '');

describe('webhook targets with KOE_WEBHOOK_ALLOW_PRIVATE off', () => {
  it.each(TARGETS)('POST and PATCH /v1/webhooks with %s: %s', async (url, expected) => {
    t = await makeTestApp();
    await expectOutcome(
      await api('POST', '/v1/webhooks', { url, events: ['response.created'] }),
      expected,
    );
    const created = await api('POST', '/v1/webhooks', {
      url: 'https://[2606:4700:4700::1111]/hook',
      events: ['response.created'],
    });
    const { id } = await created.json();
    await expectOutcome(await api('PATCH', `/v1/webhooks/${id}`, { url }), expected);
    // A refused change leaves the saved target as it was.
    const saved = await t.app.request(`/v1/webhooks/${id}`, { headers: bearer(t.a.readKey) });
    const expectedUrl = expected === ALLOWED ? url : 'https://[2606:4700:4700::1111]/hook';
    expect((await saved.json()).url).toBe(expectedUrl);
    // A refused creation stores nothing.
    const list = await t.app.request('/v1/webhooks', { headers: bearer(t.a.readKey) });
    expect((await list.json()).data).toHaveLength(expected === ALLOWED ? 2 : 1);
  });

  it.each(
    TARGETS.filter(([, expected]) => expected !== INVALID),
  )('at connect time %s: %s', async (url, expected) => {
    const error = await guard(hostOf(url), false);
    if (expected === ALLOWED) {
      expect(error).toBeNull();
      return;
    }
    expect(error).toBeInstanceOf(ForbiddenTargetError);
    // Node never calls the lookup for an IP literal: those are refused before connecting.
    if (url.includes('localhost')) return;
    const result = await postWebhook(url, {}, '{}', { timeoutMs: 1_000, allowPrivate: false });
    expect(result).toMatchObject({ statusCode: null, latencyMs: 0 });
    expect(result.error).toMatch(/internal address/);
  });
});

describe('webhook targets with KOE_WEBHOOK_ALLOW_PRIVATE=true', () => {
  it.each(REFUSED_TARGETS)('accepts %s when saved and at connect time', async (url) => {
    t = await makeTestApp({ webhookAllowPrivate: true });
    const response = await api('POST', '/v1/webhooks', { url, events: ['response.created'] });
    expect(response.status).toBe(201);
    expect(await guard(hostOf(url), true)).toBeNull();
  });

  it('still refuses what is not an http(s) URL', async () => {
    t = await makeTestApp({ webhookAllowPrivate: true });
    for (const [url] of TARGETS.filter(([, expected]) => expected === INVALID)) {
      const response = await api('POST', '/v1/webhooks', { url, events: ['response.created'] });
      await expectOutcome(response, INVALID);
    }
  });
});

describe('delivery to a target that is no longer allowed', () => {
  let receiver: Receiver;
  afterEach(async () => {
    await receiver.close();
  });

  it('is a failed attempt, and no connection is made', async () => {
    // Saved while private targets were allowed; the server now refuses them.
    receiver = await startReceiver();
    t = await makeTestApp({ webhookRetryDelaysMs: [], webhookTimeoutMs: 2_000 });
    const endpointId = newId('wh');
    await t.store.createWebhook({
      id: endpointId,
      siteId: t.a.site.id,
      url: receiver.url,
      events: ['response.created'],
      surveyIds: null,
      buckets: null,
      format: 'standard',
      secret: newWebhookSecret(),
      previousSecret: null,
      previousSecretUntil: null,
      status: 'active',
      createdAt: t.clock.now(),
      updatedAt: t.clock.now(),
    });
    t.app.services.webhooks.start();
    expect((await postResponse(t.app, responseBody(t.a))).status).toBe(202);
    const deliveries = async () =>
      (
        await (
          await t.app.request(`/v1/webhooks/${endpointId}/deliveries`, {
            headers: bearer(t.a.readKey),
          })
        ).json()
      ).data;
    const end = Date.now() + 5_000;
    while ((await deliveries())[0]?.status !== 'failed') {
      if (Date.now() > end) throw new Error('the delivery was not given up');
      t.app.services.webhooks.wake();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [delivery] = await deliveries();
    expect(delivery.attempts).toHaveLength(1);
    expect(delivery.attempts[0]).toMatchObject({ statusCode: null });
    expect(delivery.attempts[0].error).toMatch(/127\.0\.0\.1 is an internal address/);
    expect(receiver.received).toHaveLength(0);
  });
});
