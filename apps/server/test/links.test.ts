// Surveys beyond the page, on SQLite and PostgreSQL: personal links (signed
// tokens; tampered, expired, other-survey and rotated-out ones store
// nothing), the hosted page, score links that store at once (9 then 10 is one
// answer, finished with 10 after the follow-up), the email snippet, the QR
// code, and the channel every answer records, as a filter and a groupBy.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSecretKey, createSite } from '../src/admin';
import { createApp, type KoeApp } from '../src/app';
import { ManualClock } from '../src/clock';
import { silentLogger } from '../src/log';
import type { Store } from '../src/store/types';
import { addNpsSurvey, type OpenedStore, storeBackends } from './store-backends';

const DAY = 86_400_000;
const KOE = 'https://koe.example';
const backends = await storeBackends('links');

describe.each(backends)('links on $name', (backend) => {
  let opened: OpenedStore;
  let store: Store;
  let clock: ManualClock;
  let app: KoeApp;
  let siteId: string;
  let siteKey: string;
  let key: string;
  const surveyId = 'srv_links';

  const api = (path: string, init: { method?: string; body?: unknown } = {}) =>
    app.request(`/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
    });
  /** What the hosted page's UI posts (from koe's own origin). */
  const post = (body: Record<string, unknown>) =>
    app.request('/v1/responses', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: KOE },
      body: JSON.stringify({ id: crypto.randomUUID(), siteKey, surveyId, ...body }),
    });
  const rows = async () =>
    (await store.listResponses(surveyId, {}, undefined, 100)).map((r) => ({
      id: r.id,
      score: r.score,
      finished: r.finished,
      channel: r.channel,
      userId: r.userId,
      attributes: r.attributes,
      comment: r.comment,
    }));
  const tokenOf = (url: string) => new URL(url).searchParams.get('t') as string;
  async function links(body: Record<string, unknown>) {
    const answer = await api(`/surveys/${surveyId}/links`, { method: 'POST', body });
    expect(answer.status).toBe(200);
    return ((await answer.json()) as { data: Array<{ url: string; responseId: string }> }).data;
  }

  beforeEach(async (context) => {
    if (!backend.available) return context.skip();
    opened = await backend.open();
    store = opened.store;
    clock = new ManualClock(Date.UTC(2026, 2, 2, 9));
    const made = await createSite(store, clock, {
      name: 'Counter & Co',
      origins: ['https://shop.example'],
    });
    siteId = made.site.id;
    siteKey = made.site.publishableKey;
    key = made.secretKey;
    await addNpsSurvey(store, siteId, surveyId);
    app = createApp({
      store,
      clock,
      log: silentLogger,
      config: { publicUrl: KOE, clientRateLimit: 0, siteRateLimit: 0, failedKeyRateLimit: 0 },
    });
  });

  afterEach(async () => {
    if (!backend.available) return;
    await app.drain();
    await opened.close();
  });

  it('a personal link: the page, 9 then 10 is one answer, finished with 10 after the follow-up', async () => {
    const [link] = await links({
      recipients: [{ userId: 'cust-42', email: 'c42@example.com', attributes: { plan: 'pro' } }],
      expiresInDays: 14,
      channel: 'email',
    });
    expect(link?.url).toMatch(/^https:\/\/koe\.example\/s\/srv_links\?t=[\w-]+\.[\w-]{43}$/);
    // The token is readable but holds no email address.
    expect(
      Buffer.from(tokenOf(link?.url ?? '').split('.')[0] ?? '', 'base64url').toString(),
    ).not.toContain('c42@');

    const page = await app.request(
      `${new URL(link?.url ?? '').pathname}${new URL(link?.url ?? '').search}`,
    );
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'nonce-[\w+/=]+'/);
    const html = await page.text();
    expect(html).toContain('<header>Counter &#38; Co</header>');
    expect(html).toContain(`"linkToken":"${tokenOf(link?.url ?? '')}"`);
    expect(await rows()).toEqual([]); // opening the page stores nothing

    // Score links from the email: the GET stores nothing (a mail scanner fetching every
    // link answers nothing); the page opens at the follow-up and its script posts the score.
    const at = (score: number) => `/s/${surveyId}?t=${tokenOf(link?.url ?? '')}&score=${score}`;
    const first = await app.request(at(9));
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('"score":9');
    expect(await rows()).toEqual([]);
    const asPage = (score: number) =>
      post({ score, finished: false, channel: 'email', linkToken: tokenOf(link?.url ?? '') });
    expect((await asPage(9)).status).toBe(202);
    expect(await rows()).toEqual([
      {
        id: link?.responseId,
        score: 9,
        finished: false,
        channel: 'email',
        userId: 'cust-42',
        attributes: { plan: 'pro' },
        comment: null,
      },
    ]);
    const second = await (await app.request(at(10))).text();
    expect(second).toContain('"score":10');
    expect((await asPage(10)).status).toBe(200);
    expect(await rows()).toMatchObject([{ id: link?.responseId, score: 10, finished: false }]);

    // The page's follow-up: the body's id, userId and attributes are not the token's, and lose.
    const finished = await post({
      score: 10,
      finished: true,
      comment: 'Quick and kind',
      linkToken: tokenOf(link?.url ?? ''),
      userId: 'someone-else',
      attributes: { plan: 'free' },
    });
    expect(finished.status).toBe(200);
    expect(await finished.json()).toEqual({ id: link?.responseId, status: 'updated' });
    expect(await rows()).toEqual([
      {
        id: link?.responseId,
        score: 10,
        finished: true,
        channel: 'email',
        userId: 'cust-42',
        attributes: { plan: 'pro' },
        comment: 'Quick and kind',
      },
    ]);
    // A later click cannot change a finished answer: the page says so.
    const late = await app.request(at(3));
    expect(late.status).toBe(200);
    expect(await late.text()).toContain('You have already answered');
    expect(await rows()).toMatchObject([{ score: 10, finished: true }]);
  });

  it('tampered, expired, other-survey and rotated-out links store nothing and say why', async () => {
    await addNpsSurvey(store, siteId, 'srv_other');
    const [link] = await links({ recipients: [{ userId: 'u1' }], expiresInDays: 2 });
    const token = tokenOf(link?.url ?? '');
    const [body = '', signature = ''] = token.split('.');
    const flipped = `${body}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    const forged = `${Buffer.from(
      Buffer.from(body, 'base64url').toString().replace('"u1"', '"admin"'),
    ).toString('base64url')}.${signature}`;

    for (const bad of [flipped, forged, 'not-a-token', `${body}.`]) {
      const page = await app.request(`/s/${surveyId}?t=${bad}&score=0`);
      expect(page.status).toBe(400);
      expect(await page.text()).toContain('This link does not work');
      const answer = await post({ score: 0, finished: true, linkToken: bad });
      expect(answer.status).toBe(403);
      expect(((await answer.json()) as { type: string }).type).toMatch(/link-invalid$/);
    }
    // A link too long to work is refused when made, naming the recipient.
    const huge = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`k${i}`, '返'.repeat(200)]),
    );
    const refused = await api(`/surveys/${surveyId}/links`, {
      method: 'POST',
      body: { recipients: [{ userId: 'ok' }, { userId: 'big', attributes: huge }] },
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { issues: Array<{ field: string }> }).issues).toEqual([
      expect.objectContaining({ field: 'recipients.1.attributes' }),
    ]);
    // A link for one survey does not open another.
    expect((await app.request(`/s/srv_other?t=${token}&score=5`)).status).toBe(400);

    // Rotation: the old secret still verifies for a day, then not.
    const rotated = await api('/site/link-secret/rotate', { method: 'POST' });
    expect(rotated.status).toBe(200);
    expect((await app.request(`/s/${surveyId}?t=${token}`)).status).toBe(200);
    const [fresh] = await links({ recipients: [{ userId: 'u2' }], expiresInDays: 30 });
    clock.advance(DAY + 1);
    expect((await app.request(`/s/${surveyId}?t=${token}`)).status).toBe(400);
    expect((await app.request(`/s/${surveyId}?t=${tokenOf(fresh?.url ?? '')}`)).status).toBe(200);

    // Expiry: two days after it was made.
    clock.advance(DAY);
    const expired = await app.request(`/s/${surveyId}?t=${tokenOf(fresh?.url ?? '')}&score=7`);
    expect((await app.request(`/s/${surveyId}?t=${token}&score=1`)).status).toBe(400);
    expect(expired.status).toBe(200); // 30 days: still good
    const [short] = await links({ recipients: [{ userId: 'u3' }], expiresInDays: 1 });
    clock.advance(DAY + 1);
    const gone = await app.request(`/s/${surveyId}?t=${tokenOf(short?.url ?? '')}&score=7`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain('This link has expired');
    const late = await post({ score: 7, finished: true, linkToken: tokenOf(short?.url ?? '') });
    expect(late.status).toBe(410);

    // No GET stored anything, refused or not.
    expect(await rows()).toEqual([]);
  });

  it('the email snippet links each score; anonymous links and the QR code lead to the page', async () => {
    const personal = await api(`/surveys/${surveyId}/email-snippet?userId=cust-7&locale=en`);
    expect(personal.status).toBe(200);
    const snippet = (await personal.json()) as {
      html: string;
      text: string;
      links: Array<{ score: number; url: string }>;
    };
    expect(snippet.links.map((l) => l.score)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(snippet.html).not.toMatch(/<script|<style|class=/i);
    expect(snippet.html.match(/<a href="https:\/\/koe\.example\/s\/srv_links\?t=/g)).toHaveLength(
      11,
    );
    expect(snippet.text).toContain('10: https://koe.example/s/srv_links?t=');
    // Following one opens the page as cust-7 with 8 chosen; what the page posts is cust-7's, by email.
    const eight = new URL(snippet.links[8]?.url ?? '');
    const opened8 = await (await app.request(eight.pathname + eight.search)).text();
    expect(opened8).toContain('"score":8');
    const token7 = eight.searchParams.get('t') as string;
    expect(opened8).toContain(`"linkToken":"${token7}"`);
    expect((await post({ score: 8, finished: false, linkToken: token7 })).status).toBe(202);
    expect((await rows()).map((r) => [r.userId, r.score, r.channel, r.finished])).toEqual([
      ['cust-7', 8, 'email', false],
    ]);

    // A read key gets the anonymous snippet, not a personal one (it would sign answers).
    const { secretKey: readKey } = await createSecretKey(store, clock, { siteId, scope: 'read' });
    const asReader = (path: string) =>
      app.request(`/v1${path}`, { headers: { authorization: `Bearer ${readKey}` } });
    expect((await asReader(`/surveys/${surveyId}/email-snippet`)).status).toBe(200);
    expect((await asReader(`/surveys/${surveyId}/email-snippet?userId=cust-9`)).status).toBe(403);

    const anonymous = (await (await api(`/surveys/${surveyId}/email-snippet`)).json()) as {
      links: Array<{ url: string }>;
    };
    const five = new URL(anonymous.links[5]?.url ?? '');
    expect(five.searchParams.get('c')).toBe('email');
    const page = await app.request(five.pathname + five.search);
    expect(page.status).toBe(200);
    // Nothing is stored until the page is answered (a link scanner answers nothing).
    expect(await rows()).toHaveLength(1);
    const anonymousHtml = await page.text();
    expect(anonymousHtml).toContain('"score":5');
    expect(anonymousHtml).toContain('"channel":"email"');
    expect(anonymousHtml).not.toContain('"linkToken"');

    const svg = await api(`/surveys/${surveyId}/qr`);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml');
    expect(await svg.text()).toMatch(/^<svg[^>]*viewBox/);
    const png = await api(`/surveys/${surveyId}/qr?format=png&size=256`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect([...new Uint8Array(await png.arrayBuffer()).slice(0, 4)]).toEqual([
      0x89, 0x50, 0x4e, 0x47,
    ]);
    expect((await api('/surveys/srv_nope/qr')).status).toBe(404);
  });

  it('erasing a respondent erases every answer they gave, in every survey and channel', async () => {
    await addNpsSurvey(store, siteId, 'srv_second');
    const [link] = await links({ recipients: [{ userId: 'cust-42' }] });
    expect(
      (await post({ score: 2, finished: true, linkToken: tokenOf(link?.url ?? '') })).status,
    ).toBe(202);
    expect(
      (await post({ score: 9, finished: true, userId: 'cust-42', surveyId: 'srv_second' })).status,
    ).toBe(202);
    expect((await post({ score: 7, finished: true, userId: 'cust-43' })).status).toBe(202);
    const { secretKey: readKey } = await createSecretKey(store, clock, { siteId, scope: 'read' });
    const refused = await app.request('/v1/respondents/cust-42', {
      method: 'DELETE',
      headers: { authorization: `Bearer ${readKey}` },
    });
    expect(refused.status).toBe(403);

    const erased = await api('/respondents/cust-42', { method: 'DELETE' });
    expect(erased.status).toBe(200);
    expect(await erased.json()).toEqual({ erased: 2, recipients: 0 });
    expect((await rows()).map((r) => r.userId)).toEqual(['cust-43']);
    expect(await store.listResponses('srv_second', {}, undefined, 10)).toEqual([]);
    clock.advance(1_000);
    const metrics = (await (await api(`/surveys/${surveyId}/metrics`)).json()) as { n: number };
    expect(metrics.n).toBe(1);
    // Again: nothing left to erase, and said so.
    expect(await (await api('/respondents/cust-42', { method: 'DELETE' })).json()).toEqual({
      erased: 0,
      recipients: 0,
    });
    expect(
      (await api(`/respondents/${encodeURIComponent('a\u0000b')}`, { method: 'DELETE' })).status,
    ).toBe(404);
  });

  it('the channel is a filter and a groupBy of every read, and a CSV column', async () => {
    const [link] = await links({ recipients: [{ userId: 'u' }] });
    expect(
      (await post({ score: 10, finished: true, linkToken: tokenOf(link?.url ?? '') })).status,
    ).toBe(202);
    expect((await post({ score: 0, finished: true, channel: 'link' })).status).toBe(202);
    const web = await app.request('/v1/responses', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://shop.example' },
      body: JSON.stringify({
        id: crypto.randomUUID(),
        siteKey,
        surveyId,
        score: 9,
        finished: true,
      }),
    });
    expect(web.status).toBe(202);
    // Another site's page is still refused.
    const foreign = await app.request('/v1/responses', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'https://evil.example' },
      body: JSON.stringify({ id: crypto.randomUUID(), siteKey, surveyId, score: 9 }),
    });
    expect(foreign.status).toBe(403);
    clock.advance(1_000); // reads end at now, exclusive

    const grouped = (await (await api(`/surveys/${surveyId}/metrics?groupBy=channel`)).json()) as {
      groups: Array<{ key: string; n: number }>;
    };
    expect(Object.fromEntries(grouped.groups.map((g) => [g.key, g.n]))).toEqual({
      link: 2,
      web: 1,
    });
    const filtered = (await (await api(`/surveys/${surveyId}/metrics?channel=link`)).json()) as {
      n: number;
      score: number;
    };
    expect(filtered).toMatchObject({ n: 2, score: 0 });
    const csv = await (await api(`/surveys/${surveyId}/responses.csv`)).text();
    expect(csv.split('\n')[0]).toMatch(/,channel\r?$/);
    expect(csv).toMatch(/,web\r?\n/);
  });
});
