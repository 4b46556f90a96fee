// Outgoing webhooks: management over /v1/webhooks, outbound safety, and
// delivery to a real receiver on 127.0.0.1 — signed per Standard Webhooks
// (checked with the `standardwebhooks` library, an implementation that is not
// ours), filtered by event, survey and bucket, retried with backoff, given up
// after the last attempt, logged, and in Slack's format on request.
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signature } from '../src/webhooks/signing';
import { bearer, makeTestApp, postResponse, responseBody, type TestApp } from './fixtures';
import { type Receiver, startReceiver } from './webhook-receiver';

let t: TestApp;
let receiver: Receiver;
beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  await t?.cleanup();
  await receiver.close();
});

/** An app whose webhooks may reach 127.0.0.1, retrying quickly. */
async function appWithWebhooks(retryDelaysMs = [30, 30]) {
  t = await makeTestApp({
    webhookAllowPrivate: true,
    webhookTimeoutMs: 2_000,
    webhookRetryDelaysMs: retryDelaysMs,
    publicUrl: 'https://feedback.example',
  });
  return t;
}

function api(method: string, path: string, key: string, body?: unknown) {
  return t.app.request(path, {
    method,
    headers: { ...bearer(key), ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

async function createEndpoint(body: Record<string, unknown>) {
  const response = await api('POST', '/v1/webhooks', t.a.writeKey, body);
  expect(response.status).toBe(201);
  return response.json();
}

/** Real time passes: the dispatcher uses the app's clock, which the tests move along. */
async function until(check: () => boolean | Promise<boolean>, ms = 5_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    t.clock.advance(1_000);
    t.app.services.webhooks.wake();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('/v1/webhooks', () => {
  it('creates an endpoint with a whsec_ secret shown once; lists, changes, rotates, deletes', async () => {
    await appWithWebhooks();
    const created = await createEndpoint({ url: receiver.url, events: ['response.finished'] });
    expect(created).toMatchObject({ url: receiver.url, format: 'standard', status: 'active' });
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const listed = await (await api('GET', '/v1/webhooks', t.a.readKey)).json();
    expect(listed.data).toHaveLength(1);
    expect(listed.data[0].secret).toBeUndefined();
    const changed = await api('PATCH', `/v1/webhooks/${created.id}`, t.a.writeKey, {
      buckets: ['detractor'],
    });
    expect((await changed.json()).buckets).toEqual(['detractor']);
    const rotated = await (
      await api('POST', `/v1/webhooks/${created.id}/rotate-secret`, t.a.writeKey)
    ).json();
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(created.secret);
    expect((await api('DELETE', `/v1/webhooks/${created.id}`, t.a.writeKey)).status).toBe(204);
    expect((await api('GET', `/v1/webhooks/${created.id}`, t.a.readKey)).status).toBe(404);
  });

  it('needs the write scope to change, and shows nothing to another site', async () => {
    await appWithWebhooks();
    const body = { url: receiver.url, events: ['response.created'] };
    expect((await api('POST', '/v1/webhooks', t.a.readKey, body)).status).toBe(403);
    const created = await createEndpoint(body);
    for (const [method, path] of [
      ['GET', `/v1/webhooks/${created.id}`],
      ['PATCH', `/v1/webhooks/${created.id}`],
      ['DELETE', `/v1/webhooks/${created.id}`],
      ['POST', `/v1/webhooks/${created.id}/rotate-secret`],
      ['GET', `/v1/webhooks/${created.id}/deliveries`],
    ] as const) {
      const response = await api(method, path, t.b.writeKey, method === 'PATCH' ? {} : undefined);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(created.id);
    }
    expect((await (await api('GET', '/v1/webhooks', t.b.readKey)).json()).data).toEqual([]);
    const unknownSurvey = await api('POST', '/v1/webhooks', t.a.writeKey, {
      ...body,
      surveyIds: ['srv_b'],
    });
    expect(unknownSurvey.status).toBe(400);
  });

  // Which targets are refused: target-safety.test.ts.
});

describe('delivery', () => {
  it('sends the matching events signed per Standard Webhooks, once each', async () => {
    await appWithWebhooks();
    // The verifier refuses timestamps more than five minutes from its own clock.
    t.clock.set(Date.now());
    const { secret } = await createEndpoint({
      url: receiver.url,
      events: ['response.finished'],
      buckets: ['detractor'],
      surveyIds: [t.a.surveyId],
    });
    t.app.services.webhooks.start();
    const detractor = responseBody(t.a, { score: 2, comment: 'late <b>again</b>' });
    const partial = responseBody(t.a, { score: 4, finished: false });
    for (const body of [detractor, responseBody(t.a, { score: 10 }), partial])
      expect((await postResponse(t.app, body)).status).toBe(202);
    // Finishing the partial answer raises response.finished for it.
    expect((await postResponse(t.app, { ...partial, finished: true })).status).toBe(200);
    await until(() => receiver.received.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received).toHaveLength(2);

    const verifier = new Webhook(secret);
    const events = receiver.received.map(({ headers, body }) =>
      verifier.verify(body, headers as Record<string, string>),
    ) as Array<{ type: string; data: { response: { id: string; comment: string | null } } }>;
    expect(events.map((e) => e.type)).toEqual(['response.finished', 'response.finished']);
    expect(events.map((e) => e.data.response.id).sort()).toEqual([detractor.id, partial.id].sort());
    expect(events.find((e) => e.data.response.id === detractor.id)?.data.response.comment).toBe(
      'late <b>again</b>',
    );
    // A tampered body does not verify.
    const [first] = receiver.received;
    expect(() =>
      verifier.verify(`${first?.body} `, first?.headers as Record<string, string>),
    ).toThrow();
  });

  it('after a rotation signs with the new and the old secret for a day, then the new one only', async () => {
    await appWithWebhooks();
    t.clock.set(Date.now());
    const created = await createEndpoint({ url: receiver.url, events: ['response.created'] });
    const rotated = await (
      await api('POST', `/v1/webhooks/${created.id}/rotate-secret`, t.a.writeKey)
    ).json();
    t.app.services.webhooks.start();
    expect((await postResponse(t.app, responseBody(t.a))).status).toBe(202);
    await until(() => receiver.received.length === 1);
    const [during] = receiver.received;
    const headers = during?.headers as Record<string, string>;
    expect(headers['webhook-signature']?.split(' ')).toHaveLength(2);
    for (const secret of [created.secret, rotated.secret])
      expect(() => new Webhook(secret).verify(during?.body as string, headers)).not.toThrow();

    // A day later only the new secret signs.
    t.clock.advance(24 * 3_600_000 + 1);
    expect((await postResponse(t.app, responseBody(t.a))).status).toBe(202);
    await until(() => receiver.received.length === 2);
    const after = receiver.received[1];
    const h = after?.headers as Record<string, string>;
    const signed = (secret: string) =>
      signature(
        secret,
        h['webhook-id'] as string,
        Number(h['webhook-timestamp']),
        after?.body as string,
      );
    expect(h['webhook-signature']).toBe(signed(rotated.secret));
    expect(h['webhook-signature']).not.toContain(signed(created.secret));
  });

  it('retries a failing receiver and logs every attempt', async () => {
    await appWithWebhooks([30, 30, 30]);
    const endpoint = await createEndpoint({ url: receiver.url, events: ['response.created'] });
    receiver.script(500, 503);
    t.app.services.webhooks.start();
    expect((await postResponse(t.app, responseBody(t.a))).status).toBe(202);
    await until(() => receiver.processed.size === 1);
    const ids = new Set(receiver.received.map((r) => r.headers['webhook-id']));
    expect(receiver.received).toHaveLength(3);
    expect(ids.size).toBe(1); // the same webhook-id on every retry
    const deliveries = async () =>
      (await api('GET', `/v1/webhooks/${endpoint.id}/deliveries`, t.a.readKey)).json();
    // The receiver has answered; the dispatcher records the attempt right after.
    await until(async () => (await deliveries()).data[0]?.attempts.length === 3);
    const log = await deliveries();
    expect(log.data).toHaveLength(1);
    expect(log.data[0]).toMatchObject({ event: 'response.created', status: 'delivered' });
    expect(log.data[0].attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([
      500, 503, 200,
    ]);
    for (const a of log.data[0].attempts) expect(a.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('gives up after the last attempt and marks the endpoint failing', async () => {
    await appWithWebhooks([20, 20]);
    const endpoint = await createEndpoint({ url: receiver.url, events: ['response.created'] });
    receiver.script(500, 500, 500, 500);
    t.app.services.webhooks.start();
    expect((await postResponse(t.app, responseBody(t.a))).status).toBe(202);
    await until(async () => {
      const e = await (await api('GET', `/v1/webhooks/${endpoint.id}`, t.a.readKey)).json();
      return e.status === 'failing';
    });
    expect(receiver.received).toHaveLength(3);
    const log = await (
      await api('GET', `/v1/webhooks/${endpoint.id}/deliveries`, t.a.readKey)
    ).json();
    expect(log.data[0]).toMatchObject({ status: 'failed', nextAttemptAt: null });
    // Re-enabled by hand, it delivers again.
    const patched = await api('PATCH', `/v1/webhooks/${endpoint.id}`, t.a.writeKey, {
      status: 'active',
    });
    expect((await patched.json()).status).toBe('active');
  });

  it('paused: sends nothing while events wait; resumed, sends them', async () => {
    await appWithWebhooks();
    const endpoint = await createEndpoint({ url: receiver.url, events: ['response.created'] });
    const paused = await api('PATCH', `/v1/webhooks/${endpoint.id}`, t.a.writeKey, {
      status: 'paused',
    });
    expect(paused.status).toBe(200);
    expect((await paused.json()).status).toBe('paused');
    t.app.services.webhooks.start();
    const answer = responseBody(t.a);
    expect((await postResponse(t.app, answer)).status).toBe(202);
    for (let i = 0; i < 5; i++) {
      t.clock.advance(1_000);
      t.app.services.webhooks.wake();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(receiver.received).toEqual([]);
    const log = await (
      await api('GET', `/v1/webhooks/${endpoint.id}/deliveries`, t.a.readKey)
    ).json();
    expect(log.data).toMatchObject([{ status: 'pending', attempts: [] }]);
    // Only active and paused can be asked for; failing is the server's to say.
    const failing = await api('PATCH', `/v1/webhooks/${endpoint.id}`, t.a.writeKey, {
      status: 'failing',
    });
    expect(failing.status).toBe(400);

    const resumed = await api('PATCH', `/v1/webhooks/${endpoint.id}`, t.a.writeKey, {
      status: 'active',
    });
    expect((await resumed.json()).status).toBe('active');
    await until(() => receiver.received.length === 1);
    expect(JSON.parse(receiver.received[0]?.body ?? '{}').data.response.id).toBe(answer.id);
  });

  it('does not follow redirects: a 3xx is a failed attempt', async () => {
    await appWithWebhooks([20]);
    const endpoint = await createEndpoint({ url: receiver.url, events: ['response.created'] });
    receiver.script({ redirect: 'http://169.254.169.254/' }, { redirect: 'http://10.0.0.1/' });
    t.app.services.webhooks.start();
    expect((await postResponse(t.app, responseBody(t.a))).status).toBe(202);
    await until(async () => {
      const log = await (
        await api('GET', `/v1/webhooks/${endpoint.id}/deliveries`, t.a.readKey)
      ).json();
      return log.data[0]?.status === 'failed';
    });
    const log = await (
      await api('GET', `/v1/webhooks/${endpoint.id}/deliveries`, t.a.readKey)
    ).json();
    expect(log.data[0].attempts[0]).toMatchObject({
      statusCode: 302,
      error: 'redirects are not followed',
    });
    expect(receiver.received).toHaveLength(2);
  });

  it('formats a Slack message with score, bucket, comment as text, touchpoint and a link', async () => {
    await appWithWebhooks();
    await createEndpoint({ url: receiver.url, events: ['response.created'], format: 'slack' });
    t.app.services.webhooks.start();
    const body = responseBody(t.a, {
      score: 3,
      comment: 'card <declined> & cart lost',
      touchpoint: 'checkout',
      reasons: ['price'],
    });
    expect((await postResponse(t.app, body)).status).toBe(202);
    await until(() => receiver.received.length === 1);
    const message = JSON.parse(receiver.received[0]?.body as string);
    expect(message.text).toContain('3 (detractor)');
    const text = message.blocks[0].text.text as string;
    expect(text).toContain('*3* (detractor) at checkout');
    expect(text).toContain('card &lt;declined&gt; &amp; cart lost');
    expect(text).toContain('Reasons: price');
    expect(text).toContain(`<https://feedback.example/app/surveys/${t.a.surveyId}|Open in koe>`);
  });
});
