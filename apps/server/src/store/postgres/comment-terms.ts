// Comment terms on PostgreSQL (written by day-count-writes.ts): the read side (whole UTC days from the table, partial days and filtered
// reads from the comments themselves). See term-deltas.ts.
import { hasFilters, type ResponseFilters } from '@koe/core';
import type pg from 'pg';
import { COMMENT_TERMS, wholeDays } from '../day-counts';
import { filterConditions } from '../response-filters';
import { bounds } from '../rollup-grains';
import { type BucketTermCount, countTerms, TermDeltas } from '../term-deltas';
import type { RecentComment, TimeRange } from '../types';
import { applyDayCounts } from './day-count-writes';

async function comments(
  pool: pg.Pool,
  surveyId: string,
  from: number,
  to: number,
  filters: ResponseFilters,
): Promise<Array<{ bucket: string; comment: string | null }>> {
  if (from >= to) return [];
  const conditions = filterConditions(filters, 'postgres', 3, { withBucket: false });
  const { rows } = await pool.query<{ bucket: string; comment: string | null }>(
    `SELECT r.bucket, r.comment FROM responses r
     WHERE r.survey_id = $1 AND r.received_at >= $2 AND r.received_at < $3 AND r.comment IS NOT NULL${conditions.sql}`,
    [surveyId, from, to, ...conditions.params],
  );
  return rows;
}

/** The newest comments of the range under the filters (bucket included), newest first. */
export async function pgRecentComments(
  pool: pg.Pool,
  surveyId: string,
  range: TimeRange,
  filters: ResponseFilters,
  limit: number,
): Promise<RecentComment[]> {
  const [from, to] = bounds(range);
  const conditions = filterConditions(filters, 'postgres', 3, { withBucket: true });
  const { rows } = await pool.query<RecentComment>(
    `SELECT r.id, r.comment FROM responses r
     WHERE r.survey_id = $1 AND r.received_at >= $2 AND r.received_at < $3 AND r.comment IS NOT NULL${conditions.sql}
     ORDER BY r.received_at DESC, r.id DESC LIMIT $${conditions.params.length + 4}`,
    [surveyId, from, to, ...conditions.params, limit],
  );
  return rows;
}

/** Comments containing each term, per bucket, over [from, to) under the filters. */
export async function pgCommentTermCounts(
  pool: pg.Pool,
  surveyId: string,
  range: TimeRange,
  filters: ResponseFilters = {},
): Promise<BucketTermCount[]> {
  const [from, to] = bounds(range);
  if (hasFilters(filters)) return countTerms(await comments(pool, surveyId, from, to, filters));
  const days = wholeDays(from, to);
  if (!days) return countTerms(await comments(pool, surveyId, from, to, {}));
  const [table, before, after] = await Promise.all([
    pool.query<BucketTermCount>(
      `SELECT bucket, term, sum(n)::int AS n FROM comment_terms
       WHERE survey_id = $1 AND day >= $2 AND day < $3 GROUP BY bucket, term`,
      [surveyId, days.start, days.end],
    ),
    comments(pool, surveyId, from, days.start, {}),
    comments(pool, surveyId, days.end, to, {}),
  ]);
  return [...table.rows, ...countTerms(before), ...countTerms(after)];
}

/**
 * Counts the comments of a database that has none counted (stored before
 * comment_terms existed). Called under the migration lock; a no-op once any
 * comment is counted.
 */
export async function backfillCommentTerms(client: pg.PoolClient): Promise<number> {
  const counted = await client.query('SELECT 1 FROM comment_terms LIMIT 1');
  const anyComment = await client.query(
    'SELECT 1 FROM responses WHERE comment IS NOT NULL LIMIT 1',
  );
  if (counted.rowCount || !anyComment.rowCount) return 0;
  await client.query('BEGIN');
  try {
    let comments = 0;
    let after = '';
    for (;;) {
      const { rows } = await client.query<{
        id: string;
        surveyId: string;
        receivedAt: number;
        bucket: string;
        comment: string;
      }>(
        `SELECT id, survey_id AS "surveyId", received_at AS "receivedAt", bucket, comment
         FROM responses WHERE id > $1 AND comment IS NOT NULL ORDER BY id LIMIT 5000`,
        [after],
      );
      if (rows.length === 0) break;
      const deltas = new TermDeltas();
      for (const row of rows) deltas.add(row, 1);
      await applyDayCounts(client, COMMENT_TERMS, deltas);
      comments += rows.length;
      after = (rows.at(-1) as { id: string }).id;
    }
    await client.query('COMMIT');
    return comments;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
