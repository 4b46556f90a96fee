// Relationship surveys by email, end to end on SQLite and PostgreSQL, with the
// clock as a dependency and a real SMTP server: a quarterly NPS goes to a CSV
// list at 10:00 in each recipient's zone; the score links are followed from
// the parsed emails (9 then 10 is one answer, by email, with the list's
// userId and attributes); one reminder goes to whoever has not answered; a
// one-click unsubscribe stops every later email; the throttle holds; two
// processes send once; erasure by address removes answers, list places and
// unsent mail.
import fc from 'fast-check';
import type { ParsedMail } from 'mailparser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSite } from '../src/admin';
import { createApp, type KoeApp } from '../src/app';
import { ManualClock } from '../src/clock';
import { silentLogger } from '../src/log';
import type { Store } from '../src/store/types';
import { expectClientOutcome, oddValue } from './fuzz-values';
import { type Inbox, startInbox } from './smtp-inbox';
import { type OpenedStore, storeBackends } from './store-backends';

const DAY = 86_400_000;
const MINUTE = 60_000;
const KOE = 'https://koe.example';
/** Monday 5 January 2026, 10:00 in Tokyo (01:00 UTC) and in New York (15:00 UTC). */
const TOKYO_10 = Date.UTC(2026, 0, 5, 1);
const NEW_YORK_10 = Date.UTC(2026, 0, 5, 15);
const START = Date.UTC(2026, 0, 2, 0);
const backends = await storeBackends('campaigns');

let inbox: Inbox;
beforeAll(async () => {
  inbox = await startInbox();
});
afterAll(async () => {
  await inbox.close();
});

const CSV = [
  'email,userId,locale,timeZone,plan',
  'aiko@example.jp,cust-1,ja,Asia/Tokyo,pro',
  '"Bob@Example.com",cust-2,en-US,America/New_York,free',
  'chen@example.com,,,,"team, annual"',
].join('\r\n');

describe.each(backends)('campaigns on $name', (backend) => {
  let opened: OpenedStore;
  let store: Store;
  let clock: ManualClock;
  let app: KoeApp;
  let key: string;
  let siteId: string;
  let siteKey: string;
  let surveyId: string;

  const makeApp = (on: Store, smtp = true) =>
    createApp({
      store: on,
      clock,
      log: silentLogger,
      config: {
        ...(smtp && { smtpUrl: inbox.url }),
        publicUrl: KOE,
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
  const json = async <T>(response: Response | Promise<Response>, status = 200): Promise<T> => {
    const answer = await response;
    const body = await answer.text();
    expect(answer.status, body).toBe(status);
    return (body ? JSON.parse(body) : undefined) as T;
  };
  const run = async () => (await app.services.campaigns?.runOnce()) ?? 0;
  const deliver = async () => (await app.services.mailOutbox?.drain()) ?? 0;
  /** The score links of a parsed email, by score. */
  const scoreLinks = (mail: ParsedMail | undefined) =>
    new Map(
      [...String(mail?.html ?? '').matchAll(/href="([^"]+score=(\d+))"/g)].map((m) => [
        Number(m[2]),
        (m[1] as string).replaceAll('&#38;', '&'),
      ]),
    );
  /** What the hosted page's script posts after a score link was followed. */
  const answer = (link: string, body: Record<string, unknown>) =>
    app.request('/v1/responses', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: KOE },
      body: JSON.stringify({
        id: crypto.randomUUID(),
        siteKey,
        surveyId,
        linkToken: new URL(link).searchParams.get('t'),
        ...body,
      }),
    });
  const header = (mail: ParsedMail | undefined, name: string) =>
    mail?.headerLines.find((line) => line.key === name)?.line ?? '';
  const unsubscribeUrl = (mail: ParsedMail | undefined) =>
    /<(https:\/\/koe\.example\/v1\/campaigns\/unsubscribe\?token=[\w-]+)>/.exec(
      header(mail, 'list-unsubscribe'),
    )?.[1] as string;
  const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
  type Recipient = { email: string; status: string; reminder: string; userId: string | null };
  const recipients = async (campaignId: string) =>
    (await json<{ data: Recipient[] }>(api(`/campaigns/${campaignId}/recipients`))).data.reduce<
      Record<string, Recipient>
    >((all, r) => {
      all[r.email.toLowerCase()] = r;
      return all;
    }, {});

  async function newCampaign(body: Record<string, unknown> = {}) {
    const made = await json<{ id: string; status: string }>(
      api('/campaigns', {
        method: 'POST',
        body: {
          surveyId,
          name: 'Quarterly NPS',
          repeat: 'quarterly',
          startDate: '2026-01-05',
          hour: 10,
          timeZone: 'Asia/Tokyo',
          intro: 'Thank you for a year with us.\n\nTwo seconds of your time?',
          ...body,
        },
      }),
      201,
    );
    expect(made.status).toBe('draft');
    return made.id;
  }
  const start = (id: string) =>
    json(api(`/campaigns/${id}`, { method: 'PATCH', body: { status: 'active' } }));

  beforeEach(async (context) => {
    if (!backend.available) return context.skip();
    inbox.messages.length = 0;
    opened = await backend.open();
    store = opened.store;
    clock = new ManualClock(START);
    const made = await createSite(store, clock, { name: 'Kissa & Co', origins: ['*'] });
    key = made.secretKey;
    siteId = made.site.id;
    siteKey = made.site.publishableKey;
    app = makeApp(store);
    surveyId = (
      await json<{ id: string }>(
        api('/surveys', {
          method: 'POST',
          body: {
            name: 'Relationship',
            type: 'nps',
            status: 'active',
            defaultLocale: 'en',
            question: {
              en: 'How likely are you to recommend Kissa?',
              ja: 'Kissaを友人に勧める可能性はどのくらいありますか？',
            },
          },
        }),
        201,
      )
    ).id;
  });

  afterEach(async () => {
    if (!backend.available) return;
    await app.drain();
    await opened.close();
  });

  it('a quarterly NPS by email: local hours, score links, one reminder, one-click unsubscribe, the next quarter', async () => {
    const id = await newCampaign();
    expect(
      await json(api(`/campaigns/${id}/recipients`, { method: 'POST', body: { csv: CSV } })),
    ).toEqual({ added: 3, updated: 0, recipients: 3 });
    // The same list again (Bob's address in another case) replaces, never doubles.
    expect(
      await json(api(`/campaigns/${id}/recipients`, { method: 'POST', body: { csv: CSV } })),
    ).toEqual({ added: 0, updated: 3, recipients: 3 });
    // A draft sends nothing.
    clock.set(TOKYO_10 + MINUTE);
    expect(await run()).toBe(0);

    clock.set(TOKYO_10 - MINUTE);
    const started = await start(id);
    expect(started).toMatchObject({
      status: 'active',
      nextRoundAt: new Date(TOKYO_10).toISOString(),
    });
    expect(await run()).toBe(0);
    // 10:00 in Tokyo: Aiko and Chen (the campaign's zone); Bob waits for 10:00 in New York.
    clock.set(TOKYO_10 + 30_000);
    expect(await run()).toBe(2);
    expect(await deliver()).toBe(2);
    const aikoMail = inbox.to('aiko@example.jp')[0];
    expect(aikoMail?.subject).toBe('Kissaを友人に勧める可能性はどのくらいありますか？');
    expect(aikoMail?.html).toContain('Thank you for a year with us.');
    expect(aikoMail?.html).toContain('配信停止');
    expect(header(aikoMail, 'list-unsubscribe-post')).toMatch(/List-Unsubscribe=One-Click/);
    expect(inbox.to('chen@example.com')[0]?.subject).toBe('How likely are you to recommend Kissa?');
    expect(inbox.to('bob@example.com')).toHaveLength(0);
    const links = scoreLinks(aikoMail);
    expect([...links.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // The text part carries the same links, and no address is in any link.
    expect(aikoMail?.text).toContain(links.get(10));
    for (const link of links.values()) expect(link).not.toMatch(/aiko|example\.jp/i);

    clock.set(NEW_YORK_10 + 30_000);
    expect(await run()).toBe(1);
    expect(await deliver()).toBe(1);
    expect(inbox.to('bob@example.com')).toHaveLength(1);

    // Aiko follows 9, then 10, from the email, then finishes on the page: one answer.
    const page = await app.request(pathOf(links.get(9) as string));
    expect(page.status).toBe(200);
    expect(await store.listResponses(surveyId, {}, undefined, 10)).toEqual([]); // GET stores nothing
    expect((await answer(links.get(9) as string, { score: 9, finished: false })).status).toBe(202);
    expect((await answer(links.get(10) as string, { score: 10, finished: false })).status).toBe(
      200,
    );
    expect(
      (await answer(links.get(10) as string, { score: 10, finished: true, comment: 'すばらしい' }))
        .status,
    ).toBe(200);
    const answers = await store.listResponses(surveyId, {}, undefined, 10);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({
      score: 10,
      finished: true,
      channel: 'email',
      userId: 'cust-1',
      attributes: { plan: 'pro' },
    });

    let listed = await recipients(id);
    expect(listed['aiko@example.jp']).toMatchObject({ status: 'answered', reminder: 'due' });
    expect(listed['bob@example.com']).toMatchObject({ status: 'sent', userId: 'cust-2' });
    expect(listed['chen@example.com']).toMatchObject({ status: 'sent', userId: null });

    // Chen unsubscribes: the link's GET only asks; the one-click POST does it.
    const link = unsubscribeUrl(inbox.to('chen@example.com')[0]);
    expect(await (await app.request(pathOf(link))).text()).toContain('<form method="post"');
    expect((await recipients(id))['chen@example.com']?.status).toBe('sent');
    const done = await app.request(pathOf(link), { method: 'POST' });
    expect(done.status).toBe(200);

    // Three days on: one reminder, to Bob only (Aiko answered, Chen left).
    clock.set(NEW_YORK_10 + 3 * DAY + MINUTE);
    expect(await run()).toBe(1);
    expect(await deliver()).toBe(1);
    const reminder = inbox.to('bob@example.com')[1];
    expect(reminder?.subject).toBe('Reminder: How likely are you to recommend Kissa?');
    // The reminder's links are the same answer as the first email's.
    expect(scoreLinks(reminder).get(7)).toBe(scoreLinks(inbox.to('bob@example.com')[0]).get(7));
    clock.advance(DAY);
    expect(await run()).toBe(0); // once only
    listed = await recipients(id);
    expect(listed['bob@example.com']).toMatchObject({ status: 'sent', reminder: 'sent' });
    expect(listed['aiko@example.jp']?.reminder).toBe('skipped');
    expect(listed['chen@example.com']).toMatchObject({
      status: 'unsubscribed',
      reminder: 'skipped',
    });

    // The next quarter: 5 April, 10:00 in each zone; Chen gets nothing, ever.
    clock.set(Date.UTC(2026, 3, 5, 1) + MINUTE);
    expect(await run()).toBe(1);
    clock.set(Date.UTC(2026, 3, 5, 14) + MINUTE); // 10:00 EDT
    expect(await run()).toBe(1);
    expect(await deliver()).toBe(2);
    expect(inbox.to('aiko@example.jp')).toHaveLength(2);
    expect(inbox.to('chen@example.com')).toHaveLength(1);
    // A new round is a new answer: its links differ from the first quarter's.
    expect(scoreLinks(inbox.to('aiko@example.jp')[1]).get(9)).not.toBe(links.get(9));
    const campaign = await json<{ counts: Record<string, number>; nextRoundAt: string }>(
      api(`/campaigns/${id}`),
    );
    expect(campaign.counts).toMatchObject({ sent: 2, unsubscribed: 1, answered: 0 });
    expect(campaign.nextRoundAt).toBe(new Date(Date.UTC(2026, 6, 5, 1)).toISOString());
    // The answers split by channel, beside the widget's.
    const metrics = await json<{ groups: Array<{ key: string; n: number }> }>(
      api(
        `/surveys/${surveyId}/metrics?groupBy=channel&from=2026-01-01T00:00:00Z&to=2026-04-06T00:00:00Z`,
      ),
    );
    expect(metrics.groups.find((g) => g.key === 'email')?.n).toBe(1);
  });

  it('sends at most perMinute a minute, once across two processes, and a paused campaign waits', async () => {
    const id = await newCampaign({
      repeat: 'once',
      startDate: null,
      perMinute: 2,
      reminderAfterDays: null,
    });
    const list = Array.from({ length: 5 }, (_, i) => ({ email: `p${i}@example.com` }));
    await json(api(`/campaigns/${id}/recipients`, { method: 'POST', body: { recipients: list } }));
    await start(id);
    const other = makeApp(await opened.twin());
    try {
      const queued = await Promise.all([
        app.services.campaigns?.runOnce(),
        other.services.campaigns?.runOnce(),
      ]);
      expect((queued[0] ?? 0) + (queued[1] ?? 0)).toBe(2);
      expect(await run()).toBe(0); // within the minute
      clock.advance(MINUTE);
      expect(await other.services.campaigns?.runOnce()).toBe(2);
    } finally {
      await other.drain();
    }
    await json(api(`/campaigns/${id}`, { method: 'PATCH', body: { status: 'paused' } }));
    clock.advance(MINUTE);
    expect(await run()).toBe(0);
    await json(api(`/campaigns/${id}`, { method: 'PATCH', body: { status: 'active' } }));
    expect(await run()).toBe(1);
    clock.advance(10 * MINUTE);
    expect(await run()).toBe(0); // a once campaign: everyone had it
    expect(await deliver()).toBe(5);
    expect(new Set(inbox.messages.map((m) => m.messageId)).size).toBe(5);
    const campaign = await json<{ counts: Record<string, number>; nextRoundAt: null }>(
      api(`/campaigns/${id}`),
    );
    expect(campaign).toMatchObject({ recipients: 5, nextRoundAt: null });
    // Listed by survey: this one's, and none for a survey without campaigns.
    expect(
      (
        await json<{ data: Array<{ id: string }> }>(api(`/campaigns?surveyId=${surveyId}`))
      ).data.map((c) => c.id),
    ).toEqual([id]);
    expect((await json<{ data: unknown[] }>(api('/campaigns?surveyId=srv_other'))).data).toEqual(
      [],
    );
    expect(campaign.counts.sent).toBe(5);
    // Someone added later gets it at once (a once campaign stays open to new recipients).
    await json(
      api(`/campaigns/${id}/recipients`, {
        method: 'POST',
        body: { recipients: [{ email: 'late@example.com' }] },
      }),
    );
    clock.advance(MINUTE);
    expect(await run()).toBe(1);
  });

  it('erasure by address removes answers, list places and mail not yet sent; deleting a recipient stops theirs', async () => {
    const id = await newCampaign({ startDate: null, reminderAfterDays: 2 });
    const other = await newCampaign({ startDate: null, name: 'Second list' });
    await json(api(`/campaigns/${id}/recipients`, { method: 'POST', body: { csv: CSV } }));
    await json(
      api(`/campaigns/${other}/recipients`, {
        method: 'POST',
        body: {
          recipients: [
            { email: 'AIKO@example.jp' },
            { email: 'dan@example.com', userId: 'cust-9' },
          ],
        },
      }),
    );
    await start(id);
    expect(await run()).toBe(3);
    expect(await deliver()).toBe(3);
    const links = scoreLinks(inbox.to('aiko@example.jp')[0]);
    expect((await answer(links.get(6) as string, { score: 6, finished: true })).status).toBe(202);
    // Aiko also answered the widget as cust-1.
    expect(
      (
        await app.request('/v1/responses', {
          method: 'POST',
          headers: { 'content-type': 'text/plain', origin: 'https://shop.example' },
          body: JSON.stringify({
            id: crypto.randomUUID(),
            siteKey,
            surveyId,
            score: 8,
            finished: true,
            userId: 'cust-1',
          }),
        })
      ).status,
    ).toBe(202);
    // The second list's emails are queued, not sent, when Aiko asks to be erased.
    await start(other);
    expect(await run()).toBe(2);
    const erased = await json(
      api('/respondents/erase', { method: 'POST', body: { email: ' Aiko@Example.jp ' } }),
    );
    expect(erased).toEqual({ erased: 2, recipients: 2 });
    expect(await store.listResponses(surveyId, {}, undefined, 10)).toEqual([]);
    expect(Object.keys(await recipients(id))).not.toContain('aiko@example.jp');
    expect(await deliver()).toBe(1); // Dan's only
    expect(inbox.to('aiko@example.jp')).toHaveLength(1);

    // Deleting Bob from the list: his address goes, his reminder is never sent.
    const bob = (
      await json<{ data: Array<{ id: string; email: string }> }>(
        api(`/campaigns/${id}/recipients?limit=500`),
      )
    ).data.find((r) => r.email === 'Bob@Example.com');
    expect((await api(`/campaigns/${id}/recipients/${bob?.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    clock.advance(2 * DAY + MINUTE);
    expect(await run()).toBe(1); // Chen's reminder; Bob's went with him
    // Unsubscribed before: still unsubscribed after being added to another list.
    const chenUnsubscribe = unsubscribeUrl(inbox.to('chen@example.com')[0]);
    await app.request(pathOf(chenUnsubscribe), { method: 'POST' });
    const third = await newCampaign({ startDate: null, name: 'Third' });
    await json(
      api(`/campaigns/${third}/recipients`, {
        method: 'POST',
        body: { recipients: [{ email: 'chen@example.com' }] },
      }),
    );
    await start(third);
    expect(await run()).toBe(0);
    expect((await recipients(third))['chen@example.com']?.status).toBe('unsubscribed');
    // Erasing by userId takes the list places too.
    expect(await json(api('/respondents/cust-9', { method: 'DELETE' }))).toEqual({
      erased: 0,
      recipients: 1,
    });
  });

  it('an address the relay refuses ends failed after the last try, and gets no reminder', async () => {
    const id = await newCampaign({ repeat: 'once', startDate: null, reminderAfterDays: 1 });
    await json(
      api(`/campaigns/${id}/recipients`, {
        method: 'POST',
        body: { recipients: [{ email: 'gone@bounce.example' }, { email: 'ok@example.com' }] },
      }),
    );
    await start(id);
    expect(await run()).toBe(2);
    expect(await deliver()).toBe(1);
    expect((await recipients(id))['gone@bounce.example']?.status).toBe('queued');
    // Five more tries over about nine hours, then failed for good.
    for (let i = 0; i < 5; i++) {
      clock.advance(7 * 3_600_000);
      await deliver();
    }
    expect((await recipients(id))['gone@bounce.example']).toMatchObject({ status: 'failed' });
    clock.set(START + 2 * DAY);
    expect(await run()).toBe(1); // ok@'s reminder only
    expect((await recipients(id))['gone@bounce.example']?.reminder).toBe('skipped');
    expect(
      (await json<{ counts: Record<string, number> }>(api(`/campaigns/${id}`))).counts,
    ).toMatchObject({ failed: 1, sent: 1 });
  });

  it('deleting the survey deletes its campaigns and their emails not yet sent', async () => {
    const id = await newCampaign({ startDate: null });
    await json(api(`/campaigns/${id}/recipients`, { method: 'POST', body: { csv: CSV } }));
    await start(id);
    expect(await run()).toBe(3);
    expect((await api(`/surveys/${surveyId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await api(`/campaigns/${id}`)).status).toBe(404);
    expect(await deliver()).toBe(0);
  });

  it('a started schedule keeps its numbering; unsubscribing takes queued emails out; a removed address re-added gets no second email; erasure outlives deletion', async () => {
    const first = await newCampaign({ startDate: null });
    const second = await newCampaign({ startDate: null, name: 'Second list' });
    for (const id of [first, second])
      await json(
        api(`/campaigns/${id}/recipients`, {
          method: 'POST',
          body: { recipients: [{ email: 'dup@example.com' }, { email: `only-${id}@example.com` }] },
        }),
      );
    await start(first);
    await start(second);
    // Renumbering rounds would skip one or send one twice: refused once started.
    const renumber = await api(`/campaigns/${first}`, {
      method: 'PATCH',
      body: { repeat: 'yearly', startDate: '2026-02-01' },
    });
    expect(renumber.status).toBe(400);
    expect(((await renumber.json()) as { issues: Array<{ field: string }> }).issues).toHaveLength(
      2,
    );
    await json(api(`/campaigns/${first}`, { method: 'PATCH', body: { hour: 9 } }));

    expect(await run()).toBe(4);
    // dup@ unsubscribes (from the first list's email) before the outbox sends anything.
    const listed = await store.campaigns.recipients(first, { after: null, limit: 10 });
    const dup = listed.recipients.find((r) => r.email === 'dup@example.com');
    await app.request(`/v1/campaigns/unsubscribe?token=${dup?.unsubscribeToken}`, {
      method: 'POST',
    });
    expect(await deliver()).toBe(2);
    expect(inbox.to('dup@example.com')).toHaveLength(0);
    for (const id of [first, second])
      expect((await recipients(id))['dup@example.com']).toMatchObject({
        status: 'unsubscribed',
        reminder: 'skipped',
      });

    // Removed and added again within the round: no second email.
    const again = await store.campaigns.recipients(second, { after: null, limit: 10 });
    const onlyId = again.recipients.find((r) => r.email === `only-${second}@example.com`)?.id;
    expect(onlyId).toBeDefined();
    expect(
      (await api(`/campaigns/${second}/recipients/${onlyId}`, { method: 'DELETE' })).status,
    ).toBe(204);
    await json(
      api(`/campaigns/${second}/recipients`, {
        method: 'POST',
        body: { recipients: [{ email: `only-${second}@example.com` }] },
      }),
    );
    clock.advance(MINUTE);
    expect(await run()).toBe(0);

    // The first list's answer, then the list deleted: erasure by address still finds it.
    const links = scoreLinks(inbox.to(`only-${first}@example.com`)[0]);
    expect((await answer(links.get(3) as string, { score: 3, finished: true })).status).toBe(202);
    expect((await api(`/campaigns/${first}`, { method: 'DELETE' })).status).toBe(204);
    expect(
      await json(
        api('/respondents/erase', { method: 'POST', body: { email: `only-${first}@example.com` } }),
      ),
    ).toEqual({ erased: 1, recipients: 0 });
    expect(await store.listResponses(surveyId, {}, undefined, 10)).toEqual([]);
  });

  it('refuses bad lists whole, naming each bad row, and needs SMTP', async () => {
    const id = await newCampaign();
    const bad = [
      'Email;User ID;Time zone',
      'ok@example.com;u1;Asia/Tokyo',
      'not-an-address;u2;',
      'x@example.com;u3;Mars/Olympus',
    ].join('\n');
    const refused = await api(`/campaigns/${id}/recipients`, {
      method: 'POST',
      body: { csv: bad },
    });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    const problem = (await refused.json()) as { issues: Array<{ field: string }> };
    expect(problem.issues.map((i) => i.field)).toEqual(['rows.3.email', 'rows.4.timeZone']);
    expect((await json<{ recipients: number }>(api(`/campaigns/${id}`))).recipients).toBe(0);
    for (const body of [
      { csv: 'userId\nu1' },
      { csv: 'email,a\n"x@example.com,1' },
      { csv: CSV, recipients: [{ email: 'a@example.com' }] },
      {},
      // Within the attribute limits, but links too long to work.
      {
        recipients: [
          {
            email: 'a@example.com',
            attributes: Object.fromEntries(
              Array.from({ length: 20 }, (_, i) => [`k${i}`, 'x'.repeat(250)]),
            ),
          },
        ],
      },
    ]) {
      const answer = await api(`/campaigns/${id}/recipients`, { method: 'POST', body });
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    // A control character in an attribute (PostgreSQL's jsonb refuses NUL), a header naming a
    // column twice or leaving one unnamed: refused, nothing stored.
    for (const body of [
      { recipients: [{ email: 'a@example.com', attributes: { plan: 'x\u0000y' } }] },
      { csv: 'email,plan\nb@example.com,x\u0000y' },
      { csv: 'email,mail\nb@example.com,c@example.com' },
      { csv: 'email,,plan\nb@example.com,,pro' },
    ]) {
      const answer = await api(`/campaigns/${id}/recipients`, { method: 'POST', body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
    }
    expect((await json<{ recipients: number }>(api(`/campaigns/${id}`))).recipients).toBe(0);
    expect(
      (
        await api('/campaigns', {
          method: 'POST',
          body: { surveyId, name: 'x', reminderAfterDays: 30, expiresInDays: 30 },
        })
      ).status,
    ).toBe(400);
    const withoutSmtp = makeApp(store, false);
    try {
      const answer = await api(
        '/campaigns',
        { method: 'POST', body: { surveyId, name: 'x' } },
        withoutSmtp,
      );
      expect(answer.status).toBe(409);
      expect(((await answer.json()) as { code: string }).code).toBe('email-not-configured');
    } finally {
      await withoutSmtp.drain();
    }
  });

  it('fuzzed campaigns and lists: never a 5xx, and a refusal changes nothing', async () => {
    const id = await newCampaign();
    await json(api(`/campaigns/${id}/recipients`, { method: 'POST', body: { csv: CSV } }));
    const stateNow = async () =>
      JSON.stringify([
        await store.campaigns.get(siteId, id),
        (await store.campaigns.recipients(id, { after: null, limit: 500 })).recipients,
      ]);
    const field = (valid: Record<string, unknown>) =>
      fc
        .tuple(fc.constantFrom(...Object.keys(valid), 'extra'), oddValue)
        .map(([name, value]) => ({ ...valid, [name]: value }));
    const cell = fc.oneof(
      fc.constantFrom('\u0000', '\ud800', '"', '""', 'a,b', '=1+1', 'x'.repeat(300)),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    const request = fc.oneof(
      field({
        hour: 9,
        intro: 'Hello',
        subject: 'Hi',
        timeZone: 'UTC',
        startDate: '2026-02-01',
      }).map((body) => ({ method: 'PATCH', path: `/campaigns/${id}`, body })),
      field({
        email: 'z@example.com',
        userId: 'u',
        locale: 'ja',
        timeZone: 'UTC',
        attributes: { a: 'b' },
      }).map((recipient) => ({
        method: 'POST',
        path: `/campaigns/${id}/recipients`,
        body: { recipients: [recipient] },
      })),
      fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 4 }).map((rows) => ({
        method: 'POST',
        path: `/campaigns/${id}/recipients`,
        body: { csv: ['email,userId,plan', ...rows.map((r) => r.join(','))].join('\n') },
      })),
      field({ email: 'aiko@example.jp' }).map((body) => ({
        method: 'POST',
        path: '/respondents/erase',
        body,
      })),
    );
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const before = await stateNow();
        const response = await api(r.path, r);
        await expectClientOutcome(response);
        if (response.status >= 300) expect(await stateNow()).toBe(before);
      }),
      { numRuns: Number(process.env.KOE_FUZZ_CASES_CAMPAIGNS ?? 200) },
    );
  }, 120_000);
});
