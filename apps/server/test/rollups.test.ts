import { type Device, timeBuckets } from '@koe/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseWrite, ScoreCount } from '../src/store/types';
import { npsBucket, responseWrite } from './response-writes';
import { addNpsSurvey, addSite, type OpenedStore, storeBackends } from './store-backends';

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
type Keyed = ScoreCount & { key: string | null };
const sortedGroups = (rows: Keyed[]) => {
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

function newWrite(
  surveyId: string,
  score: number,
  segments: Segments,
  finished: boolean,
): ResponseWrite {
  return responseWrite({ siteId: 'site_a', surveyId, score, ...segments, finished });
}

const backends = await storeBackends('the rollup property tests');

describe.each(backends)('response rollups on $name', ({ name, available, open }) => {
  let opened: OpenedStore;
  let surveys = 0;
  beforeAll(async () => {
    if (!available) return;
    opened = await open();
    await addSite(opened.store, 'site_a');
  });
  afterAll(async () => {
    await opened?.close();
  });

  it.skipIf(!available)(
    'move an answer to the segment a later post fills in, at the same score',
    async () => {
      const { store } = opened;
      const surveyId = `srv_${surveys++}`;
      await addNpsSurvey(store, 'site_a', surveyId);
      const first = newWrite(
        surveyId,
        3,
        { touchpoint: undefined, device: 'mobile', country: undefined, locale: undefined },
        false,
      );
      await store.writeResponses([first], T0);
      await store.writeResponses([{ ...first, touchpoint: 'checkout', finished: true }], T0 + 1);
      const groups = await store.scoreCountsByGroup(surveyId, {}, { column: 'touchpoint' });
      expect(groups).toEqual([{ key: 'checkout', score: 3, n: 1 }]);
    },
  );

  it.skipIf(!available)(
    'equal raw recomputation after random inserts, score changes, repeats and erasures',
    async () => {
      const { store, raw } = opened;
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
            // A fresh survey per run: rollups and rows are per survey.
            const srv = `srv_${surveys++}`;
            await addNpsSurvey(store, 'site_a', srv);
            const written: ResponseWrite[] = [];
            for (const o of ops) {
              if (o.kind === 'new') {
                const write = newWrite(srv, o.score, o.segments, o.finished);
                written.push(write);
                await store.writeResponses([write], T0 + o.at);
              } else if (written.length > 0) {
                const target = written[o.pick % written.length] as ResponseWrite;
                if (o.kind === 'rescore') {
                  await store.writeResponses(
                    [
                      {
                        ...target,
                        ...o.segments,
                        score: o.score,
                        bucket: npsBucket(o.score),
                        finished: o.finished,
                      },
                    ],
                    T0 + 30 * DAY,
                  );
                } else if (o.kind === 'repeat') {
                  await store.writeResponses([target, target], T0 + 30 * DAY);
                } else {
                  await store.eraseResponse('site_a', target.id);
                }
              }
            }
            const asRanges = [
              ...ranges.map(([x, y]) => ({
                from: T0 + Math.min(x, y),
                to: T0 + Math.max(x, y) + 1,
              })),
              {},
            ];
            for (const range of asRanges) {
              expect(sorted(await store.scoreCounts(srv, range))).toEqual(
                sorted((await raw.rawScoreCounts(srv, range)) as ScoreCount[]),
              );
              for (const column of ['touchpoint', 'device', 'country', 'locale']) {
                expect(
                  sortedGroups(await store.scoreCountsByGroup(srv, range, { column })),
                ).toEqual(
                  sortedGroups((await raw.rawScoreCountsByGroup(srv, range, column)) as Keyed[]),
                );
              }
            }
            const buckets = timeBuckets(T0 - DAY, T0 + 21 * DAY, 'day', zone);
            expect(sorted(await store.scoreCountsByBucket(srv, buckets))).toEqual(
              sorted(
                (await raw.rawScoreCountsByBucket(srv, buckets)) as Array<
                  ScoreCount & { i: number }
                >,
              ),
            );
          },
        ),
        // PostgreSQL round trips cost more; the same property, fewer runs.
        { numRuns: name === 'sqlite' ? 40 : 15 },
      );
    },
  );
});
