// Alerts end to end, on SQLite and PostgreSQL, with the clock as a
// dependency: weeks of answers written day by day while the scheduler runs
// as `koe serve` runs it; events go out through a real webhook receiver and
// a real SMTP server. A drop fires once and resolves once; stable noise
// fires nothing; answers stopping fires; a Japanese keyword fires; a
// restart between evaluation and delivery sends exactly once; two processes
// evaluating at once fire once.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSite } from '../src/admin';
import { createApp, type KoeApp } from '../src/app';
import { ManualClock } from '../src/clock';
import { silentLogger } from '../src/log';
import type { AlertEventRecord } from '../src/store/alert-types';
import type { ResponseWrite, Store } from '../src/store/types';
import { expectClientOutcome, oddValue } from './fuzz-values';
import { responseWrite } from './response-writes';
import { type Inbox, startInbox } from './smtp-inbox';
import { addNpsSurvey, type OpenedStore, storeBackends } from './store-backends';
import { type Receiver, startReceiver } from './webhook-receiver';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const START = Date.UTC(2026, 0, 1); // a Thursday, midnight UTC
const backends = await storeBackends('alerts');

let receiver: Receiver;
let inbox: Inbox;
beforeAll(async () => {
  receiver = await startReceiver();
  inbox = await startInbox();
});
afterAll(async () => {
  await receiver.close();
  await inbox.close();
});

/** A seeded generator (mulberry32): the same answers on both backends and every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An NPS score with these shares of promoters and detractors (the rest passives). */
function npsScore(next: () => number, promoters: number, detractors: number): number {
  const u = next();
  if (u < promoters) return 9 + Math.floor(next() * 2);
  if (u < promoters + detractors) return Math.floor(next() * 7);
  return 7 + Math.floor(next() * 2);
}

async function until(check: () => boolean | Promise<boolean>, ms = 5_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(backends)('alerts on $name', (backend) => {
  let opened: OpenedStore;
  let store: Store;
  let clock: ManualClock;
  let app: KoeApp;
  let siteId: string;
  let key: string;
  const surveyId = 'srv_alerts';
  const next = random(7);

  const makeApp = (on: Store) =>
    createApp({
      store: on,
      clock,
      log: silentLogger,
      config: {
        smtpUrl: inbox.url,
        webhookAllowPrivate: true,
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

  /** `perDay` answers on the local (UTC) day starting at `day`, spread over 08:00–20:00. */
  async function answerDay(day: number, perDay: number, shares: [number, number], extra = {}) {
    const writes: ResponseWrite[] = [];
    for (let i = 0; i < perDay; i++) {
      const receivedAt = day + 8 * HOUR + Math.floor(((i + next()) / perDay) * 12 * HOUR);
      writes.push(
        responseWrite({
          siteId,
          surveyId,
          score: npsScore(next, ...shares),
          receivedAt,
          ...extra,
        }),
      );
    }
    await store.writeResponses(writes, day + 21 * HOUR);
  }

  const webhookEvents = () =>
    [...receiver.processed.values()]
      .map((r) => JSON.parse(r.body) as { type?: string; data: { alert?: { id: string } } })
      .filter((e) => e.type?.startsWith('alert.'));
  const slackMessages = () =>
    [...receiver.processed.values()]
      .map((r) => JSON.parse(r.body) as { type?: string; text?: string })
      .filter((e) => e.type === undefined);

  beforeEach(async (context) => {
    if (!backend.available) return context.skip();
    receiver.received.length = 0;
    receiver.processed.clear();
    inbox.messages.length = 0;
    opened = await backend.open();
    store = opened.store;
    clock = new ManualClock(START);
    const made = await createSite(store, clock, { name: 'Alert shop', origins: ['*'] });
    siteId = made.site.id;
    key = made.secretKey;
    await addNpsSurvey(store, siteId, surveyId);
    app = makeApp(store);
    const hook = await api('/webhooks', {
      method: 'POST',
      body: { url: receiver.url, events: ['alert.triggered', 'alert.resolved'] },
    });
    expect(hook.status).toBe(201);
    const slack = await api('/webhooks', {
      method: 'POST',
      body: { url: `${receiver.url}/slack`, events: ['alert.triggered'], format: 'slack' },
    });
    expect(slack.status).toBe(201);
  });

  afterEach(async () => {
    if (!backend.available) return;
    await app.drain();
    await opened.close();
  });

  it('a real drop fires once and resolves once; the weeks of stable noise before fire nothing', async () => {
    const created = await api('/alerts', {
      method: 'POST',
      body: { kind: 'score-drop', surveyId, emails: ['team@shop.example'] },
    });
    expect(created.status).toBe(201);
    const rule = (await created.json()) as { id: string; name: string; settings: unknown };
    expect(rule.name).toBe(`NPS drop: ${surveyId}`);
    expect(rule.settings).toEqual({
      recentDays: 7,
      baselineDays: 28,
      alpha: 0.01,
      minAnswers: 20,
      cadence: 'daily',
    });

    const stable: [number, number] = [0.5, 0.2]; // NPS +30
    const dropped: [number, number] = [0.3, 0.4]; // NPS −10
    const events: Array<AlertEventRecord & { day: number }> = [];
    for (let d = 0; d < 110; d++) {
      const shares = d >= 60 && d < 75 ? dropped : stable;
      await answerDay(START + d * DAY, 50, shares);
      // Just after the next local midnight, as the server's minute timer would.
      clock.set(START + (d + 1) * DAY + 60_000);
      for (const event of await app.services.alerts.runOnce()) events.push({ ...event, day: d });
    }
    expect(events.map((e) => [e.type, e.day])).toEqual([
      ['triggered', expect.any(Number)],
      ['resolved', expect.any(Number)],
    ]);
    const [triggered, resolved] = events as [(typeof events)[0], (typeof events)[0]];
    // Detected within days of the drop, cleared within days of the recovery.
    expect(triggered.day).toBeGreaterThanOrEqual(60);
    expect(triggered.day).toBeLessThanOrEqual(64);
    expect(resolved.day).toBeGreaterThanOrEqual(75);
    expect(resolved.day).toBeLessThanOrEqual(75 + 14);
    expect(triggered.summary).toMatch(
      /^NPS fell from \d+(\.\d)? to -?\d+(\.\d)? \(−\d+(\.\d)? points\)/,
    );
    expect(Number(triggered.details.p)).toBeLessThan(0.01);
    expect(resolved.summary).toMatch(/^NPS is back/);

    // The same two events went to the webhook (signed, once each) and by email.
    app.services.webhooks.start();
    await app.services.mailOutbox?.drain();
    await until(() => webhookEvents().length === 2);
    expect(webhookEvents().map((e) => e.type)).toEqual(['alert.triggered', 'alert.resolved']);
    // The Slack endpoint asked for alerts only, and gets the summary line.
    await until(() => slackMessages().length === 1);
    expect(slackMessages()[0]?.text).toBe(`Alert: NPS drop: ${surveyId} — ${triggered.summary}`);
    const mails = inbox.to('team@shop.example');
    expect(mails.map((m) => m.subject)).toEqual([
      `Alert: NPS drop: ${surveyId}`,
      `All clear: NPS drop: ${surveyId}`,
    ]);
    expect(mails[0]?.text).toContain(triggered.summary);
    expect(mails[0]?.html).toContain('https://koe.example/app/surveys/srv_alerts');

    const listed = await api(`/alerts/${rule.id}/events`);
    expect(((await listed.json()) as { data: unknown[] }).data).toHaveLength(2);
    const now = (await (await api(`/alerts/${rule.id}`)).json()) as { firing: unknown[] };
    expect(now.firing).toEqual([]);
  });

  it('answers stopping fires the silence alert within hours, and the day after, the volume alert', async () => {
    for (let d = 0; d < 35; d++) await answerDay(START + d * DAY, 48, [0.5, 0.2]);
    clock.set(START + 35 * DAY + 60_000);
    const created = await api('/alerts', {
      method: 'POST',
      body: { kind: 'volume', surveyId, emails: ['ops@shop.example'] },
    });
    expect(created.status).toBe(201);
    const rule = (await created.json()) as { id: string };
    expect(await app.services.alerts.runOnce()).toEqual([]);

    // Day 35: no answers at all. The scheduler runs every hour of the day.
    const fired: Array<{ hour: number; event: AlertEventRecord }> = [];
    for (let h = 1; h <= 30; h++) {
      clock.set(START + 35 * DAY + h * HOUR + 60_000);
      for (const event of await app.services.alerts.runOnce()) fired.push({ hour: h, event });
    }
    const silence = fired.filter((f) => f.event.segment?.value === 'silence');
    const daily = fired.filter((f) => f.event.segment?.value === 'daily-volume');
    expect(silence).toHaveLength(1);
    expect(silence[0]?.event.type).toBe('triggered');
    // Business hours start at 08:00; about four answers an hour are usual.
    expect(silence[0]?.hour).toBeGreaterThanOrEqual(9);
    expect(silence[0]?.hour).toBeLessThanOrEqual(13);
    expect(silence[0]?.event.summary).toMatch(
      /^No answers for \d+ hours .*the widget may be broken/,
    );
    expect(daily.map((f) => f.event.type)).toEqual(['triggered']);
    expect(daily[0]?.hour).toBe(24); // the evaluation after the empty day's midnight
    expect(daily[0]?.event.summary).toMatch(/^Answers fell: 0 answers on 2026-02-05/);

    const firing = (await (await api(`/alerts/${rule.id}`)).json()) as { firing: unknown[] };
    expect(firing.firing).toHaveLength(2);

    // Answers come back: the silence clears at the next hour.
    await answerDay(START + 36 * DAY, 48, [0.5, 0.2]);
    clock.set(START + 36 * DAY + 21 * HOUR + 60_000);
    const after = await app.services.alerts.runOnce();
    expect(after.filter((e) => e.segment?.value === 'silence').map((e) => e.type)).toEqual([
      'resolved',
    ]);
  });

  it('a keyword in Japanese fires once per answer, and erasing the answer erases the alert', async () => {
    const created = await api('/alerts', {
      method: 'POST',
      body: {
        kind: 'keyword',
        surveyId,
        settings: { keywords: ['返金', 'refund'] },
        emails: ['care@shop.example'],
      },
    });
    expect(created.status).toBe(201);
    const rule = (await created.json()) as { id: string };
    clock.advance(60_000);
    const [hit, miss] = [
      responseWrite({ siteId, surveyId, score: 2, comment: '商品が届かないので返金してほしい' }),
      responseWrite({ siteId, surveyId, score: 9, comment: 'とても使いやすい' }),
    ];
    await store.writeResponses([hit, miss], clock.now());
    clock.advance(60_000);
    const events = await app.services.alerts.runOnce();
    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toContain('“返金”');
    expect(events[0]?.summary).toContain('商品が届かないので返金してほしい');
    expect(events[0]?.responseId).toBe(hit.id);
    // Looked at again a minute later (the lookback reads the same answers): nothing new.
    clock.advance(60_000);
    expect(await app.services.alerts.runOnce()).toEqual([]);

    const erased = await api(`/responses/${hit.id}`, { method: 'DELETE' });
    expect(erased.status).toBe(204);
    const listed = await api(`/alerts/${rule.id}/events`);
    expect(((await listed.json()) as { data: unknown[] }).data).toEqual([]);
    // Its email, still queued, went with it.
    await app.services.mailOutbox?.drain();
    expect(inbox.to('care@shop.example')).toEqual([]);
  });

  it('a restart between evaluation and delivery sends each message exactly once', async () => {
    await api('/alerts', {
      method: 'POST',
      body: {
        kind: 'keyword',
        surveyId,
        settings: { keywords: ['refund'] },
        emails: ['a@shop.example', 'b@shop.example'],
      },
    });
    clock.advance(60_000);
    await store.writeResponses(
      [responseWrite({ siteId, surveyId, score: 1, comment: 'I want a refund.' })],
      clock.now(),
    );
    clock.advance(60_000);
    expect(await app.services.alerts.runOnce()).toHaveLength(1);
    // The process stops before its dispatchers ran.
    await app.drain();

    // Another process on the same database: it delivers what was committed, once.
    const twin = await opened.twin();
    const restarted = makeApp(twin);
    try {
      expect(await restarted.services.alerts.runOnce()).toEqual([]);
      restarted.services.webhooks.start();
      expect(await restarted.services.mailOutbox?.drain()).toBe(2);
      await until(() => webhookEvents().length === 1);
      clock.advance(10 * 60_000);
      expect(await restarted.services.alerts.runOnce()).toEqual([]);
      expect(await restarted.services.mailOutbox?.drain()).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receiver.received.filter((r) => r.body.includes('"alert.'))).toHaveLength(1);
      expect(inbox.to('a@shop.example')).toHaveLength(1);
      expect(inbox.to('b@shop.example')).toHaveLength(1);
      expect(inbox.to('a@shop.example')[0]?.messageId).toMatch(/^<mail_[\w-]+@koe\.example>$/);
    } finally {
      await restarted.drain();
    }
  });

  it('two processes evaluating at once raise each alert once', async () => {
    await api('/alerts', {
      method: 'POST',
      body: { kind: 'keyword', surveyId, settings: { keywords: ['broken'] } },
    });
    clock.advance(60_000);
    await store.writeResponses(
      [responseWrite({ siteId, surveyId, score: 0, comment: 'Checkout is broken' })],
      clock.now(),
    );
    clock.advance(60_000);
    const other = makeApp(await opened.twin());
    try {
      const [mine, theirs] = await Promise.all([
        app.services.alerts.runOnce(),
        other.services.alerts.runOnce(),
      ]);
      expect(mine.length + theirs.length).toBe(1);
      // Even when the lease has run out and the other evaluates the same answers again.
      clock.advance(10 * 60_000);
      expect(await other.services.alerts.runOnce()).toEqual([]);
    } finally {
      await other.drain();
    }
  });

  it('rules are checked as they are saved, and belong to their site', async () => {
    const bad = async (body: unknown, field: string) => {
      const res = await api('/alerts', { method: 'POST', body });
      expect(res.status).toBe(400);
      const problem = (await res.json()) as { type: string; issues: Array<{ field: string }> };
      expect(problem.type).toMatch(/invalid-body$/);
      expect(problem.issues.map((i) => i.field).join(' ')).toContain(field);
    };
    await bad({ kind: 'score-drop', surveyId: 'srv_nope' }, 'surveyId');
    await bad({ kind: 'score-drop', surveyId, timeZone: 'Mars/Olympus' }, 'timeZone');
    await bad({ kind: 'volume', surveyId, groupBy: 'device' }, 'groupBy');
    await bad({ kind: 'keyword', surveyId, settings: { keywords: [] } }, 'keywords');
    await bad({ kind: 'score-drop', surveyId, settings: { alpha: 0.5 } }, 'alpha');
    await bad({ kind: 'score-drop', surveyId, emails: ['not an email'] }, 'emails');
    await bad({ kind: 'tarot', surveyId }, 'kind');

    const created = await api('/alerts', {
      method: 'POST',
      body: {
        kind: 'score-drop',
        surveyId,
        groupBy: 'device',
        filters: { touchpoint: 'checkout' },
        timeZone: 'Asia/Tokyo',
      },
    });
    expect(created.status).toBe(201);
    const rule = (await created.json()) as { id: string };
    const patched = await api(`/alerts/${rule.id}`, {
      method: 'PATCH',
      body: { settings: { recentDays: 14 }, name: 'Checkout by device', filters: null },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      name: 'Checkout by device',
      filters: null,
      groupBy: 'device',
      timeZone: 'Asia/Tokyo',
      settings: { recentDays: 14, baselineDays: 28 },
    });
    const immutable = await api(`/alerts/${rule.id}`, {
      method: 'PATCH',
      body: { kind: 'volume' },
    });
    expect(immutable.status).toBe(400);
    const unchanged = (await (await api(`/alerts/${rule.id}`)).json()) as { kind: string };
    expect(unchanged.kind).toBe('score-drop');

    // Another site's key sees no such rule.
    const other = await createSite(store, clock, { name: 'Other', origins: ['*'] });
    const foreign = await app.request(`/v1/alerts/${rule.id}`, {
      headers: { authorization: `Bearer ${other.secretKey}` },
    });
    expect(foreign.status).toBe(404);
    const foreignDelete = await app.request(`/v1/alerts/${rule.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${other.secretKey}` },
    });
    expect(foreignDelete.status).toBe(404);

    expect((await api(`/alerts/${rule.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/alerts/${rule.id}`)).status).toBe(404);
  });

  it('odd rule bodies never answer 5xx and change nothing they are refused for', async () => {
    const valid = {
      kind: 'score-drop',
      surveyId,
      groupBy: 'attr.plan',
      filters: { touchpoint: ['checkout'], attributes: { plan: ['pro'] } },
      timeZone: 'Asia/Tokyo',
      settings: { recentDays: 7, alpha: 0.01 },
      emails: ['team@shop.example'],
      name: 'Checkout',
    };
    const fields = Object.keys(valid);
    const body = fc
      .tuple(fc.constantFrom(...fields), oddValue, fc.constantFrom('set', 'nested', 'deep'))
      .map(([field, value, how]) => {
        const mutated = structuredClone(valid) as Record<string, unknown>;
        if (how === 'set') mutated[field] = value;
        else if (how === 'nested') mutated[field] = { [field]: value, items: [value] };
        else
          mutated.filters = {
            touchpoint: [value],
            attributes: { [typeof value === 'string' ? value : 'plan']: [value] },
          };
        return mutated;
      });
    const existing = (await (await api('/alerts', { method: 'POST', body: valid })).json()) as {
      id: string;
    };
    const rulesNow = async () => JSON.stringify(await store.alerts.list(siteId));
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (candidate, patch) => {
        const before = await rulesNow();
        const { kind: _kind, surveyId: _survey, ...changes } = candidate;
        const response = patch
          ? await api(`/alerts/${existing.id}`, { method: 'PATCH', body: changes })
          : await api('/alerts', { method: 'POST', body: candidate });
        await expectClientOutcome(response);
        if (response.status >= 300) expect(await rulesNow()).toBe(before);
        else if (!patch)
          for (const rule of await store.alerts.list(siteId))
            if (rule.id !== existing.id) await store.alerts.remove(siteId, rule.id);
      }),
      { numRuns: Number(process.env.KOE_FUZZ_CASES_ALERTS ?? 300) },
    );
  }, 120_000);
});
