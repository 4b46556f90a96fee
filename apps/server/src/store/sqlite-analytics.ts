// Read queries of the analyst API on SQLite, straight from the responses
// table through the (survey_id, received_at, id) index. Ranges are half-open
// [from, to); an open end is replaced by the widest integer range.
import type Database from 'better-sqlite3';
import { coverRange, GRAINS, slotStart } from './rollup-grains';
import { fromRaw, type RawRow, RollupStatements } from './sqlite-response-statements';
import type {
  ResponseCursor,
  ResponseFilter,
  ScoreCount,
  StoredResponseRow,
  TimeRange,
} from './types';

const MIN = Number.MIN_SAFE_INTEGER;
const MAX = Number.MAX_SAFE_INTEGER;
const bounds = (range: TimeRange) => [range.from ?? MIN, range.to ?? MAX] as const;

const GROUP_COLUMNS = new Set(['touchpoint', 'device', 'country', 'locale', 'page']);

export class SqliteAnalytics {
  private readonly counts: Database.Statement<[string, number, number], ScoreCount>;
  private readonly countsByBucket: Database.Statement<[string, string], ScoreCount & { i: number }>;
  // Parameters in order of appearance: the JSON path, the survey, from, to.
  private readonly countsByAttribute: Database.Statement<
    [string, string, number, number],
    ScoreCount & { key: string | null }
  >;
  private readonly countsByColumn = new Map<
    string,
    Database.Statement<[string, number, number], ScoreCount & { key: string | null }>
  >();
  private readonly erase: Database.Statement<[string, string]>;
  private readonly find: Database.Statement<
    [string, string],
    { survey_id: string; score: number; received_at: number }
  >;
  private readonly fromRollups: Database.Statement<[string, string], ScoreCount & { i: number }>;
  private readonly fromRaw: Database.Statement<[string, string], ScoreCount & { i: number }>;
  private readonly rollups: RollupStatements;
  /** One prepared statement per combination of list filters (at most 8). */
  private readonly listStatements = new Map<
    string,
    Database.Statement<Array<string | number>, RawRow>
  >();
  private readonly eraseWithRollups: (siteId: string, id: string) => boolean;

  constructor(private readonly db: Database.Database) {
    this.counts = db.prepare(
      `SELECT score, count(*) AS n FROM responses
       WHERE survey_id = ? AND received_at >= ? AND received_at < ? GROUP BY score`,
    );
    // Bucket bounds arrive as one JSON array [[start, end], …] (one parameter, any count).
    this.countsByBucket = db.prepare(
      `WITH b AS (SELECT CAST(key AS INTEGER) AS i, value ->> '$[0]' AS lo, value ->> '$[1]' AS hi FROM json_each(?))
       SELECT b.i AS i, r.score AS score, count(*) AS n FROM b
       CROSS JOIN responses r ON r.survey_id = ? AND r.received_at >= b.lo AND r.received_at < b.hi
       GROUP BY b.i, r.score`,
    );
    this.countsByAttribute = db.prepare(
      `SELECT CAST(attributes ->> ? AS TEXT) AS key, score, count(*) AS n FROM responses
       WHERE survey_id = ? AND received_at >= ? AND received_at < ? GROUP BY key, score`,
    );
    this.erase = db.prepare('DELETE FROM responses WHERE site_id = ? AND id = ?');
    this.find = db.prepare(
      'SELECT survey_id, score, received_at FROM responses WHERE site_id = ? AND id = ?',
    );
    // Ranges arrive as one JSON array (one parameter, any count): [[i, grain, from, to], …].
    // CROSS JOIN keeps the ranges as the outer loop, each an index range seek;
    // left to itself the planner scans every rollup row and probes the JSON per row.
    this.fromRollups = db.prepare(
      `WITH q AS (SELECT value ->> '$[0]' AS i, value ->> '$[1]' AS g, value ->> '$[2]' AS lo, value ->> '$[3]' AS hi
                  FROM json_each(?))
       SELECT q.i AS i, r.score AS score, sum(r.n) AS n FROM q
       CROSS JOIN response_rollups r ON r.survey_id = ? AND r.grain = q.g AND r.start >= q.lo AND r.start < q.hi
       GROUP BY q.i, r.score`,
    );
    this.fromRaw = db.prepare(
      `WITH q AS (SELECT value ->> '$[0]' AS i, value ->> '$[1]' AS lo, value ->> '$[2]' AS hi FROM json_each(?))
       SELECT q.i AS i, r.score AS score, count(*) AS n FROM q
       CROSS JOIN responses r ON r.survey_id = ? AND r.received_at >= q.lo AND r.received_at < q.hi
       GROUP BY q.i, r.score`,
    );
    this.rollups = new RollupStatements(db);
    // IMMEDIATE: take the write lock first, so the read-then-delete cannot lose a race with the writer thread.
    this.eraseWithRollups = db.transaction((siteId: string, id: string) => {
      const row = this.find.get(siteId, id);
      if (!row) return false;
      this.erase.run(siteId, id);
      this.rollups.add(row.survey_id, row.received_at, row.score, -1);
      return true;
    }).immediate;
  }

  /**
   * Answer counts for each of several time ranges, from the rollups: each range
   * is covered by whole days, hours and quarter-hours, and only edges that are
   * not quarter-aligned are counted from raw rows.
   */
  countsForRanges(surveyId: string, ranges: ReadonlyArray<{ start: number; end: number }>) {
    const rollupRanges: Array<[number, number, number, number]> = [];
    const rawRanges: Array<[number, number, number]> = [];
    ranges.forEach(({ start, end }, i) => {
      const cover = coverRange(start, end);
      for (const r of cover.rollups) rollupRanges.push([i, r.grain, r.from, r.to]);
      for (const r of cover.raw) rawRanges.push([i, r.from, r.to]);
    });
    const rows = [
      ...(rollupRanges.length ? this.fromRollups.all(JSON.stringify(rollupRanges), surveyId) : []),
      ...(rawRanges.length ? this.fromRaw.all(JSON.stringify(rawRanges), surveyId) : []),
    ];
    return rows.filter((row) => row.n > 0);
  }

  scoreCounts(surveyId: string, range: TimeRange): ScoreCount[] {
    const [start, end] = bounds(range);
    return this.countsForRanges(surveyId, [{ start, end }]);
  }

  /**
   * Series: the inner boundaries of calendar buckets all fall on one grain
   * (UTC days for UTC, hours for whole-hour zones, quarter-hours otherwise),
   * so each bucket is one range of that grain's rollups, summed inside SQLite;
   * only the unaligned outer edges of the first and last bucket need more.
   */
  scoreCountsByBucket(surveyId: string, buckets: ReadonlyArray<{ start: number; end: number }>) {
    const first = buckets[0];
    const last = buckets.at(-1);
    if (!first || !last) return [];
    const inner = buckets.slice(1).map((b) => b.start);
    const { grain, ms } =
      [...GRAINS].reverse().find((g) => inner.every((t) => t % g.ms === 0)) ?? GRAINS[0];
    const from = slotStart(first.start + ms - 1, ms);
    const to = slotStart(last.end, ms);
    if (from >= to || from > first.end || to < last.start)
      return this.countsForRanges(surveyId, buckets);
    const ranges = buckets.map((b, i) => [i, grain, Math.max(b.start, from), Math.min(b.end, to)]);
    const counts = this.fromRollups.all(JSON.stringify(ranges), surveyId);
    const edges = this.countsForRanges(surveyId, [
      { start: first.start, end: from },
      { start: to, end: last.end },
    ]).map((row) => ({ ...row, i: row.i === 0 ? 0 : buckets.length - 1 }));
    return [...counts, ...edges].filter((row) => row.n > 0);
  }

  /** The same counts from raw rows only: the baseline the rollups are checked and benchmarked against. */
  rawScoreCounts(surveyId: string, range: TimeRange): ScoreCount[] {
    return this.counts.all(surveyId, ...bounds(range));
  }

  rawScoreCountsByBucket(surveyId: string, buckets: ReadonlyArray<{ start: number; end: number }>) {
    // Parameters in order of appearance: the bucket JSON, then the survey.
    return this.countsByBucket.all(JSON.stringify(buckets.map((b) => [b.start, b.end])), surveyId);
  }

  scoreCountsByGroup(
    surveyId: string,
    range: TimeRange,
    groupBy: { column: string } | { attribute: string },
  ) {
    const [from, to] = bounds(range);
    if ('attribute' in groupBy) {
      // A JSON path with the key quoted, so any key (dots, spaces, quotes) is one member.
      const path = `$."${groupBy.attribute.replace(/["\\]/g, '\\$&')}"`;
      return this.countsByAttribute.all(path, surveyId, from, to);
    }
    const column = groupBy.column;
    if (!GROUP_COLUMNS.has(column)) throw new Error(`cannot group by ${column}`);
    let statement = this.countsByColumn.get(column);
    if (!statement) {
      statement = this.db.prepare(
        `SELECT ${column} AS key, score, count(*) AS n FROM responses
         WHERE survey_id = ? AND received_at >= ? AND received_at < ? GROUP BY ${column}, score`,
      );
      this.countsByColumn.set(column, statement);
    }
    return statement.all(surveyId, from, to);
  }

  listResponses(
    surveyId: string,
    filter: ResponseFilter,
    after: ResponseCursor | undefined,
    limit: number,
  ) {
    const [from, to] = bounds(filter);
    // The cursor also raises the range's lower bound, so every page starts
    // with an index seek at the cursor rather than a scan from `from`.
    const clauses = ['survey_id = ?', 'received_at >= ?', 'received_at < ?'];
    const params: Array<string | number> = [surveyId, after ? Math.max(from, after[0]) : from, to];
    if (after) {
      clauses.push('(received_at, id) > (?, ?)');
      params.push(after[0], after[1]);
    }
    if (filter.bucket) {
      clauses.push('bucket = ?');
      params.push(filter.bucket);
    }
    if (filter.touchpoint !== undefined) {
      clauses.push('touchpoint = ?');
      params.push(filter.touchpoint);
    }
    const sql = `SELECT * FROM responses WHERE ${clauses.join(' AND ')} ORDER BY received_at, id LIMIT ?`;
    let statement = this.listStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare<Array<string | number>, RawRow>(sql);
      this.listStatements.set(sql, statement);
    }
    const rows = statement.all(...params, limit);
    return rows.map(fromRaw) as StoredResponseRow[];
  }

  eraseResponse(siteId: string, id: string): boolean {
    return this.eraseWithRollups(siteId, id);
  }
}
