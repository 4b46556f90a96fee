// Read queries of the analyst API on PostgreSQL, the same plan as
// sqlite/analytics.ts: counts from the rollups (raw rows only where a range
// edge is not on a quarter-hour), groups from segment rollups plus raw
// sub-hour edges, response pages by one row-value seek, and erasure.
import type { ResponseFilters } from '@koe/core';
import type pg from 'pg';
import {
  ATTRIBUTE_COUNTS,
  COMMENT_TERMS,
  REASON_COUNTS,
  SEGMENT_COUNTS,
  wholeDays,
} from '../day-counts';
import { AttributeDeltas, SegmentDeltas } from '../filter-count-deltas';
import { planDayRanges, planGroupRange, planRanges, RangeSums } from '../range-plan';
import { ReasonDeltas } from '../reason-deltas';
import {
  countPlan,
  type DayCountPlan,
  dayCountConditions,
  filterConditions,
  segmentCountPlan,
} from '../response-filters';
import { pageBounds } from '../response-pages';
import { fromResponseRow, type ResponseRow } from '../response-row';
import {
  GROUP_DIMENSIONS,
  type GroupDimension,
  isGroupDimension,
  NO_SEGMENT,
  type RolledUpRow,
  RollupDeltas,
  type ScoreColumns,
  SUM_SCORES,
  scoreCounts,
} from '../rollup-deltas';
import { bounds } from '../rollup-grains';
import { TermDeltas, type TermRow } from '../term-deltas';
import type {
  ResponseCursor,
  ResponseFilter,
  ScoreCount,
  StoredResponseRow,
  TimeRange,
} from '../types';
import { inTransaction } from './connection';
import { applyDayCounts } from './day-count-writes';
import { applyRollups } from './response-writes';

type KeyedCount = ScoreCount & { key: string | null };
const RAW_COLUMNS = new Set<string>([...GROUP_DIMENSIONS, 'page', 'channel']);

// One lateral sum per range, each an index range seek on the rollup key.
const FROM_ROLLUPS = `SELECT q.i, s.* FROM unnest($2::int[], $3::smallint[], $4::bigint[], $5::bigint[]) AS q(i, g, lo, hi)
  CROSS JOIN LATERAL (SELECT ${SUM_SCORES} FROM response_rollups r
    WHERE r.survey_id = $1 AND r.grain = q.g AND r.start >= q.lo AND r.start < q.hi) AS s`;
const fromRaw = (
  conditions = '',
) => `SELECT q.i, r.score, count(*) AS n FROM unnest($2::int[], $3::bigint[], $4::bigint[]) AS q(i, lo, hi)
  JOIN responses r ON r.survey_id = $1 AND r.received_at >= q.lo AND r.received_at < q.hi${conditions}
  GROUP BY q.i, r.score`;
const FROM_RAW = fromRaw();
// The segment rollups of some values of one dimension, per range (by index).
const SEGMENTS_FROM_ROLLUPS = `SELECT q.i, ${SUM_SCORES} FROM unnest($3::int[], $4::smallint[], $5::bigint[], $6::bigint[]) AS q(i, g, lo, hi)
  JOIN response_group_rollups r ON r.survey_id = $1 AND r.dimension = $2 AND r.grain = q.g
    AND r.start >= q.lo AND r.start < q.hi AND r.segment = ANY($7::text[])
  GROUP BY q.i`;
const GROUPS_FROM_ROLLUPS = `SELECT r.segment, ${SUM_SCORES} FROM unnest($3::smallint[], $4::bigint[], $5::bigint[]) AS q(g, lo, hi)
  JOIN response_group_rollups r ON r.survey_id = $1 AND r.dimension = $2 AND r.grain = q.g AND r.start >= q.lo AND r.start < q.hi
  GROUP BY r.segment`;
const rawGroups = (key: string, conditions = '') => `SELECT ${key} AS key, r.score, count(*) AS n
  FROM unnest($2::bigint[], $3::bigint[]) AS q(lo, hi)
  JOIN responses r ON r.survey_id = $1 AND r.received_at >= q.lo AND r.received_at < q.hi${conditions}
  GROUP BY 1, r.score`;

/** Tuples as one array per position: the parameters of an unnest(). */
const columns = (tuples: number[][], width: number) =>
  Array.from({ length: width }, (_, k) => tuples.map((t) => t[k]));

export class PgAnalytics {
  constructor(private readonly pool: pg.Pool) {}

  /** Counts per range (by index), from the rollups where they cover it and raw rows elsewhere. */
  async countsForRanges(
    surveyId: string,
    ranges: ReadonlyArray<{ start: number; end: number }>,
    filters: ResponseFilters = {},
  ): Promise<Array<ScoreCount & { i: number }>> {
    const plan = countPlan(filters);
    if (plan.kind === 'segment')
      return this.inSegments(surveyId, ranges, plan.dimension, plan.values);
    if (plan.kind === 'days') return this.fromDayCounts(surveyId, ranges, plan);
    if (plan.kind === 'raw') return this.rawRows(surveyId, ranges, plan.filters);
    const { rolled, raw } = planRanges(ranges);
    const sums = new RangeSums(ranges.length);
    const [fromRollups, fromRaw] = await Promise.all([
      rolled.length
        ? this.pool.query<ScoreColumns & { i: number }>(FROM_ROLLUPS, [
            surveyId,
            ...columns(rolled, 4),
          ])
        : undefined,
      raw.length
        ? this.pool.query<ScoreCount & { i: number }>(FROM_RAW, [surveyId, ...columns(raw, 3)])
        : undefined,
    ]);
    for (const row of fromRollups?.rows ?? [])
      for (const { score, n } of scoreCounts(row, {})) sums.add(row.i, score, n);
    for (const { i, score, n } of fromRaw?.rows ?? []) sums.add(i, score, n);
    return sums.counts();
  }

  /** See sqlite/filtered-counts.ts: one rollup dimension's chosen values, per range. */
  private async inSegments(
    surveyId: string,
    ranges: ReadonlyArray<{ start: number; end: number }>,
    dimension: GroupDimension,
    values: string[],
  ): Promise<Array<ScoreCount & { i: number }>> {
    const rolled: number[][] = [];
    const raw: number[][] = [];
    ranges.forEach(({ start, end }, i) => {
      const plan = planGroupRange(start, end);
      for (const r of plan.rolled) rolled.push([i, ...r]);
      for (const r of plan.raw) raw.push([i, ...r]);
    });
    const [fromRollups, fromRaw] = await Promise.all([
      rolled.length
        ? this.pool.query<ScoreColumns & { i: number }>(SEGMENTS_FROM_ROLLUPS, [
            surveyId,
            GROUP_DIMENSIONS.indexOf(dimension),
            ...columns(rolled, 4),
            values,
          ])
        : undefined,
      raw.length
        ? this.rawRows(
            surveyId,
            raw.map(([i, start, end]) => ({
              i: i as number,
              start: start as number,
              end: end as number,
            })),
            { [dimension]: values },
          )
        : [],
    ]);
    const sums = new RangeSums(ranges.length);
    for (const row of fromRollups?.rows ?? [])
      for (const { score, n } of scoreCounts(row, {})) sums.add(Number(row.i), score, n);
    for (const { i, score, n } of fromRaw) sums.add(Number(i), score, Number(n));
    return sums.counts();
  }

  /** See sqlite/filtered-counts.ts: whole UTC days from a day-count table, raw rows for the rest. */
  private async fromDayCounts(
    surveyId: string,
    ranges: ReadonlyArray<{ start: number; end: number }>,
    plan: DayCountPlan,
  ): Promise<Array<ScoreCount & { i: number }>> {
    const { days, raw } = planDayRanges(ranges);
    const conditions = dayCountConditions(plan, 'postgres', 4);
    const [fromDays, fromRaw] = await Promise.all([
      days.length
        ? this.pool.query<ScoreCount & { i: number }>(
            `SELECT q.i, t.score, sum(t.n) AS n FROM unnest($2::int[], $3::bigint[], $4::bigint[]) AS q(i, lo, hi)
             JOIN ${plan.table.name} t ON t.survey_id = $1 AND t.day >= q.lo AND t.day < q.hi${conditions.sql}
             GROUP BY q.i, t.score`,
            [surveyId, ...columns(days, 3), ...conditions.params],
          )
        : undefined,
      raw.length
        ? this.rawRows(
            surveyId,
            raw.map(([i, start, end]) => ({
              i: i as number,
              start: start as number,
              end: end as number,
            })),
            plan.filters,
          )
        : [],
    ]);
    const sums = new RangeSums(ranges.length);
    for (const { i, score, n } of [...(fromDays?.rows ?? []), ...fromRaw])
      sums.add(Number(i), score, Number(n));
    return sums.counts();
  }

  /** Counts per range of the answers that pass every filter, from raw rows. */
  private async rawRows(
    surveyId: string,
    ranges: ReadonlyArray<{ start: number; end: number; i?: number }>,
    filters: ResponseFilters,
  ): Promise<Array<ScoreCount & { i: number }>> {
    const conditions = filterConditions(filters, 'postgres', 4, { withBucket: false });
    const { rows } = await this.pool.query<ScoreCount & { i: number }>(fromRaw(conditions.sql), [
      surveyId,
      ranges.map((r, k) => r.i ?? k),
      ranges.map((r) => r.start),
      ranges.map((r) => r.end),
      ...conditions.params,
    ]);
    return rows;
  }

  async scoreCounts(
    surveyId: string,
    range: TimeRange,
    filters?: ResponseFilters,
  ): Promise<ScoreCount[]> {
    const [start, end] = bounds(range);
    const counts = await this.countsForRanges(surveyId, [{ start, end }], filters);
    return counts.map(({ score, n }) => ({ score, n }));
  }

  scoreCountsByBucket(
    surveyId: string,
    buckets: ReadonlyArray<{ start: number; end: number }>,
    filters?: ResponseFilters,
  ) {
    return this.countsForRanges(surveyId, buckets, filters);
  }

  async scoreCountsByGroup(
    surveyId: string,
    range: TimeRange,
    groupBy: { column: string } | { attribute: string },
    filters: ResponseFilters = {},
  ): Promise<KeyedCount[]> {
    const [from, to] = bounds(range);
    const plan = countPlan(filters);
    const column = 'column' in groupBy ? groupBy.column : undefined;
    if (plan.kind === 'all' && column !== undefined && isGroupDimension(column))
      return this.byDimension(surveyId, column, from, to);
    // Filtered on the very dimension grouped by: its rollups, keeping the chosen values.
    if (plan.kind === 'segment' && plan.dimension === column) {
      const keep = new Set(plan.values);
      return (await this.byDimension(surveyId, plan.dimension, from, to)).filter(
        (row) => row.key !== null && keep.has(row.key),
      );
    }
    // A rolled dimension under filters on rolled dimensions: whole days from segment_counts.
    const segments = segmentCountPlan(filters);
    if (segments && column !== undefined && isGroupDimension(column))
      return this.groupsFromSegmentCounts(surveyId, column, from, to, segments);
    const rows =
      plan.kind === 'raw' || plan.kind === 'days'
        ? plan.filters
        : plan.kind === 'segment'
          ? { [plan.dimension]: plan.values }
          : {};
    if ('attribute' in groupBy)
      return this.rawGroups(
        surveyId,
        '(r.attributes ->> $4)',
        [[from, to]],
        [groupBy.attribute],
        rows,
      );
    return this.rawByColumn(surveyId, groupBy.column, [[from, to]], rows);
  }

  private async byDimension(surveyId: string, dimension: GroupDimension, from: number, to: number) {
    const { rolled, raw } = planGroupRange(from, to);
    const [fromRollups, fromRaw] = await Promise.all([
      rolled.length
        ? this.pool.query<ScoreColumns & { segment: string }>(GROUPS_FROM_ROLLUPS, [
            surveyId,
            GROUP_DIMENSIONS.indexOf(dimension),
            ...columns(rolled, 3),
          ])
        : undefined,
      raw.length ? this.rawByColumn(surveyId, dimension, raw) : [],
    ]);
    const rows: KeyedCount[] = [
      ...(fromRollups?.rows ?? []).flatMap((row) =>
        scoreCounts(row, { key: row.segment === NO_SEGMENT ? null : row.segment }),
      ),
      ...fromRaw,
    ];
    return rows.filter((row) => row.n > 0);
  }

  /** See sqlite/group-counts.ts: whole UTC days from segment_counts, raw partial days. */
  private async groupsFromSegmentCounts(
    surveyId: string,
    dimension: GroupDimension,
    from: number,
    to: number,
    plan: DayCountPlan,
  ): Promise<KeyedCount[]> {
    const days = wholeDays(from, to);
    if (!days) return this.rawByColumn(surveyId, dimension, [[from, to]], plan.filters);
    const conditions = dayCountConditions(plan, 'postgres', 3);
    const edges = [
      [from, days.start],
      [days.end, to],
    ].filter(([a, b]) => (a as number) < (b as number));
    const [fromDays, fromRaw] = await Promise.all([
      this.pool.query<KeyedCount>(
        `SELECT t.${dimension} AS key, t.score, sum(t.n)::int AS n FROM ${plan.table.name} t
         WHERE t.survey_id = $1 AND t.day >= $2 AND t.day < $3${conditions.sql}
         GROUP BY t.${dimension}, t.score`,
        [surveyId, days.start, days.end, ...conditions.params],
      ),
      edges.length ? this.rawByColumn(surveyId, dimension, edges, plan.filters) : [],
    ]);
    return [
      ...fromDays.rows.map((row) => ({ ...row, key: row.key === NO_SEGMENT ? null : row.key })),
      ...fromRaw,
    ];
  }

  /** Counts per value of a column from raw rows, under row filters (also the baseline rollups are checked against). */
  rawByColumn(
    surveyId: string,
    column: string,
    ranges: number[][],
    filters: ResponseFilters = {},
  ): Promise<KeyedCount[]> {
    if (!RAW_COLUMNS.has(column)) throw new Error(`cannot group by ${column}`);
    return this.rawGroups(surveyId, `r.${column}`, ranges, [], filters);
  }

  private async rawGroups(
    surveyId: string,
    key: string,
    ranges: number[][],
    extra: unknown[] = [],
    filters: ResponseFilters = {},
  ): Promise<KeyedCount[]> {
    const conditions = filterConditions(filters, 'postgres', 3 + extra.length, {
      withBucket: false,
    });
    const { rows } = await this.pool.query<KeyedCount>(rawGroups(key, conditions.sql), [
      surveyId,
      ranges.map((r) => r[0]),
      ranges.map((r) => r[1]),
      ...extra,
      ...conditions.params,
    ]);
    return rows;
  }

  /** Raw-row baselines: what the rollups are checked and benchmarked against. */
  async rawScoreCounts(surveyId: string, range: TimeRange): Promise<ScoreCount[]> {
    return (
      await this.rawScoreCountsByBucket(surveyId, [
        { start: bounds(range)[0], end: bounds(range)[1] },
      ])
    ).map(({ score, n }) => ({ score, n }));
  }

  async rawScoreCountsByBucket(
    surveyId: string,
    buckets: ReadonlyArray<{ start: number; end: number }>,
  ): Promise<Array<ScoreCount & { i: number }>> {
    const { rows } = await this.pool.query<ScoreCount & { i: number }>(FROM_RAW, [
      surveyId,
      buckets.map((_, i) => i),
      buckets.map((b) => b.start),
      buckets.map((b) => b.end),
    ]);
    return rows;
  }

  rawScoreCountsByGroup(surveyId: string, range: TimeRange, column: string) {
    return this.rawByColumn(surveyId, column, [[...bounds(range)]]);
  }

  async listResponses(
    surveyId: string,
    filter: ResponseFilter,
    after: ResponseCursor | undefined,
    limit: number,
  ): Promise<StoredResponseRow[]> {
    const page = pageBounds(filter, after);
    const params: unknown[] = [surveyId, ...page.cursor, page.edgeValue];
    const conditions = filterConditions(filter, 'postgres', params.length, { withBucket: true });
    params.push(...conditions.params, limit);
    const { rows } = await this.pool.query<ResponseRow>(
      `SELECT r.* FROM responses r
       WHERE r.survey_id = $1 AND (r.received_at, r.id) ${page.seek} ($2, $3) AND r.received_at ${page.edge} $4${conditions.sql}
       ORDER BY r.received_at ${page.order}, r.id ${page.order} LIMIT $${params.length}`,
      params,
    );
    return rows.map(fromResponseRow);
  }

  /** Deletes the row and takes it out of every rollup, in one transaction. */
  eraseResponse(siteId: string, id: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<
        RolledUpRow & TermRow & { reasons: string[]; attributes: Record<string, unknown> }
      >(
        `DELETE FROM responses WHERE site_id = $1 AND id = $2
         RETURNING survey_id AS "surveyId", received_at AS "receivedAt", score, touchpoint, device, country, locale, bucket, comment, reasons, attributes`,
        [siteId, id],
      );
      const row = rows[0];
      if (!row) return false;
      // Its webhook events (pending or logged) carry its answers: they go too.
      await client.query('DELETE FROM webhook_deliveries WHERE response_id = $1', [id]);
      // So do keyword alerts quoting its comment, and their emails.
      await client.query('DELETE FROM alert_events WHERE response_id = $1', [id]);
      await client.query('DELETE FROM mail_outbox WHERE response_id = $1', [id]);
      const rollups = new RollupDeltas();
      rollups.add(row, -1);
      await applyRollups(client, rollups);
      // Its comment leaves "what people say" in the same transaction.
      const terms = new TermDeltas();
      terms.add(row, -1);
      await applyDayCounts(client, COMMENT_TERMS, terms);
      const reasons = new ReasonDeltas();
      reasons.add(row, -1);
      await applyDayCounts(client, REASON_COUNTS, reasons);
      // And the filters' day counts.
      const segments = new SegmentDeltas();
      segments.add(row, -1);
      await applyDayCounts(client, SEGMENT_COUNTS, segments);
      const attributes = new AttributeDeltas();
      attributes.add(row, -1);
      await applyDayCounts(client, ATTRIBUTE_COUNTS, attributes);
      return true;
    });
  }
}
