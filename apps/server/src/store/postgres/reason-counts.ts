// Reason chips × scores over a range on PostgreSQL, as on SQLite
// (sqlite/reason-counts.ts): whole UTC days from reason_counts, kept at
// write time, the partial days at the edges and every filtered read from
// the answers, unnesting each answer's chips with jsonb_array_elements_text.
import { hasFilters, type ResponseFilters } from '@koe/core';
import type pg from 'pg';
import { REASON_COUNTS, wholeDays } from '../day-counts';
import { ReasonDeltas } from '../reason-deltas';
import { filterConditions } from '../response-filters';
import { bounds } from '../rollup-grains';
import type { ReasonScoreCount, TimeRange } from '../types';
import { applyDayCounts } from './day-count-writes';

async function raw(
  pool: pg.Pool,
  surveyId: string,
  from: number,
  to: number,
  filters: ResponseFilters,
): Promise<ReasonScoreCount[]> {
  if (from >= to) return [];
  const conditions = filterConditions(filters, 'postgres', 3, { withBucket: false });
  const { rows } = await pool.query<ReasonScoreCount>(
    `SELECT j.reason, r.score, count(*)::int AS n
     FROM responses r CROSS JOIN LATERAL jsonb_array_elements_text(r.reasons) AS j(reason)
     WHERE r.survey_id = $1 AND r.received_at >= $2 AND r.received_at < $3 AND r.reasons <> '[]'::jsonb${conditions.sql}
     GROUP BY j.reason, r.score`,
    [surveyId, from, to, ...conditions.params],
  );
  return rows;
}

export async function pgReasonCounts(
  pool: pg.Pool,
  surveyId: string,
  range: TimeRange,
  filters: ResponseFilters = {},
): Promise<ReasonScoreCount[]> {
  const [from, to] = bounds(range);
  const { bucket: _applied, ...rowFilters } = filters;
  const days = hasFilters(rowFilters) ? undefined : wholeDays(from, to);
  if (!days) return raw(pool, surveyId, from, to, filters);
  const [table, before, after] = await Promise.all([
    pool.query<ReasonScoreCount>(
      `SELECT reason, score, sum(n)::int AS n FROM reason_counts
       WHERE survey_id = $1 AND day >= $2 AND day < $3 GROUP BY reason, score`,
      [surveyId, days.start, days.end],
    ),
    raw(pool, surveyId, from, days.start, {}),
    raw(pool, surveyId, days.end, to, {}),
  ]);
  return [...table.rows, ...before, ...after];
}

/**
 * Counts the chips of a database that has none counted (answers stored
 * before reason_counts existed). Called under the migration lock; a no-op
 * once any is counted.
 */
export async function backfillReasonCounts(client: pg.PoolClient): Promise<number> {
  const counted = await client.query('SELECT 1 FROM reason_counts LIMIT 1');
  const anyReason = await client.query(
    "SELECT 1 FROM responses WHERE reasons <> '[]'::jsonb LIMIT 1",
  );
  if (counted.rowCount || !anyReason.rowCount) return 0;
  await client.query('BEGIN');
  try {
    let answers = 0;
    let after = '';
    for (;;) {
      const { rows } = await client.query<{
        id: string;
        surveyId: string;
        receivedAt: number;
        score: number;
        reasons: string[];
      }>(
        `SELECT id, survey_id AS "surveyId", received_at AS "receivedAt", score, reasons
         FROM responses WHERE id > $1 AND reasons <> '[]'::jsonb ORDER BY id LIMIT 5000`,
        [after],
      );
      if (rows.length === 0) break;
      const deltas = new ReasonDeltas();
      for (const row of rows) deltas.add(row, 1);
      await applyDayCounts(client, REASON_COUNTS, deltas);
      answers += rows.length;
      after = (rows.at(-1) as { id: string }).id;
    }
    await client.query('COMMIT');
    return answers;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
