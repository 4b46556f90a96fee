// Reason chips × scores over a range on SQLite: one row per (reason, score)
// with its count, from raw rows through the (survey_id, received_at) index,
// each answer's reasons unnested with json_each (answers citing none are
// skipped before any JSON is parsed). The same filters as every
// analyst read; a bucket filter is applied by the caller.
import type { ResponseFilters } from '@koe/core';
import type Database from 'better-sqlite3';
import { LruCache } from '../../lru-cache';
import { filterConditions } from '../response-filters';
import { bounds } from '../rollup-grains';
import type { ReasonScoreCount, TimeRange } from '../types';

export class SqliteReasonCounts {
  /** One prepared statement per shape of filters; the shapes in use are few. */
  private readonly statements = new LruCache<
    string,
    Database.Statement<unknown[], ReasonScoreCount>
  >(32);

  constructor(private readonly db: Database.Database) {}

  count(surveyId: string, range: TimeRange, filters: ResponseFilters = {}): ReasonScoreCount[] {
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
    return statement.all(surveyId, ...bounds(range), ...conditions.params);
  }
}
