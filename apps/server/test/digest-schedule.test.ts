// Scheduled digests end to end on SQLite and PostgreSQL, with the clock as a
// dependency: the digest goes out at 08:00 on Monday in the recipient's zone
// (Asia/Tokyo here), once per week whatever the processes and restarts, to a
// real SMTP server; the one-click unsubscribe (RFC 8058) stops the next ones.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSite } from '../src/admin';
import { createApp, type KoeApp } from '../src/app';
import { ManualClock } from '../src/clock';
import { silentLogger } from '../src/log';
import type { Store } from '../src/store/types';
import { responseWrite } from './response-writes';
import { type Inbox, startInbox } from './smtp-inbox';
import { addNpsSurvey, type OpenedStore, storeBackends } from './store-backends';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const START = Date.UTC(2026, 0, 1, 3); // Thursday 1 January, 12:00 in Tokyo
/** Monday 5 January 2026, 08:00 in Tokyo. */
const FIRST_MONDAY_8AM_TOKYO = Date.UTC(2026, 0, 4, 23);
const backends = await storeBackends('digest-schedule');

let inbox: Inbox;
beforeAll(async () => {
  inbox = await startInbox();
});
afterAll(async () => {
  await inbox.close();
});

describe.each(backends)('digests on $name', (backend) => {
  let opened: OpenedStore;
  let store: Store;
  let clock: ManualClock;
  let app: KoeApp;
  let siteId: string;
  let key: string;
  const surveyId = 'srv_digest';

  const makeApp = (on: Store, smtp = true) =>
    createApp({
      store: on,
      clock,
      log: silentLogger,
      config: {
        ...(smtp && { smtpUrl: inbox.url }),
        publicUrl: 'https://koe.example',
        clientRateLimit: 0,
        siteRateLimit: 0,
        failedKeyRateLimit: 0,
      },
    });
  const api = (path: string, init: { method?: string; body?: unknown } = {}, on = app) =>
    on.request(`/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
    });

  beforeEach(async (context) => {
    if (!backend.available) return context.skip();
    inbox.messages.length = 0;
    opened = await backend.open();
    store = opened.store;
    clock = new ManualClock(START);
    const made = await createSite(store, clock, { name: 'Digest shop', origins: ['*'] });
    siteId = made.site.id;
    key = made.secretKey;
    await addNpsSurvey(store, siteId, surveyId);
    app = makeApp(store);
    // Four weeks of answers before the first digest: 10 promoters and 4 detractors a day.
    const writes = [];
    for (let d = -28; d < 4; d++)
      for (let i = 0; i < 14; i++)
        writes.push(
          responseWrite({
            siteId,
            surveyId,
            score: i < 10 ? 10 : 3,
            receivedAt: START + d * DAY + i * HOUR,
            ...(i === 13 && d === 2 && { comment: 'Delivery <b>late</b> again' }),
          }),
        );
    await store.writeResponses(writes, START + 4 * DAY);
  });

  afterEach(async () => {
    if (!backend.available) return;
    await app.drain();
    await opened.close();
  });

  it('goes out at 08:00 on Monday in the recipient’s zone, once a week, and stops on one click', async () => {
    const created = await api('/digests', {
      method: 'POST',
      body: { surveyId, email: 'lead@shop.example', timeZone: 'Asia/Tokyo' },
    });
    expect(created.status).toBe(201);
    const digest = (await created.json()) as { id: string; nextSendAt: string; hour: number };
    expect(digest.hour).toBe(8);
    expect(digest.nextSendAt).toBe(new Date(FIRST_MONDAY_8AM_TOKYO).toISOString());

    clock.set(FIRST_MONDAY_8AM_TOKYO - 60_000);
    expect(await app.services.digests?.runOnce()).toBe(0);
    clock.set(FIRST_MONDAY_8AM_TOKYO + 30_000);
    // Two processes at once, then the first again: one mail.
    const other = makeApp(await opened.twin());
    try {
      const queued = await Promise.all([
        app.services.digests?.runOnce(),
        other.services.digests?.runOnce(),
      ]);
      expect((queued[0] ?? 0) + (queued[1] ?? 0)).toBe(1);
    } finally {
      await other.drain();
    }
    clock.advance(20 * 60_000); // past any lease
    expect(await app.services.digests?.runOnce()).toBe(0);
    expect(await app.services.mailOutbox?.drain()).toBe(1);

    const [mail] = inbox.to('lead@shop.example');
    expect(mail?.subject).toContain(surveyId);
    // Monday 29 Dec – Sunday 4 Jan in Tokyo: 14 answers a day, 10 promoters and 4 detractors.
    expect(mail?.text).toContain('42.9');
    expect(mail?.html).toContain('Delivery &lt;b&gt;late&lt;/b&gt; again');
    expect(mail?.html).not.toMatch(/<script|<svg|<img/i);
    const header = (name: string) =>
      mail?.headerLines.find((line) => line.key === name)?.line ?? '';
    const unsubscribe = /<(https:\/\/koe\.example\/v1\/digests\/unsubscribe\?token=[\w-]+)>/.exec(
      header('list-unsubscribe'),
    )?.[1];
    expect(unsubscribe).toBeDefined();
    expect(header('list-unsubscribe-post')).toMatch(/List-Unsubscribe=One-Click/);

    // The next Monday: one more.
    clock.set(FIRST_MONDAY_8AM_TOKYO + 7 * DAY + 60_000);
    expect(await app.services.digests?.runOnce()).toBe(1);

    // The link: GET shows a button and changes nothing; the one-click POST unsubscribes.
    const path = new URL(unsubscribe as string).pathname + new URL(unsubscribe as string).search;
    const pageAnswer = await app.request(path);
    expect(pageAnswer.status).toBe(200);
    expect(await pageAnswer.text()).toContain('<form method="post"');
    expect(((await (await api(`/digests/${digest.id}`)).json()) as { status: string }).status).toBe(
      'active',
    );
    const clicked = await app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(clicked.status).toBe(200);
    const after = (await (await api(`/digests/${digest.id}`)).json()) as {
      status: string;
      nextSendAt: string | null;
    };
    expect(after).toMatchObject({ status: 'unsubscribed', nextSendAt: null });
    clock.set(FIRST_MONDAY_8AM_TOKYO + 14 * DAY + 60_000);
    expect(await app.services.digests?.runOnce()).toBe(0);
    // An unknown token gets the same answer and changes nothing.
    const unknown = await app.request('/v1/digests/unsubscribe?token=nope', { method: 'POST' });
    expect(unknown.status).toBe(200);
  });

  it('a monthly digest is made on the 1st; without SMTP none can be set up', async () => {
    const created = await api('/digests', {
      method: 'POST',
      body: {
        surveyId,
        email: 'owner@shop.example',
        interval: 'month',
        timeZone: 'America/New_York',
        hour: 7,
      },
    });
    expect(created.status).toBe(201);
    const digest = (await created.json()) as { nextSendAt: string };
    // Made on 31 December in New York: the first goes out on 1 January, 07:00 there (UTC−5).
    expect(digest.nextSendAt).toBe('2026-01-01T12:00:00.000Z');

    const bad = await api('/digests', {
      method: 'POST',
      body: { surveyId, email: 'x@shop.example', timeZone: 'Mars/Olympus' },
    });
    expect(bad.status).toBe(400);
    const noSurvey = await api('/digests', {
      method: 'POST',
      body: { surveyId: 'srv_nope', email: 'x@shop.example' },
    });
    expect(noSurvey.status).toBe(400);

    const quiet = makeApp(store, false);
    try {
      const refused = await api(
        '/digests',
        { method: 'POST', body: { surveyId, email: 'x@shop.example' } },
        quiet,
      );
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as { type: string }).type).toMatch(/email-not-configured$/);
    } finally {
      await quiet.drain();
    }
  });
});
