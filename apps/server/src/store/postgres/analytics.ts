// Read queries of the analyst API on PostgreSQL, the same plan as
// sqlite/analytics.ts: counts from the rollups (raw rows only where a range
// edge is not on a quarter-hour), groups from segment rollups plus raw
// sub-hour edges, response pages by one row-value seek, and erasure.
import type pg from 'pg';
import { planGroupRange, planRanges, RangeSums } from '../range-plan';
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
import type {
  ResponseCursor,
  ResponseFilter,
  ScoreCount,
  StoredResponseRow,
  TimeRange,
} from '../types';
import { inTransaction } from './connection';
import { applyRollups } from './response-writes';

type KeyedCount = ScoreCount & { key: string | null };
const RAW_COLUMNS = new Set<string>([...GROUP_DIMENSIONS, 'page']);

// One lateral sum per range, each an index range seek on the rollup key.
const FROM_ROLLUPS = `SELECT q.i, s.* FROM unnest($2::int[], $3::smallint[], $4::bigint[], $5::bigint[]) AS q(i, g, lo, hi)
  CROSS JOIN LATERAL (SELECT ${SUM_SCORES} FROM response_rollups r
    WHERE r.survey_id = $1 AND r.grain = q.g AND r.start >= q.lo AND r.start < q.hi) AS s`;
const FROM_RAW = `SELECT q.i, r.score, count(*) AS n FROM unnest($2::int[], $3::bigint[], $4::bigint[]) AS q(i, lo, hi)
  JOIN responses r ON r.survey_id = $1 AND r.received_at >= q.lo AND r.received_at < q.hi
  GROUP BY q.i, r.score`;
const GROUPS_FROM_ROLLUPS = `SELECT r.segment, ${SUM_SCORES} FROM unnest($3::smallint[], $4::bigint[], $5::bigint[]) AS q(g, lo, hi)
  JOIN response_group_rollups r ON r.survey_id = $1 AND r.dimension = $2 AND r.grain = q.g AND r.start >= q.lo AND r.start < q.hi
  GROUP BY r.segment`;
const rawGroups = (key: string) => `SELECT ${key} AS key, r.score, count(*) AS n
  FROM unnest($2::bigint[], $3::bigint[]) AS q(lo, hi)
  JOIN responses r ON r.survey_id = $1 AND r.received_at >= q.lo AND r.received_at < q.hi
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
  ): Promise<Array<ScoreCount & { i: number }>> {
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

  async scoreCounts(surveyId: string, range: TimeRange): Promise<ScoreCount[]> {
    const [start, end] = bounds(range);
    const counts = await this.countsForRanges(surveyId, [{ start, end }]);
    return counts.map(({ score, n }) => ({ score, n }));
  }

  scoreCountsByBucket(surveyId: string, buckets: ReadonlyArray<{ start: number; end: number }>) {
    return this.countsForRanges(surveyId, buckets);
  }

  async scoreCountsByGroup(
    surveyId: string,
    range: TimeRange,
    groupBy: { column: string } | { attribute: string },
  ): Promise<KeyedCount[]> {
    const [from, to] = bounds(range);
    if ('attribute' in groupBy)
      return this.rawGroups(surveyId, '(r.attributes ->> $4)', [[from, to]], [groupBy.attribute]);
    const column = groupBy.column;
    if (!isGroupDimension(column)) return this.rawByColumn(surveyId, column, [[from, to]]);
    return this.byDimension(surveyId, column, from, to);
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

  /** Counts per value of a column from raw rows only (also the baseline rollups are checked against). */
  rawByColumn(surveyId: string, column: string, ranges: number[][]): Promise<KeyedCount[]> {
    if (!RAW_COLUMNS.has(column)) throw new Error(`cannot group by ${column}`);
    return this.rawGroups(surveyId, `r.${column}`, ranges);
  }

  private async rawGroups(
    surveyId: string,
    key: string,
    ranges: number[][],
    extra: unknown[] = [],
  ): Promise<KeyedCount[]> {
    const { rows } = await this.pool.query<KeyedCount>(rawGroups(key), [
      surveyId,
      ranges.map((r) => r[0]),
      ranges.map((r) => r[1]),
      ...extra,
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
    let where = `survey_id = $1 AND (received_at, id) ${page.seek} ($2, $3) AND received_at ${page.edge} $4`;
    if (filter.bucket) {
      params.push(filter.bucket);
      where += ` AND bucket = $${params.length}`;
    }
    if (filter.touchpoint !== undefined) {
      params.push(filter.touchpoint);
      where += ` AND touchpoint = $${params.length}`;
    }
    params.push(limit);
    const { rows } = await this.pool.query<ResponseRow>(
      `SELECT * FROM responses WHERE ${where}
       ORDER BY received_at ${page.order}, id ${page.order} LIMIT $${params.length}`,
      params,
    );
    return rows.map(fromResponseRow);
  }

  /** Deletes the row and takes it out of every rollup, in one transaction. */
  eraseResponse(siteId: string, id: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<RolledUpRow>(
        `DELETE FROM responses WHERE site_id = $1 AND id = $2
         RETURNING survey_id AS "surveyId", received_at AS "receivedAt", score, touchpoint, device, country, locale`,
        [siteId, id],
      );
      const row = rows[0];
      if (!row) return false;
      // Its webhook events (pending or logged) carry its answers: they go too.
      await client.query('DELETE FROM webhook_deliveries WHERE response_id = $1', [id]);
      const rollups = new RollupDeltas();
      rollups.add(row, -1);
      await applyRollups(client, rollups);
      return true;
    });
  }
}
