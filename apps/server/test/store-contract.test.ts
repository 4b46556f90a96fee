// The Store contract, run against every backend (a real SQLite file and a real
// PostgreSQL database): what routes rely on, whichever store is behind them.
import { randomUUID } from 'node:crypto';
import { SurveyInputSchema } from '@koe/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseCursor, ResponseWrite, Store, WebhookEndpoint } from '../src/store/types';
import { responseWrite } from './response-writes';
import { type OpenedStore, storeBackends } from './store-backends';

const T0 = Date.UTC(2026, 5, 1);
const definition = SurveyInputSchema.parse({
  name: 'Contract',
  type: 'nps',
  status: 'active',
  question: { en: 'Q?' },
});

const write = (surveyId: string, fields: Partial<ResponseWrite> = {}) =>
  responseWrite({ siteId: 'site_a', surveyId, ...fields });

const backends = await storeBackends('the store contract suite');

describe.each(backends)('Store contract on $name', ({ available, open }) => {
  let opened: OpenedStore;
  let store: Store;
  let n = 0;
  /** A fresh survey of site A for each test. */
  const survey = async (siteId = 'site_a') => {
    const id = `srv_${n++}`;
    await store.createSurvey({ id, siteId, type: 'nps', definition, createdAt: T0, updatedAt: T0 });
    return id;
  };

  beforeAll(async () => {
    if (!available) return;
    opened = await open();
    store = opened.store;
    for (const id of ['site_a', 'site_b'])
      await store.createSite({
        id,
        name: id,
        origins: ['https://shop.example'],
        publishableKey: `pk_${randomUUID().replaceAll('-', '')}`,
        createdAt: T0,
      });
  });
  afterAll(async () => {
    await opened?.close();
  });

  const test = it.skipIf(!available);

  /** A fresh site, for tests that change sites or count their keys. */
  const site = async () => {
    const id = `site_${n++}`;
    await store.createSite({
      id,
      name: id,
      origins: ['https://shop.example'],
      publishableKey: `pk_${randomUUID().replaceAll('-', '')}`,
      createdAt: T0 + n,
    });
    return id;
  };
  const key = (siteId: string, id: string, scope: 'read' | 'write', createdAt = T0) =>
    store.createSecretKey({
      id,
      siteId,
      prefix: `sk_${id}`,
      scope,
      name: `${scope} ${id}`,
      hash: `hash_${id}`,
      createdAt,
    });

  test('keeps sites, hashed keys and surveys, each scoped to its site', async () => {
    expect(await store.getSite('site_a')).toMatchObject({
      id: 'site_a',
      origins: ['https://shop.example'],
    });
    const site = await store.getSite('site_a');
    expect(await store.getSiteByPublishableKey(site?.publishableKey as string)).toEqual(site);
    await store.createSecretKey({
      id: 'key_1',
      siteId: 'site_a',
      prefix: 'sk_ab',
      scope: 'read',
      name: 'test key',
      hash: 'h1',
      createdAt: T0,
    });
    expect(await store.findSecretKeyByHash('h1')).toEqual({
      id: 'key_1',
      siteId: 'site_a',
      prefix: 'sk_ab',
      scope: 'read',
      name: 'test key',
      createdAt: T0,
      lastUsedAt: null,
      createdBy: null,
    });
    expect(await store.findSecretKeyByHash('nope')).toBeUndefined();

    const id = await survey();
    expect((await store.getSurvey('site_a', id))?.definition).toEqual(definition);
    expect(await store.getSurvey('site_b', id)).toBeUndefined();
    const paused = { ...definition, status: 'paused' as const };
    await store.updateSurvey({
      id,
      siteId: 'site_a',
      type: 'nps',
      definition: paused,
      createdAt: T0,
      updatedAt: T0 + 1,
    });
    expect((await store.listSurveys('site_a', { status: 'paused' })).map((s) => s.id)).toEqual([
      id,
    ]);
    expect(await store.listSurveys('site_b')).toEqual([]);
    expect(await store.deleteSurvey('site_b', id)).toBe(false);
    expect(await store.deleteSurvey('site_a', id)).toBe(true);
    expect(await store.getSurvey('site_a', id)).toBeUndefined();
  });

  test('lists sites oldest first and saves a new name and origins', async () => {
    const id = await site();
    const before = await store.getSite(id);
    await store.updateSite({
      ...(before as NonNullable<typeof before>),
      name: 'Renamed',
      origins: ['https://a.example', 'https://*.b.example'],
      // Neither the key nor the creation time ever changes.
      publishableKey: 'pk_ignored',
      createdAt: 0,
    });
    const after = await store.getSite(id);
    expect(after).toEqual({
      ...before,
      name: 'Renamed',
      origins: ['https://a.example', 'https://*.b.example'],
    });
    expect(
      await (await opened.twin()).getSiteByPublishableKey(before?.publishableKey ?? ''),
    ).toEqual(after);
    const ids = (await store.listSites()).map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual(['site_a', 'site_b']);
    expect(ids).toContain(id);
  });

  test("lists a site's live keys oldest first; a revoked key is found by no connection", async () => {
    const siteId = await site();
    await key(siteId, `w1_${siteId}`, 'write', T0);
    await key(siteId, `r1_${siteId}`, 'read', T0 + 1);
    await key(siteId, `w2_${siteId}`, 'write', T0 + 2);
    const twin = await opened.twin();
    expect((await store.listSecretKeys(siteId)).map((k) => k.id)).toEqual([
      `w1_${siteId}`,
      `r1_${siteId}`,
      `w2_${siteId}`,
    ]);
    expect(await store.getSecretKey(`r1_${siteId}`)).toMatchObject({ siteId, scope: 'read' });
    expect(await store.revokeSecretKey('site_b', `r1_${siteId}`, T0 + 9)).toBe('not-found');
    expect(await store.revokeSecretKey(siteId, 'key_missing', T0 + 9)).toBe('not-found');
    expect(await twin.findSecretKeyByHash(`hash_r1_${siteId}`)).toBeDefined();
    expect(await store.revokeSecretKey(siteId, `r1_${siteId}`, T0 + 9)).toBe('revoked');
    // Another process's connection sees it gone at once: nothing between them caches keys.
    expect(await twin.findSecretKeyByHash(`hash_r1_${siteId}`)).toBeUndefined();
    expect(await twin.getSecretKey(`r1_${siteId}`)).toBeUndefined();
    expect(await store.revokeSecretKey(siteId, `r1_${siteId}`, T0 + 9)).toBe('not-found');
    expect(await store.revokeSecretKey(siteId, `w1_${siteId}`, T0 + 9)).toBe('revoked');
    expect(await store.revokeSecretKey(siteId, `w2_${siteId}`, T0 + 9)).toBe('last-write-key');
    expect((await twin.listSecretKeys(siteId)).map((k) => k.id)).toEqual([`w2_${siteId}`]);
  });

  test('two connections revoking the last two write keys at once leave one', async () => {
    for (let round = 0; round < 5; round++) {
      const siteId = await site();
      await key(siteId, `a_${siteId}`, 'write');
      await key(siteId, `b_${siteId}`, 'write');
      const twin = await opened.twin();
      const outcomes = await Promise.all([
        store.revokeSecretKey(siteId, `a_${siteId}`, T0),
        twin.revokeSecretKey(siteId, `b_${siteId}`, T0),
      ]);
      expect(outcomes.sort()).toEqual(['last-write-key', 'revoked']);
      expect(await store.listSecretKeys(siteId)).toHaveLength(1);
    }
  });

  test("records a key's use only when the last record is stale", async () => {
    const siteId = await site();
    const id = `k_${siteId}`;
    await key(siteId, id, 'read');
    const lastUsed = async () => (await store.findSecretKeyByHash(`hash_${id}`))?.lastUsedAt;
    await store.touchSecretKey(id, T0 + 1_000, T0 + 1_000);
    expect(await lastUsed()).toBe(T0 + 1_000);
    await store.touchSecretKey(id, T0 + 30_000, T0 + 1_000); // not older than staleBefore
    expect(await lastUsed()).toBe(T0 + 1_000);
    await store.touchSecretKey(id, T0 + 70_000, T0 + 10_001);
    expect(await lastUsed()).toBe(T0 + 70_000);
  });

  test('adds up install counts from several connections, widening first and last seen', async () => {
    const siteId = await site();
    const seen = (origin: string | null, allowed: boolean, at: number, count: number) => ({
      siteId,
      origin,
      allowed,
      firstSeenAt: at,
      lastSeenAt: at + 10,
      count,
    });
    const twin = await opened.twin();
    await Promise.all([
      store.recordInstalls([seen('https://a.example', true, T0, 3), seen(null, true, T0, 1)], 100),
      twin.recordInstalls([seen('https://a.example', true, T0 - 5, 4)], 100),
    ]);
    // The same origin refused is another row; a site that does not exist records nothing.
    await twin.recordInstalls(
      [
        seen('https://a.example', false, T0 + 100, 2),
        { ...seen('https://x.example', true, T0, 1), siteId: 'site_missing' },
      ],
      100,
    );
    expect(await store.listInstalls(siteId)).toEqual([
      {
        siteId,
        origin: 'https://a.example',
        allowed: false,
        firstSeenAt: T0 + 100,
        lastSeenAt: T0 + 110,
        count: 2,
      },
      // Seen last at the same time: no Origin header first, then by origin.
      { siteId, origin: null, allowed: true, firstSeenAt: T0, lastSeenAt: T0 + 10, count: 1 },
      {
        siteId,
        origin: 'https://a.example',
        allowed: true,
        firstSeenAt: T0 - 5,
        lastSeenAt: T0 + 10,
        count: 7,
      },
    ]);
    expect(await store.listInstalls('site_missing')).toEqual([]);
  });

  test('keeps only the most recently seen origins per site and verdict', async () => {
    const siteId = await site();
    const other = await site();
    const seen = (id: string, origin: string, allowed: boolean, at: number) => ({
      siteId: id,
      origin,
      allowed,
      firstSeenAt: at,
      lastSeenAt: at,
      count: 1,
    });
    const refused = Array.from({ length: 8 }, (_, i) =>
      seen(siteId, `https://r${i}.example`, false, T0 + i),
    );
    await store.recordInstalls(
      [
        seen(siteId, 'https://old-but-allowed.example', true, T0 - 1_000),
        ...refused,
        seen(other, 'https://o.example', false, T0),
      ],
      3,
    );
    const kept = await store.listInstalls(siteId);
    // A flood of refused origins pushes out older refused ones only, never the allowed one.
    expect(kept.map((k) => k.origin)).toEqual([
      'https://r7.example',
      'https://r6.example',
      'https://r5.example',
      'https://old-but-allowed.example',
    ]);
    // An old origin seen again is recent again and stays.
    await store.recordInstalls([seen(siteId, 'https://r0.example', false, T0 + 50)], 3);
    expect(
      (await store.listInstalls(siteId)).filter((k) => !k.allowed).map((k) => k.origin),
    ).toEqual(['https://r0.example', 'https://r7.example', 'https://r6.example']);
    expect(await store.listInstalls(other)).toHaveLength(1);
  });

  test('applies a batch in order: created, duplicate, updated, conflicts, survey-gone', async () => {
    const srv = await survey();
    const other = await survey();
    const gone = await survey();
    await store.deleteSurvey('site_a', gone);
    const partial = write(srv, { score: 3, finished: false });
    const outcomes = await store.writeResponses(
      [
        partial,
        partial,
        { ...partial, score: 4, comment: 'slow delivery', touchpoint: 'checkout', finished: true },
        { ...partial, score: 5 },
        { ...partial, surveyId: other },
        write(gone),
      ],
      T0,
    );
    expect(outcomes.map((o) => o.kind)).toEqual([
      'created',
      'duplicate',
      'updated',
      'conflict',
      'conflict',
      'survey-gone',
    ]);
    expect(await store.getResponse('site_a', partial.id)).toMatchObject({
      score: 4,
      comment: 'slow delivery',
      touchpoint: 'checkout',
      finished: true,
      receivedAt: T0,
    });
    expect(await store.getResponse('site_b', partial.id)).toBeUndefined();
    expect(await store.countResponses(srv)).toBe(1);
    expect(await store.scoreCounts(srv, {})).toEqual([{ score: 4, n: 1 }]);
  });

  test('receives a write at its own time when it carries one (history, imports); rollups follow', async () => {
    const srv = await survey();
    const old = write(srv, { score: 3, touchpoint: 'returns', receivedAt: T0 - 40 * 86_400_000 });
    const fresh = write(srv, { score: 9, touchpoint: 'checkout' });
    await store.writeResponses([old, fresh], T0);
    expect(await store.getResponse('site_a', old.id)).toMatchObject({
      receivedAt: T0 - 40 * 86_400_000,
      updatedAt: T0 - 40 * 86_400_000,
    });
    expect((await store.getResponse('site_a', fresh.id))?.receivedAt).toBe(T0);
    expect(
      await store.scoreCounts(srv, { from: T0 - 41 * 86_400_000, to: T0 - 39 * 86_400_000 }),
    ).toEqual([{ score: 3, n: 1 }]);
    expect(await store.scoreCounts(srv, { from: T0 - 86_400_000 })).toEqual([{ score: 9, n: 1 }]);
    expect(
      await store.scoreCountsByGroup(srv, { to: T0 - 86_400_000 }, { column: 'touchpoint' }),
    ).toEqual([{ key: 'returns', score: 3, n: 1 }]);
  });

  test('one row when two connections post the same id at the same time', async () => {
    const srv = await survey();
    const twin = await opened.twin();
    const answers = Array.from({ length: 20 }, () => write(srv, { score: 2 }));
    const results = await Promise.all([
      store.writeResponses(answers, T0),
      twin.writeResponses([...answers].reverse(), T0),
    ]);
    const kinds = results.flat().map((o) => o.kind);
    expect(kinds.filter((k) => k === 'created')).toHaveLength(20);
    expect(kinds.filter((k) => k === 'duplicate')).toHaveLength(20);
    expect(await store.countResponses(srv)).toBe(20);
    expect(await store.scoreCounts(srv, {})).toEqual([{ score: 2, n: 20 }]);
  });

  test('pages in (receivedAt, id) order, none skipped or repeated while rows arrive', async () => {
    const srv = await survey();
    const before = Array.from({ length: 25 }, (_, i) => write(srv, { score: i % 11 }));
    for (const [i, w] of before.entries()) await store.writeResponses([w], T0 + Math.floor(i / 4));
    const seen: string[] = [];
    let after: ResponseCursor | undefined;
    for (let page = 0; ; page++) {
      const rows = await store.listResponses(srv, { from: T0, to: T0 + 1000 }, after, 4);
      seen.push(...rows.map((r) => r.id));
      // New answers arrive between pages, later in time and inside the range.
      await store.writeResponses([write(srv)], T0 + 100 + page);
      const last = rows.at(-1);
      if (rows.length < 4 || !last) break;
      after = [last.receivedAt, last.id];
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 25).sort()).toEqual(before.map((w) => w.id).sort());
    const detractors = await store.listResponses(srv, { bucket: ['detractor'] }, undefined, 100);
    expect(detractors.every((r) => r.bucket === 'detractor')).toBe(true);
    expect(detractors).toHaveLength(before.filter((w) => w.score <= 6).length);
  });

  test('pages newest first with order desc, the cursor continuing backwards', async () => {
    const srv = await survey();
    const rows = Array.from({ length: 11 }, (_, i) => write(srv, { score: i }));
    for (const [i, w] of rows.entries()) await store.writeResponses([w], T0 + Math.floor(i / 3));
    const seen: Array<[number, string]> = [];
    let after: ResponseCursor | undefined;
    for (;;) {
      const page = await store.listResponses(srv, { to: T0 + 3, order: 'desc' }, after, 2);
      seen.push(...page.map((r): [number, string] => [r.receivedAt, r.id]));
      const last = page.at(-1);
      if (page.length < 2 || !last) break;
      after = [last.receivedAt, last.id];
    }
    // Rows at T0 + 3 are outside [.., T0 + 3); the rest in descending (receivedAt, id) order.
    const expected = rows
      .map((w, i): [number, string] => [T0 + Math.floor(i / 3), w.id])
      .filter(([at]) => at < T0 + 3)
      .sort((a, b) => b[0] - a[0] || (a[1] < b[1] ? 1 : -1));
    expect(seen).toEqual(expected);
  });

  test('erasure removes the row from every aggregate, only within its site', async () => {
    const srv = await survey();
    const kept = write(srv, { score: 10, touchpoint: 'checkout' });
    const erased = write(srv, { score: 0, touchpoint: 'checkout' });
    await store.writeResponses([kept, erased], T0);
    expect(await store.eraseResponse('site_b', erased.id)).toBe(false);
    expect(await store.eraseResponse('site_a', erased.id)).toBe(true);
    expect(await store.eraseResponse('site_a', erased.id)).toBe(false);
    expect(await store.getResponse('site_a', erased.id)).toBeUndefined();
    expect(await store.scoreCounts(srv, {})).toEqual([{ score: 10, n: 1 }]);
    expect(await store.scoreCountsByGroup(srv, {}, { column: 'touchpoint' })).toEqual([
      { key: 'checkout', score: 10, n: 1 },
    ]);
  });

  test('groups by any attribute key, missing values as null', async () => {
    const srv = await survey();
    await store.writeResponses(
      [
        write(srv, { score: 9, attributes: { 'plan.tier': 'pro', "o'k": true } }),
        write(srv, { score: 3, attributes: { 'plan.tier': 'free' } }),
        write(srv, { score: 8 }),
      ],
      T0,
    );
    const byTier = await store.scoreCountsByGroup(srv, {}, { attribute: 'plan.tier' });
    expect(byTier.map((g) => `${g.key}:${g.score}:${g.n}`).sort()).toEqual([
      'free:3:1',
      'null:8:1',
      'pro:9:1',
    ]);
    const byQuote = await store.scoreCountsByGroup(srv, {}, { attribute: "o'k" });
    expect(byQuote.find((g) => g.score === 9)?.key).toBe('true');
  });

  test('who is at risk: the latest answer per respondent, its rule, the event with the answer before', async () => {
    const srv = await survey();
    await store.createWebhook({
      id: `wh_risk_${n}`,
      siteId: 'site_a',
      url: 'https://hooks.example/risk',
      events: ['respondent.at_risk'],
      surveyIds: [srv],
      buckets: null,
      format: 'standard',
      secret: 'whsec_c2VjcmV0',
      previousSecret: null,
      previousSecretUntil: null,
      status: 'active',
      createdAt: T0,
      updatedAt: T0,
    });
    const DAY = 86_400_000;
    // ann: 10 then 7 (a fall of 3, not a detractor). bob: 4 then 9 (recovered).
    // cy: a detractor once. dee: 8 then 6 (a detractor, fell by 2). Anonymous 0: not listed.
    const ann1 = write(srv, { score: 10, userId: 'ann' });
    const ann2 = write(srv, { score: 7, userId: 'ann', comment: 'slower lately' });
    const bob1 = write(srv, { score: 4, userId: 'bob' });
    const bob2 = write(srv, { score: 9, userId: 'bob' });
    const cy = write(srv, { score: 2, userId: 'cy', reasons: ['price'], device: 'mobile' });
    const dee1 = write(srv, { score: 8, userId: 'dee' });
    const dee2 = write(srv, { score: 6, userId: 'dee', finished: false });
    await store.writeResponses([ann1, bob1, dee1], T0);
    await store.writeResponses([ann2, bob2, cy, dee2, write(srv, { score: 0 })], T0 + DAY);
    // dee finishes later (the event comes with finishing).
    await store.writeResponses([{ ...dee2, finished: true }], T0 + DAY + 5);

    const listed = await store.atRiskRespondents(srv, {}, undefined, 10);
    expect(listed.map((e) => [e.latest.userId, e.latest.score, e.previous?.score ?? null])).toEqual(
      expect.arrayContaining([
        ['ann', 7, 10],
        ['cy', 2, null],
        ['dee', 6, 8],
      ]),
    );
    expect(listed).toHaveLength(3);
    // Newest first, keyset-paged.
    const first = await store.atRiskRespondents(srv, {}, undefined, 2);
    const rest = await store.atRiskRespondents(
      srv,
      {},
      [first[1]?.latest.receivedAt as number, first[1]?.latest.id as string],
      10,
    );
    expect([...first, ...rest].map((e) => e.latest.id)).toEqual(listed.map((e) => e.latest.id));
    // Filters apply to the latest answer; a range before the second answers sees the first.
    expect(
      (await store.atRiskRespondents(srv, { device: ['mobile'] }, undefined, 10)).map(
        (e) => e.latest.userId,
      ),
    ).toEqual(['cy']);
    expect(
      (await store.atRiskRespondents(srv, { to: T0 + DAY }, undefined, 10)).map(
        (e) => e.latest.userId,
      ),
    ).toEqual(['bob']);

    const events = (await store.listDeliveries('site_a', `wh_risk_${n}`, 50)).map(
      (d) => JSON.parse(d.payload).data,
    );
    const byUser = Object.fromEntries(events.map((e) => [e.userId, e]));
    expect(Object.keys(byUser).sort()).toEqual(['ann', 'bob', 'cy', 'dee']);
    expect(byUser.ann).toMatchObject({ rules: ['score-fell'], previous: { score: 10 } });
    expect(byUser.bob).toMatchObject({ rules: ['worst-bucket'], previous: null });
    expect(byUser.cy).toMatchObject({ rules: ['worst-bucket'], previous: null });
    expect(byUser.dee).toMatchObject({ rules: ['worst-bucket'], previous: { score: 8 } });
    expect(byUser.dee.response.id).toBe(dee2.id);
    // Its deliveries would be claimed by the outbox tests below: gone with the endpoint.
    expect(await store.deleteWebhook('site_a', `wh_risk_${n}`)).toBe(true);
  });

  test('writes webhook events to the outbox with the answers; claims lease them; attempts are logged', async () => {
    const srv = await survey();
    const other = await survey();
    const endpoint = (id: string, fields: Partial<WebhookEndpoint>): WebhookEndpoint => ({
      id,
      siteId: 'site_a',
      url: 'https://hooks.example/x',
      events: ['response.created', 'response.updated', 'response.finished'],
      surveyIds: null,
      buckets: null,
      format: 'standard',
      secret: 'whsec_c2VjcmV0',
      previousSecret: null,
      previousSecretUntil: null,
      status: 'active',
      createdAt: T0,
      updatedAt: T0,
      ...fields,
    });
    const all = endpoint(`wh_all_${n}`, { surveyIds: [srv] });
    const detractorsFinished = endpoint(`wh_det_${n}`, {
      events: ['response.finished'],
      buckets: ['detractor'],
      surveyIds: [srv],
    });
    await store.createWebhook(all);
    await store.createWebhook(detractorsFinished);
    await store.createWebhook(endpoint(`wh_b_${n}`, { siteId: 'site_b' }));
    expect((await store.listWebhooks('site_a')).map((e) => e.id)).toEqual(
      expect.arrayContaining([all.id, detractorsFinished.id]),
    );
    expect(await store.getWebhook('site_b', all.id)).toBeUndefined();

    const partial = write(srv, { score: 2, finished: false });
    await store.writeResponses([partial, write(srv, { score: 9 }), write(other, { score: 1 })], T0);
    await store.writeResponses([{ ...partial, finished: true }], T0 + 1);

    const logOf = async (id: string) => store.listDeliveries('site_a', id, 50);
    const events = (await logOf(all.id)).map((d) => d.event).sort();
    expect(events).toEqual([
      'response.created',
      'response.created',
      'response.finished',
      'response.finished',
      'response.updated',
    ]);
    const detractors = await logOf(detractorsFinished.id);
    expect(detractors.map((d) => [d.event, JSON.parse(d.payload).data.response.id])).toEqual([
      ['response.finished', partial.id],
    ]);

    // A claim leases: nothing is claimed twice before the lease runs out.
    const claimed = await store.claimDeliveries(T0 + 10, T0 + 5_000, 100);
    expect(claimed).toHaveLength(6);
    expect(claimed[0]).toMatchObject({
      url: 'https://hooks.example/x',
      secrets: ['whsec_c2VjcmV0'],
    });
    expect(await store.claimDeliveries(T0 + 10, T0 + 5_000, 100)).toEqual([]);
    const target = claimed.find((d) => d.endpointId === detractorsFinished.id);
    await store.recordDeliveryAttempt({
      deliveryId: target?.id as string,
      attempt: 1,
      at: T0 + 20,
      statusCode: 500,
      latencyMs: 12,
      error: null,
      result: 'failed',
      nextAttemptAt: null,
    });
    const [logged] = await logOf(detractorsFinished.id);
    expect(logged).toMatchObject({ status: 'failed', attempts: 1 });
    expect(logged?.attemptLog).toEqual([
      { attempt: 1, at: T0 + 20, statusCode: 500, latencyMs: 12, error: null },
    ]);
    expect((await store.getWebhook('site_a', detractorsFinished.id))?.status).toBe('failing');
    // Leases run out: the rest are due again.
    expect(await store.claimDeliveries(T0 + 6_000, T0 + 9_000, 100)).toHaveLength(5);

    // Erasing an answer removes its events, pending or logged.
    const before = (await logOf(all.id)).length;
    expect(await store.eraseResponse('site_a', partial.id)).toBe(true);
    const left = await logOf(all.id);
    expect(left).toHaveLength(before - 3);
    expect(left.some((d) => d.payload.includes(partial.id))).toBe(false);
    expect(await logOf(detractorsFinished.id)).toEqual([]);
    // Finished deliveries are pruned by age; pending ones stay.
    const delivered = left[0] as (typeof left)[number];
    await store.recordDeliveryAttempt({
      deliveryId: delivered.id,
      attempt: 1,
      at: T0 + 30,
      statusCode: 200,
      latencyMs: 3,
      error: null,
      result: 'delivered',
      nextAttemptAt: null,
    });
    expect(await store.pruneDeliveries(T0 + 1_000)).toBe(1);
    expect((await logOf(all.id)).map((d) => d.id)).not.toContain(delivered.id);
    expect(await logOf(all.id)).toHaveLength(left.length - 1);

    expect(await store.deleteWebhook('site_b', all.id)).toBe(false);
    expect(await store.deleteWebhook('site_a', all.id)).toBe(true);
    expect(await logOf(all.id)).toEqual([]);
  });

  test('a paused endpoint: its events wait unclaimed; an attempt in flight leaves it paused', async () => {
    const srv = await survey();
    const paused: WebhookEndpoint = {
      id: `wh_paused_${n++}`,
      siteId: 'site_a',
      url: 'https://hooks.example/paused',
      events: ['response.created'],
      surveyIds: [srv],
      buckets: null,
      format: 'standard',
      secret: 'whsec_c2VjcmV0',
      previousSecret: null,
      previousSecretUntil: null,
      status: 'paused',
      createdAt: T0,
      updatedAt: T0,
    };
    await store.createWebhook(paused);
    await store.writeResponses([write(srv, { score: 7 })], T0);
    const claimMine = async (at: number) =>
      (await store.claimDeliveries(at, at + 5_000, 100)).filter((d) => d.endpointId === paused.id);
    expect(await claimMine(T0 + 10)).toEqual([]);
    expect(await store.listDeliveries('site_a', paused.id, 10)).toMatchObject([
      { status: 'pending', attempts: 0 },
    ]);

    await store.updateWebhook({ ...paused, status: 'active' });
    const [claimed] = await claimMine(T0 + 20);
    expect(claimed).toBeDefined();
    // Paused again while that attempt is in flight: its result does not unpause it.
    await store.updateWebhook({ ...paused, status: 'paused' });
    await store.recordDeliveryAttempt({
      deliveryId: claimed?.id as string,
      attempt: 1,
      at: T0 + 30,
      statusCode: 500,
      latencyMs: 5,
      error: null,
      result: 'failed',
      nextAttemptAt: null,
    });
    expect((await store.getWebhook('site_a', paused.id))?.status).toBe('paused');
    expect(await store.deleteWebhook('site_a', paused.id)).toBe(true);
  });
});
