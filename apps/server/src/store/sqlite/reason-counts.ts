// Reason chips × scores over a range on SQLite. Unfiltered (or bucket-only,
// which the caller applies) reads take whole UTC days from reason_counts,
// kept at write time (reason-deltas.ts), and count the partial days at the
// edges from the answers; filtered reads count the answers in the range,
// through the (survey_id, received_at) index, unnesting each answer's chips
// with json_each (answers citing none skipped before any JSON is parsed).
import { hasFilters, type ResponseFilters } from '@koe/core';
import type Database from 'better-sqlite3';
import { LruCache } from '../../lru-cache';
import { REASON_COUNTS, wholeDays } from '../day-counts';
import { ReasonDeltas } from '../reason-deltas';
import { filterConditions } from '../response-filters';
import { bounds } from '../rollup-grains';
import type { ReasonScoreCount, TimeRange } from '../types';
import { DayCountWrites } from './day-count-writes';

export class SqliteReasonCounts {
  /** One prepared statement per shape of filters; the shapes in use are few. */
  private readonly statements = new LruCache<
    string,
    Database.Statement<unknown[], ReasonScoreCount>
  >(32);
  private readonly fromTable: Database.Statement<[string, number, number], ReasonScoreCount>;

  constructor(private readonly db: Database.Database) {
    this.fromTable = db.prepare(
      `SELECT reason, score, sum(n) AS n FROM reason_counts
       WHERE survey_id = ? AND day >= ? AND day < ? GROUP BY reason, score`,
    );
  }

  count(surveyId: string, range: TimeRange, filters: ResponseFilters = {}): ReasonScoreCount[] {
    const [from, to] = bounds(range);
    const { bucket: _applied, ...rowFilters } = filters;
    const days = hasFilters(rowFilters) ? undefined : wholeDays(from, to);
    if (!days) return this.raw(surveyId, from, to, filters);
    return [
      ...this.fromTable.all(surveyId, days.start, days.end),
      ...this.raw(surveyId, from, days.start, {}),
      ...this.raw(surveyId, days.end, to, {}),
    ];
  }

  private raw(surveyId: string, from: number, to: number, filters: ResponseFilters) {
    if (from >= to) return [];
    const conditions = filterConditions(filters, 'sqlite', 3, { withBucket: false });
    const sql = `SELECT j.value AS reason, r.score AS score, count(*) AS n
      FROM responses r CROSS JOIN json_each(r.reasons) j
      WHERE r.survey_id = ? AND r.received_at >= ? AND r.received_at < ? AND r.reasons <> '[]'${conditions.sql}
      GROUP BY j.value, r.score`;
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], ReasonScoreCount>(sql);
      this.statements.set(sql, statement);
    }
    return statement.all(surveyId, from, to, ...conditions.params);
  }
}

/**
 * Counts the chips of a database that has none counted (answers stored
 * before reason_counts existed), in one transaction. A no-op once any is counted.
 */
export function backfillReasonCounts(db: Database.Database): number {
  const counted = db.prepare('SELECT 1 FROM reason_counts LIMIT 1').get();
  const anyReason = db.prepare("SELECT 1 FROM responses WHERE reasons <> '[]' LIMIT 1").get();
  if (counted || !anyReason) return 0;
  const writes = new DayCountWrites(db, REASON_COUNTS);
  const page = db.prepare<
    [number],
    { rowid: number; surveyId: string; receivedAt: number; score: number; reasons: string }
  >(
    `SELECT rowid, survey_id AS surveyId, received_at AS receivedAt, score, reasons
     FROM responses WHERE rowid > ? AND reasons <> '[]' ORDER BY rowid LIMIT 5000`,
  );
  return db
    .transaction(() => {
      let answers = 0;
      for (let after = 0; ; ) {
        const rows = page.all(after);
        if (rows.length === 0) return answers;
        const deltas = new ReasonDeltas();
        for (const row of rows) deltas.add({ ...row, reasons: JSON.parse(row.reasons) }, 1);
        writes.apply(deltas);
        answers += rows.length;
        after = (rows.at(-1) as { rowid: number }).rowid;
      }
    })
    .immediate();
}
