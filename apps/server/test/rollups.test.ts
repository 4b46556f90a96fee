// Rollups must always equal a recomputation from raw rows: after random
// inserts, unfinished answers changing score, duplicates and erasures, for
// random ranges (aligned or not) and local-day buckets in random zones; and
// the group rollups equal raw grouping, also when a later post fills in a segment.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Device, SurveyInputSchema, timeBuckets } from '@koe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/sqlite-store';
import type { ResponseWrite, ScoreCount } from '../src/store/types';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 1);
const ZONES = [
  'UTC',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/New_York',
  'Australia/Lord_Howe',
];

const sorted = (rows: Array<ScoreCount & { i?: number }>) =>
  rows
    .filter((r) => r.n > 0)
    .map((r) => `${r.i ?? 0}:${r.score}:${r.n}`)
    .sort();

// Counts of one key and score may arrive in several rows (rollups + raw edges): sum them.
const sortedGroups = (rows: Array<ScoreCount & { key: string | null }>) => {
  const sums = new Map<string, number>();
  for (const r of rows)
    sums.set(`${r.key}:${r.score}`, (sums.get(`${r.key}:${r.score}`) ?? 0) + r.n);
  return [...sums]
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k}:${n}`)
    .sort();
};

type Op =
  | { kind: 'new'; score: number; at: number; finished: boolean; segments: Segments }
  | { kind: 'rescore'; pick: number; score: number; finished: boolean; segments: Segments }
  | { kind: 'repeat'; pick: number }
  | { kind: 'erase'; pick: number };

// Few values each, so segments repeat; undefined too, which a later post may fill in.
const segments = fc.record({
  touchpoint: fc.constantFrom(undefined, 'checkout', 'support'),
  device: fc.constantFrom('desktop', 'mobile', 'tablet') as fc.Arbitrary<Device>,
  country: fc.constantFrom(undefined, 'JP', 'DE'),
  locale: fc.constantFrom(undefined, 'ja', 'en-GB'),
});
type Segments = {
  touchpoint: string | undefined;
  device: Device;
  country: string | undefined;
  locale: string | undefined;
};

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('new' as const),
      score: fc.integer({ min: 0, max: 10 }),
      at: fc.integer({ min: 0, max: 20 * DAY }),
      finished: fc.boolean(),
      segments,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('rescore' as const),
      pick: fc.nat(),
      score: fc.integer({ min: 0, max: 6 }),
      finished: fc.boolean(),
      segments,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), pick: fc.nat() }) },
);

async function storeWithSurvey(path: string) {
  const store = new SqliteStore({ path });
  await store.migrate();
  await store.createSite({
    id: 'site_a',
    name: 'A',
    origins: ['*'],
    publishableKey: `pk_${randomUUID().replaceAll('-', '')}`,
    createdAt: 0,
  });
  const definition = SurveyInputSchema.parse({
    name: 'R',
    type: 'nps',
    status: 'active',
    question: { en: 'Q' },
  });
  await store.createSurvey({
    id: 'srv',
    siteId: 'site_a',
    type: 'nps',
    definition,
    createdAt: 0,
    updatedAt: 0,
  });
  return store;
}

describe('response rollups', () => {
  it('move an answer to the segment a later post fills in, at the same score', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koe-rollups-'));
    const store = await storeWithSurvey(join(dir, 'koe.db'));
    try {
      const first: ResponseWrite = {
        id: randomUUID(),
        siteId: 'site_a',
        surveyId: 'srv',
        score: 3,
        bucket: 'detractor',
        reasons: undefined,
        comment: undefined,
        touchpoint: undefined,
        attributes: undefined,
        userId: undefined,
        locale: undefined,
        url: undefined,
        page: undefined,
        device: 'mobile',
        country: undefined,
        finished: false,
      };
      await store.writeResponses([first], T0);
      await store.writeResponses([{ ...first, touchpoint: 'checkout', finished: true }], T0 + 1);
      const groups = store.analytics.scoreCountsByGroup('srv', {}, { column: 'touchpoint' });
      expect(groups).toEqual([{ key: 'checkout', score: 3, n: 1 }]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('equal raw recomputation after random inserts, score changes, repeats and erasures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'koe-rollups-'));
    try {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(op, { minLength: 1, maxLength: 60 }),
          fc.array(
            fc.tuple(
              fc.integer({ min: -DAY, max: 21 * DAY }),
              fc.integer({ min: -DAY, max: 21 * DAY }),
            ),
            { minLength: 1, maxLength: 5 },
          ),
          fc.constantFrom(...ZONES),
          async (ops, ranges, zone) => {
            const store = await storeWithSurvey(join(dir, `r${run++}.db`));
            const written: ResponseWrite[] = [];
            for (const o of ops) {
              if (o.kind === 'new') {
                const write: ResponseWrite = {
                  id: randomUUID(),
                  siteId: 'site_a',
                  surveyId: 'srv',
                  score: o.score,
                  bucket: o.score >= 9 ? 'promoter' : o.score >= 7 ? 'passive' : 'detractor',
                  reasons: undefined,
                  comment: undefined,
                  attributes: undefined,
                  userId: undefined,
                  url: undefined,
                  page: undefined,
                  ...o.segments,
                  finished: o.finished,
                };
                written.push(write);
                await store.writeResponses([write], T0 + o.at);
              } else if (written.length > 0) {
                const target = written[o.pick % written.length] as ResponseWrite;
                if (o.kind === 'rescore') {
                  const bucket = o.score >= 9 ? 'promoter' : o.score >= 7 ? 'passive' : 'detractor';
                  await store.writeResponses(
                    [{ ...target, ...o.segments, score: o.score, bucket, finished: o.finished }],
                    T0 + 30 * DAY,
                  );
                } else if (o.kind === 'repeat') {
                  await store.writeResponses([target, target], T0 + 30 * DAY);
                } else {
                  await store.eraseResponse('site_a', target.id);
                }
              }
            }
            const a = store.analytics;
            for (const [x, y] of ranges) {
              const range = { from: T0 + Math.min(x, y), to: T0 + Math.max(x, y) + 1 };
              expect(sorted(a.scoreCounts('srv', range))).toEqual(
                sorted(a.rawScoreCounts('srv', range)),
              );
            }
            expect(sorted(a.scoreCounts('srv', {}))).toEqual(sorted(a.rawScoreCounts('srv', {})));
            for (const column of ['touchpoint', 'device', 'country', 'locale']) {
              for (const [x, y] of ranges) {
                const range = { from: T0 + Math.min(x, y), to: T0 + Math.max(x, y) + 1 };
                expect(sortedGroups(a.scoreCountsByGroup('srv', range, { column }))).toEqual(
                  sortedGroups(a.rawScoreCountsByGroup('srv', range, column)),
                );
              }
              expect(sortedGroups(a.scoreCountsByGroup('srv', {}, { column }))).toEqual(
                sortedGroups(a.rawScoreCountsByGroup('srv', {}, column)),
              );
            }
            const buckets = timeBuckets(T0 - DAY, T0 + 21 * DAY, 'day', zone);
            expect(sorted(a.scoreCountsByBucket('srv', buckets))).toEqual(
              sorted(a.rawScoreCountsByBucket('srv', buckets)),
            );
            await store.close();
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
