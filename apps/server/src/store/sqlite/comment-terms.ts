// Comment terms on SQLite (written by day-count-writes.ts): the read side (terms per bucket over a range: whole UTC days from the
// table, the partial days at the edges and every filtered read from the
// comments themselves). See term-deltas.ts.
import type { ResponseFilters } from '@koe/core';
import { hasFilters } from '@koe/core';
import type Database from 'better-sqlite3';
import { LruCache } from '../../lru-cache';
import { COMMENT_TERMS, wholeDays } from '../day-counts';
import { filterConditions } from '../response-filters';
import { bounds } from '../rollup-grains';
import { type BucketTermCount, countTerms, TermDeltas } from '../term-deltas';
import type { RecentComment, TimeRange } from '../types';
import { DayCountWrites } from './day-count-writes';

type CommentRow = { bucket: string; comment: string | null };

export class SqliteCommentTerms {
  private readonly fromTable: Database.Statement<[string, number, number], BucketTermCount>;
  /** Raw comment reads, one per shape of filters. */
  private readonly comments = new LruCache<string, Database.Statement<unknown[], CommentRow>>(32);
  private readonly recentStatements = new LruCache<
    string,
    Database.Statement<unknown[], RecentComment>
  >(32);

  constructor(private readonly db: Database.Database) {
    this.fromTable = db.prepare(
      `SELECT bucket, term, sum(n) AS n FROM comment_terms
       WHERE survey_id = ? AND day >= ? AND day < ? GROUP BY bucket, term`,
    );
  }

  /** Comments containing each term, per bucket, over [from, to) under the filters. */
  count(surveyId: string, range: TimeRange, filters: ResponseFilters = {}): BucketTermCount[] {
    const [from, to] = bounds(range);
    if (hasFilters(filters)) return countTerms(this.read(surveyId, from, to, filters));
    const days = wholeDays(from, to);
    if (!days) return countTerms(this.read(surveyId, from, to, {}));
    return [
      ...this.fromTable.all(surveyId, days.start, days.end),
      ...countTerms(this.read(surveyId, from, days.start, {})),
      ...countTerms(this.read(surveyId, days.end, to, {})),
    ];
  }

  /** The newest comments of the range under the filters (bucket included), newest first. */
  recent(
    surveyId: string,
    range: TimeRange,
    filters: ResponseFilters,
    limit: number,
  ): RecentComment[] {
    const [from, to] = bounds(range);
    const conditions = filterConditions(filters, 'sqlite', 3, { withBucket: true });
    const sql = `SELECT r.id AS id, r.comment AS comment FROM responses r
      WHERE r.survey_id = ? AND r.received_at >= ? AND r.received_at < ? AND r.comment IS NOT NULL${conditions.sql}
      ORDER BY r.received_at DESC, r.id DESC LIMIT ?`;
    let statement = this.recentStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], RecentComment>(sql);
      this.recentStatements.set(sql, statement);
    }
    return statement.all(surveyId, from, to, ...conditions.params, limit);
  }

  private read(surveyId: string, from: number, to: number, filters: ResponseFilters) {
    if (from >= to) return [];
    const conditions = filterConditions(filters, 'sqlite', 3, { withBucket: false });
    const sql = `SELECT r.bucket AS bucket, r.comment AS comment FROM responses r
      WHERE r.survey_id = ? AND r.received_at >= ? AND r.received_at < ? AND r.comment IS NOT NULL${conditions.sql}`;
    let statement = this.comments.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], CommentRow>(sql);
      this.comments.set(sql, statement);
    }
    return statement.iterate(surveyId, from, to, ...conditions.params);
  }
}

/**
 * Counts the comments of a database that has none counted (stored before
 * comment_terms existed), in one transaction. A no-op once any comment is counted.
 */
export function backfillCommentTerms(db: Database.Database): number {
  const counted = db.prepare('SELECT 1 FROM comment_terms LIMIT 1').get();
  const anyComment = db.prepare('SELECT 1 FROM responses WHERE comment IS NOT NULL LIMIT 1').get();
  if (counted || !anyComment) return 0;
  const writes = new DayCountWrites(db, COMMENT_TERMS);
  const page = db.prepare<
    [number],
    { rowid: number; surveyId: string; receivedAt: number; bucket: string; comment: string }
  >(
    `SELECT rowid, survey_id AS surveyId, received_at AS receivedAt, bucket, comment
     FROM responses WHERE rowid > ? AND comment IS NOT NULL ORDER BY rowid LIMIT 5000`,
  );
  return db
    .transaction(() => {
      let comments = 0;
      for (let after = 0; ; ) {
        const rows = page.all(after);
        if (rows.length === 0) return comments;
        const deltas = new TermDeltas();
        for (const row of rows) deltas.add(row, 1);
        writes.apply(deltas);
        comments += rows.length;
        after = (rows.at(-1) as { rowid: number }).rowid;
      }
    })
    .immediate();
}
