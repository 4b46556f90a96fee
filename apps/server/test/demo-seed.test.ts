// The demo that `npm start` makes: ~90 days of answers that look real
// (drifting scores, segments that differ, the surveys' own reasons, English
// and Japanese comments), deterministic, marked demo: true, written through
// the store's write path so every aggregate agrees with the rows, quick to
// write, skippable, and erasable again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bucketOf,
  compareDistributions,
  distributionFromCounts,
  type SurveyDefinition,
  type SurveyType,
} from '@koe/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../src/clock';
import { demoAnswers } from '../src/demo-answers';
import { DEMO_SITE_ID, removeDemoAnswers, seedDemo } from '../src/demo-seed';
import { SqliteStore } from '../src/store/sqlite/store';
import type { StoredResponseRow } from '../src/store/types';
import { responseWrite } from './response-writes';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 1, 12, 34);
const ORIGINS = ['http://localhost:8787', 'http://127.0.0.1:8787'];
const SURVEYS = ['srv_demo_nps', 'srv_demo_csat', 'srv_demo_ces'];

let dir: string;
let store: SqliteStore;
let clock: ManualClock;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'koe-demo-'));
  store = new SqliteStore({ path: join(dir, 'koe.db') });
  await store.migrate();
  clock = new ManualClock(NOW);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function rows(surveyId: string): Promise<StoredResponseRow[]> {
  return store.listResponses(surveyId, {}, undefined, 10_000);
}

const typeOf = (surveyId: string): SurveyType =>
  surveyId.endsWith('nps') ? 'nps' : surveyId.endsWith('csat') ? 'csat' : 'ces';

async function distribution(surveyId: string, from: number, to: number) {
  return distributionFromCounts(typeOf(surveyId), await store.scoreCounts(surveyId, { from, to }));
}

describe('seedDemo with answers', () => {
  it('writes about 90 days of answers to every demo survey, quickly, each marked demo: true', async () => {
    const started = performance.now();
    const seeded = await seedDemo(store, clock, ORIGINS);
    const ms = performance.now() - started;
    console.info(`demo seed: ${seeded.answers} answers in ${Math.round(ms)} ms`);
    // A couple of seconds at most on a developer's machine; loose here for shared CI runners.
    expect(ms).toBeLessThan(6_000);
    expect(seeded.answers).toBeGreaterThan(2_000);
    expect(seeded.answers).toBeLessThan(3_000);
    let total = 0;
    for (const surveyId of SURVEYS) {
      const answers = await rows(surveyId);
      total += answers.length;
      expect(answers.every((r) => r.attributes.demo === true && r.siteId === DEMO_SITE_ID)).toBe(
        true,
      );
      const times = answers.map((r) => r.receivedAt);
      expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW - 90 * DAY);
      expect(Math.max(...times)).toBeLessThan(NOW);
      // Answers spread over the day, not a few batch times.
      expect(new Set(times).size).toBeGreaterThan(answers.length * 0.95);
      expect(new Set(answers.map((r) => r.touchpoint)).size).toBeGreaterThanOrEqual(2);
    }
    expect(total).toBe(seeded.answers);
  });

  it('uses only each survey’s own reason chips, and comments in the visitor’s language', async () => {
    await seedDemo(store, clock, ORIGINS);
    const comments = new Map<string, number>();
    for (const surveyId of SURVEYS) {
      const survey = await store.getSurvey(DEMO_SITE_ID, surveyId);
      const followUp = (survey?.definition as SurveyDefinition).followUp as Record<
        string,
        { reasons?: Array<{ id: string }> }
      >;
      for (const row of await rows(surveyId)) {
        expect(row.bucket).toBe(bucketOf(typeOf(surveyId), row.score));
        const chips = followUp?.[row.bucket]?.reasons?.map((r) => r.id) ?? [];
        for (const reason of row.reasons) expect(chips).toContain(reason);
        if (row.comment) {
          comments.set(row.comment, (comments.get(row.comment) ?? 0) + 1);
          const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/.test(row.comment);
          expect(japanese ? row.locale === 'ja' : row.locale?.startsWith('en')).toBe(true);
        }
        expect(row.url).toBe(`http://localhost:8787${row.page}`);
      }
    }
    const texts = [...comments.keys()];
    expect(texts.length).toBeGreaterThanOrEqual(30);
    expect(texts.some((t) => /[\u3040-\u30ff]/.test(t))).toBe(true);
    expect(texts.some((t) => /^[A-Z][a-z]/.test(t))).toBe(true);
  });

  it('tells a story: NPS up after the checkout fix, CES down since the new sign-up step, mobile worse', async () => {
    await seedDemo(store, clock, ORIGINS);
    const last30 = await distribution('srv_demo_nps', NOW - 30 * DAY, NOW);
    const before = await distribution('srv_demo_nps', NOW - 60 * DAY, NOW - 30 * DAY);
    const nps = compareDistributions('nps', last30, before);
    expect(nps.delta).toBeGreaterThan(5);
    expect(nps.p).toBeLessThan(0.05);
    const ces = compareDistributions(
      'ces',
      await distribution('srv_demo_ces', NOW - 14 * DAY, NOW),
      await distribution('srv_demo_ces', NOW - 44 * DAY, NOW - 14 * DAY),
    );
    expect(ces.delta).toBeLessThan(0);
    const byDevice = await store.scoreCountsByGroup('srv_demo_nps', {}, { column: 'device' });
    const mean = (device: string) => {
      const counts = byDevice.filter((g) => g.key === device);
      const n = counts.reduce((sum, c) => sum + c.n, 0);
      return counts.reduce((sum, c) => sum + c.score * c.n, 0) / n;
    };
    expect(mean('mobile')).toBeLessThan(mean('desktop'));
  });

  it('keeps every aggregate equal to the rows (the store’s write path, rollups included)', async () => {
    await seedDemo(store, clock, ORIGINS);
    for (const surveyId of SURVEYS) {
      for (const range of [
        {},
        { from: NOW - 7 * DAY },
        { from: NOW - 45 * DAY + 1_234, to: NOW - 3 * DAY },
      ]) {
        expect(await store.scoreCounts(surveyId, range)).toEqual(
          store.analytics.rawScoreCounts(surveyId, range),
        );
        for (const column of ['touchpoint', 'device', 'country', 'locale']) {
          const sorted = (list: Array<{ key: string | null; score: number; n: number }>) =>
            [...list].sort((a, b) => `${a.key}/${a.score}`.localeCompare(`${b.key}/${b.score}`));
          expect(sorted(await store.scoreCountsByGroup(surveyId, range, { column }))).toEqual(
            sorted(store.analytics.rawScoreCountsByGroup(surveyId, range, column)),
          );
        }
      }
    }
  });

  it('is deterministic: the same time gives the same answers', () => {
    const once = demoAnswers({ siteId: DEMO_SITE_ID, now: NOW, pageOrigin: ORIGINS[0] as string });
    const again = demoAnswers({ siteId: DEMO_SITE_ID, now: NOW, pageOrigin: ORIGINS[0] as string });
    expect(again).toEqual(once);
    expect(new Set(once.map((w) => w.id)).size).toBe(once.length);
    // Time-ordered UUIDv7 ids, like the widget's.
    for (const write of once.slice(0, 50))
      expect(write.id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
  });
});

describe('seedDemo', () => {
  it('writes no answers when asked not to (--no-demo-data)', async () => {
    const seeded = await seedDemo(store, clock, ORIGINS, { answers: false });
    expect(seeded.answers).toBe(0);
    expect(seeded.secretKey).toMatch(/^sk_/);
    for (const surveyId of SURVEYS) expect(await store.countResponses(surveyId)).toBe(0);
  });

  it('seeds once; a later start on another port adds that origin and no answers', async () => {
    const first = await seedDemo(store, clock, ORIGINS);
    clock.advance(DAY);
    const again = await seedDemo(store, clock, ['http://localhost:8788', 'http://127.0.0.1:8788']);
    expect(again.answers).toBe(0);
    expect(again.secretKey).toBeUndefined();
    expect(again.site.origins).toEqual([
      ...ORIGINS,
      'http://localhost:8788',
      'http://127.0.0.1:8788',
    ]);
    const counted = await Promise.all(SURVEYS.map((id) => store.countResponses(id)));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(first.answers);
  });
});

describe('removeDemoAnswers', () => {
  it('erases the demo answers from rows and aggregates, and nothing else', async () => {
    const seeded = await seedDemo(store, clock, ORIGINS);
    const real = responseWrite({ siteId: DEMO_SITE_ID, surveyId: 'srv_demo_nps', score: 10 });
    await store.writeResponses([real], NOW);
    expect(await removeDemoAnswers(store)).toBe(seeded.answers);
    expect((await rows('srv_demo_nps')).map((r) => r.id)).toEqual([real.id]);
    expect(await store.scoreCounts('srv_demo_nps', {})).toEqual([{ score: 10, n: 1 }]);
    for (const surveyId of ['srv_demo_csat', 'srv_demo_ces'])
      expect(await store.scoreCounts(surveyId, {})).toEqual([]);
    expect(await removeDemoAnswers(store)).toBe(0);
  });
});
