import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Device, keepBuckets, type ResponseFilters, timeBuckets } from '@koe/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverPackageDir } from '../src/package-dir';
import { countTerms } from '../src/store/term-deltas';
import type { ResponseWrite, ScoreCount, StoredResponseRow } from '../src/store/types';
import { npsBucket, responseWrite } from './response-writes';
import { addNpsSurvey, addSite, type OpenedStore, storeBackends } from './store-backends';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 4, 1);
const ZONES = ['UTC', 'Asia/Tokyo', 'America/New_York', 'Asia/Kolkata'];
const COMMENTS = [
  'Delivery was SLOW and the box was damaged',
  'slow checkout, great support',
  '配送が遅いです',
  '梱包は丁寧でした。配送が早い',
  'Price too high',
  'ok',
];
const REASONS = ['price', 'delivery', 'quality', 'support'];

const answer = fc.record({
  score: fc.integer({ min: 0, max: 10 }),
  at: fc.integer({ min: 0, max: 12 * DAY }),
  touchpoint: fc.constantFrom(undefined, 'checkout', 'support'),
  device: fc.constantFrom('desktop', 'mobile', 'tablet') as fc.Arbitrary<Device>,
  country: fc.constantFrom(undefined, 'JP', 'DE'),
  locale: fc.constantFrom(undefined, 'ja', 'en'),
  page: fc.constantFrom(undefined, '/checkout', '/cart'),
  reasons: fc.subarray(REASONS, { maxLength: 2 }),
  plan: fc.constantFrom(undefined, 'pro', 'free', 3, true),
  comment: fc.constantFrom(undefined, ...COMMENTS),
  // An unfinished answer finished later with a comment (an update, as the widget sends).
  finishedLater: fc.option(fc.constantFrom(...COMMENTS), { nil: undefined }),
  // …possibly with another score, and with the context the first post left out
  // (touchpoint, locale, attributes): every day count must move with it.
  rescored: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  contextLater: fc.boolean(),
  // Some answers are erased again (their comments must leave the term counts).
  erased: fc.boolean(),
});

// Mostly absent, so that cases with one or two filters (and none) are common:
// each plan (rollups, segment rollups, day counts of segments, a reason or an
// attribute, raw rows, term table) gets exercised.
const values = <T>(...choices: T[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.subarray(choices, { minLength: 1 }) },
  );

const filters: fc.Arbitrary<ResponseFilters> = fc
  .record({
    touchpoint: values('checkout', 'support', 'nowhere'),
    device: values('desktop', 'mobile', 'tablet'),
    country: values('JP', 'DE'),
    locale: values('ja', 'en'),
    page: values('/checkout', '/cart'),
    bucket: values('detractor', 'passive', 'promoter'),
    reason: values(...REASONS),
    plan: values('pro', 'free', '3', 'true'),
    q: fc.oneof(
      { weight: 3, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: fc.constantFrom('slow', 'SLOW', 'Delivery', '遅い', '配送が', 'ok', 'x'),
      },
    ),
  })
  .map(({ plan, ...rest }) => {
    const picked: ResponseFilters = {};
    for (const [key, value] of Object.entries(rest))
      if (value !== undefined) (picked as Record<string, unknown>)[key] = value;
    if (plan) picked.attributes = { plan };
    return picked;
  });

/** The filter grammar, read by hand: the reference every backend path must equal. */
function passes(row: StoredResponseRow, f: ResponseFilters): boolean {
  const inList = (value: string | null, list?: string[]) =>
    !list || (value !== null && list.includes(value));
  if (!inList(row.touchpoint, f.touchpoint)) return false;
  if (!inList(row.device, f.device)) return false;
  if (!inList(row.country, f.country)) return false;
  if (!inList(row.locale, f.locale)) return false;
  if (!inList(row.page, f.page)) return false;
  if (!inList(row.bucket, f.bucket)) return false;
  if (f.reason && !row.reasons.some((r) => f.reason?.includes(r))) return false;
  for (const [key, allowed] of Object.entries(f.attributes ?? {})) {
    const value = row.attributes[key];
    if (value === undefined || !allowed.includes(String(value))) return false;
  }
  if (f.q !== undefined && !(row.comment ?? '').toLowerCase().includes(f.q.toLowerCase()))
    return false;
  return true;
}

/** The statements of one migration's SQL file, as drizzle's migrator splits them. */
function migrationSql(dialect: 'sqlite' | 'postgres', name: string): string[] {
  const folder = join(serverPackageDir(), 'drizzle', dialect);
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ tag: string }>;
  };
  const entry = journal.entries.find((e) => e.tag.endsWith(`_${name}`));
  if (!entry) throw new Error(`no migration ${name}`);
  return readFileSync(join(folder, `${entry.tag}.sql`), 'utf8')
    .split('--> statement-breakpoint')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

const scoreLines = (rows: ScoreCount[]) => rows.map((r) => `${r.score}:${r.n}`).sort();

const inRange = (at: number, { from, to }: { from?: number; to?: number }) =>
  (from === undefined || at >= from) && (to === undefined || at < to);

function counts(rows: StoredResponseRow[]): string[] {
  const n = new Map<number, number>();
  for (const row of rows) n.set(row.score, (n.get(row.score) ?? 0) + 1);
  return [...n].map(([score, count]) => `${score}:${count}`).sort();
}

const summed = (
  rows: Array<ScoreCount & { i?: number; key?: string | null }>,
  key: (r: ScoreCount & { i?: number; key?: string | null }) => string,
) => {
  const sums = new Map<string, number>();
  for (const r of rows) sums.set(key(r), (sums.get(key(r)) ?? 0) + r.n);
  return [...sums]
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k}:${n}`)
    .sort();
};

const backends = await storeBackends('the filter property tests');

describe.each(backends)('filtered reads on $name', ({ name, available, open }) => {
  let opened: OpenedStore;
  let surveys = 0;
  beforeAll(async () => {
    if (!available) return;
    opened = await open();
    await addSite(opened.store, 'site_f');
  });
  afterAll(async () => {
    await opened?.close();
  });

  it.skipIf(!available)(
    'equal the filter applied by hand, for counts, series, groups, reasons and pages',
    async () => {
      const { store } = opened;
      await fc.assert(
        fc.asyncProperty(
          fc.array(answer, { minLength: 1, maxLength: 40 }),
          fc.array(filters, { minLength: 1, maxLength: 4 }).map((cases) => [{}, ...cases]),
          fc.tuple(
            fc.integer({ min: -DAY, max: 13 * DAY }),
            fc.integer({ min: -DAY, max: 13 * DAY }),
          ),
          fc.constantFrom(...ZONES),
          async (answers, cases, [x, y], zone) => {
            const srv = `srv_f${surveys++}`;
            await addNpsSurvey(store, 'site_f', srv);
            for (const a of answers) {
              const later = a.finishedLater !== undefined && a.contextLater;
              const write: ResponseWrite = responseWrite({
                siteId: 'site_f',
                surveyId: srv,
                score: a.score,
                bucket: npsBucket(a.score),
                touchpoint: later ? undefined : a.touchpoint,
                device: a.device,
                country: a.country,
                locale: later ? undefined : a.locale,
                page: a.page,
                reasons: a.reasons.length ? a.reasons : undefined,
                attributes: a.plan === undefined || later ? undefined : { plan: a.plan },
                comment: a.comment,
                finished: a.finishedLater === undefined,
              });
              await store.writeResponses([write], T0 + a.at);
              if (a.finishedLater !== undefined) {
                const score = a.rescored ?? a.score;
                await store.writeResponses(
                  [
                    {
                      ...write,
                      score,
                      bucket: npsBucket(score),
                      comment: a.finishedLater,
                      finished: true,
                      ...(later && {
                        touchpoint: a.touchpoint,
                        locale: a.locale,
                        attributes: a.plan === undefined ? undefined : { plan: a.plan },
                      }),
                    },
                  ],
                  T0 + a.at + 1000,
                );
              }
              if (a.erased) await store.eraseResponse('site_f', write.id);
            }
            const stored = await store.listResponses(srv, {}, undefined, 10_000);
            const range = { from: T0 + Math.min(x, y), to: T0 + Math.max(x, y) + 1 };
            const buckets = timeBuckets(T0 - DAY, T0 + 13 * DAY, 'day', zone);
            for (const f of cases) {
              const kept = stored.filter((row) => passes(row, f));
              const inIt = kept.filter((row) => inRange(row.receivedAt, range));
              const why = JSON.stringify(f);
              // Counts: a bucket filter keeps its scores (as the routes do).
              const read = keepBuckets('nps', await store.scoreCounts(srv, range, f), f.bucket);
              expect(
                summed(read, (r) => String(r.score)),
                why,
              ).toEqual(counts(inIt));
              // A local-day series.
              const series = keepBuckets(
                'nps',
                await store.scoreCountsByBucket(srv, buckets, f),
                f.bucket,
              );
              const expectedSeries = kept.flatMap((row) => {
                const i = buckets.findIndex(
                  (b) => row.receivedAt >= b.start && row.receivedAt < b.end,
                );
                return i < 0 ? [] : [{ i, score: row.score, n: 1 }];
              });
              expect(
                summed(series, (r) => `${r.i}:${r.score}`),
                why,
              ).toEqual(summed(expectedSeries, (r) => `${r.i}:${r.score}`));
              // Groups by a rollup dimension, by page and by an attribute.
              for (const groupBy of [
                { column: 'touchpoint' },
                { column: 'page' },
                { attribute: 'plan' },
              ]) {
                const groups = keepBuckets(
                  'nps',
                  await store.scoreCountsByGroup(srv, range, groupBy, f),
                  f.bucket,
                );
                const keyOf = (row: StoredResponseRow) =>
                  'column' in groupBy
                    ? (row[groupBy.column as 'touchpoint' | 'page'] ?? null)
                    : row.attributes.plan === undefined
                      ? null
                      : String(row.attributes.plan);
                expect(
                  summed(groups, (r) => `${r.key}:${r.score}`),
                  `${why} ${JSON.stringify(groupBy)}`,
                ).toEqual(
                  summed(
                    inIt.map((row) => ({ key: keyOf(row), score: row.score, n: 1 })),
                    (r) => `${r.key}:${r.score}`,
                  ),
                );
              }
              // Reason chips × scores (the reasons endpoint).
              const cited = keepBuckets(
                'nps',
                await store.reasonScoreCounts(srv, range, f),
                f.bucket,
              );
              expect(
                summed(
                  cited.map((r) => ({ ...r, key: r.reason })),
                  (r) => `${r.key}:${r.score}`,
                ),
                `${why} reasons`,
              ).toEqual(
                summed(
                  inIt.flatMap((row) =>
                    row.reasons.map((reason) => ({ key: reason, score: row.score, n: 1 })),
                  ),
                  (r) => `${r.key}:${r.score}`,
                ),
              );
              // Comment terms per bucket (the themes endpoint): the table for whole
              // days, comments for the edges and for filtered reads.
              expect(
                summed(
                  (await store.commentTermCounts(srv, range, f))
                    .filter((r) => !f.bucket || f.bucket.includes(r.bucket))
                    .map((r) => ({
                      score: 0,
                      n: r.n,
                      key: `${r.bucket}:${r.term}`,
                    })),
                  (r) => r.key ?? '',
                ),
                `${why} terms`,
              ).toEqual(
                summed(
                  countTerms(inIt).map((r) => ({ score: 0, n: r.n, key: `${r.bucket}:${r.term}` })),
                  (r) => r.key ?? '',
                ),
              );
              // Pages (and so exports): exactly the matching rows, in order.
              const page = await store.listResponses(srv, { ...range, ...f }, undefined, 10_000);
              expect(
                page.map((r) => r.id),
                why,
              ).toEqual(inIt.map((r) => r.id));
            }
          },
        ),
        // PostgreSQL round trips cost more; the same property, fewer runs.
        { numRuns: name === 'sqlite' ? 80 : 12 },
      );
    },
    120_000,
  );

  it.skipIf(!available)(
    'finds Japanese text without spaces, and keeps the index through erasure',
    async () => {
      const { store } = opened;
      const srv = `srv_f${surveys++}`;
      await addNpsSurvey(store, 'site_f', srv);
      const late = responseWrite({
        siteId: 'site_f',
        surveyId: srv,
        score: 3,
        comment: '配送が遅いです',
      });
      const other = responseWrite({
        siteId: 'site_f',
        surveyId: srv,
        score: 9,
        comment: '早く届きました',
      });
      await store.writeResponses([late, other], T0);
      const found = async (q: string) =>
        (await store.listResponses(srv, { q }, undefined, 100)).map((r) => r.id);
      expect(await found('遅い')).toEqual([late.id]);
      expect(await found('配送が遅')).toEqual([late.id]);
      expect(await found('届き')).toEqual([other.id]);
      expect(await store.scoreCounts(srv, {}, { q: '遅いです' })).toEqual([{ score: 3, n: 1 }]);
      await store.eraseResponse('site_f', late.id);
      expect(await found('遅い')).toEqual([]);
      expect(await found('配送が遅')).toEqual([]);
    },
  );

  it.skipIf(!available)(
    'counts the answers of a database from before segment and attribute counts in its migration',
    async () => {
      const { store } = opened;
      const srv = `srv_f${surveys++}`;
      await addNpsSurvey(store, 'site_f', srv);
      const plans = ['pro', 'free', 3, true] as const;
      await store.writeResponses(
        Array.from({ length: 24 }, (_, i) =>
          responseWrite({
            siteId: 'site_f',
            surveyId: srv,
            score: i % 11,
            bucket: npsBucket(i % 11),
            touchpoint: i % 3 ? 'checkout' : undefined,
            device: (['desktop', 'mobile'] as const)[i % 2],
            country: i % 4 ? 'JP' : undefined,
            attributes: { plan: plans[i % 4] as string | number | boolean },
          }),
        ),
        T0 + DAY / 2,
      );
      const all = { from: T0 - DAY, to: T0 + 2 * DAY };
      const cases: ResponseFilters[] = [
        { touchpoint: ['checkout'], device: ['mobile'] },
        { device: ['desktop'], country: ['JP'] },
        { attributes: { plan: ['pro', 'true'] } },
      ];
      const read = async () =>
        Promise.all(cases.map(async (f) => scoreLines(await store.scoreCounts(srv, all, f))));
      const before = await read();
      expect(before.every((c) => c.length > 0)).toBe(true);
      // As a database made before the migration that added them: its tables and index
      // gone; then that migration runs as the migrator would run it (its SQL file, which
      // also counts the answers already stored). Later migrations are left as they are.
      await opened.execute(
        'DROP TABLE segment_counts; DROP TABLE attribute_counts; DROP INDEX responses_survey_commented_idx;',
      );
      for (const statement of migrationSql(name, 'filter_counts')) await opened.execute(statement);
      expect(await read()).toEqual(before);
    },
  );

  it.skipIf(!available)(
    'counts the comments and chips of an older database once, on the next start',
    async () => {
      const { store } = opened;
      const srv = `srv_f${surveys++}`;
      await addNpsSurvey(store, 'site_f', srv);
      const rows = COMMENTS.map((comment, i) =>
        responseWrite({
          siteId: 'site_f',
          surveyId: srv,
          score: i * 2,
          comment,
          reasons: REASONS.slice(0, i % 3),
        }),
      );
      await store.writeResponses(rows, T0 + DAY / 2);
      const all = { from: T0 - DAY, to: T0 + 2 * DAY };
      const before = await store.commentTermCounts(srv, all);
      expect(before.length).toBeGreaterThan(COMMENTS.length);
      const chips = async () =>
        (await store.reasonScoreCounts(srv, all))
          .map((r) => `${r.reason}:${r.score}:${r.n}`)
          .sort();
      const chipsBefore = await chips();
      expect(chipsBefore.length).toBeGreaterThan(2);
      // As a database written before comment_terms and reason_counts existed.
      await opened.execute('DELETE FROM comment_terms; DELETE FROM reason_counts');
      expect(await store.commentTermCounts(srv, all)).toEqual([]);
      expect(await chips()).toEqual([]);
      await store.migrate();
      const sorted = (list: typeof before) =>
        [...list].sort((a, b) => `${a.bucket}:${a.term}`.localeCompare(`${b.bucket}:${b.term}`));
      expect(sorted(await store.commentTermCounts(srv, all))).toEqual(sorted(before));
      expect(await chips()).toEqual(chipsBefore);
      // Only once: a second start adds nothing.
      await store.migrate();
      expect(sorted(await store.commentTermCounts(srv, all))).toEqual(sorted(before));
      expect(await chips()).toEqual(chipsBefore);
    },
  );
});
