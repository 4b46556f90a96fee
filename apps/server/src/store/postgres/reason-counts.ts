// Reason chips × scores over a range on PostgreSQL: one row per (reason,
// score) with its count, from raw rows through the (survey_id, received_at)
// index, each answer's reasons unnested with jsonb_array_elements_text. The
// same filters as every analyst read; a bucket filter is applied by the caller.
import type { ResponseFilters } from '@koe/core';
import type pg from 'pg';
import { filterConditions } from '../response-filters';
import { bounds } from '../rollup-grains';
import type { ReasonScoreCount, TimeRange } from '../types';

export async function pgReasonCounts(
  pool: pg.Pool,
  surveyId: string,
  range: TimeRange,
  filters: ResponseFilters = {},
): Promise<ReasonScoreCount[]> {
  const conditions = filterConditions(filters, 'postgres', 3, { withBucket: false });
  const { rows } = await pool.query<ReasonScoreCount>(
    `SELECT j.reason, r.score, count(*)::int AS n
     FROM responses r CROSS JOIN LATERAL jsonb_array_elements_text(r.reasons) AS j(reason)
     WHERE r.survey_id = $1 AND r.received_at >= $2 AND r.received_at < $3 AND r.reasons <> '[]'::jsonb${conditions.sql}
     GROUP BY j.reason, r.score`,
    [surveyId, ...bounds(range), ...conditions.params],
  );
  return rows;
}
