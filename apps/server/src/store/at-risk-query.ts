// The SQL of "who is at risk" (core at-risk.ts), the same on both backends
// apart from placeholders: each identified respondent's latest answer
// received before `to` (row_number over their answers, through the partial
// (survey, user, time) index), kept when it was received from `from`, passes
// the filters and meets a rule — the worst bucket, or a fall of AT_RISK_FALL
// or more since the answer before it. Newest first, keyset-paged.
import { AT_RISK_FALL, type ResponseCursor } from '@koe/core';
import { filterConditions } from './response-filters';
import { fromResponseRow, type ResponseRow } from './response-row';
import { bounds } from './rollup-grains';
import type { AtRiskEntry, ResponseFilter } from './types';

export type AtRiskRow = ResponseRow & {
  prev_id: string | null;
  prev_score: number | null;
  prev_received_at: number | null;
};

export function atRiskQuery(
  dialect: 'sqlite' | 'postgres',
  surveyId: string,
  filter: ResponseFilter,
  after: ResponseCursor | undefined,
  limit: number,
): { sql: string; params: unknown[] } {
  const [from, to] = bounds(filter);
  const cursor = after ?? [to, ''];
  const params: unknown[] = [surveyId, to, from, cursor[0], cursor[1]];
  const p = (i: number) => (dialect === 'sqlite' ? '?' : `$${i}`);
  const conditions = filterConditions(filter, dialect, params.length, { withBucket: true });
  params.push(...conditions.params, limit);
  // SQLite: the comment search reads rowid, which x.* leaves out.
  const rowid = dialect === 'sqlite' ? 'x.rowid AS rowid, ' : '';
  const sql = `WITH ranked AS (
      SELECT ${rowid}x.*, row_number() OVER (PARTITION BY x.user_id ORDER BY x.received_at DESC, x.id DESC) AS k
      FROM responses x WHERE x.survey_id = ${p(1)} AND x.user_id IS NOT NULL AND x.received_at < ${p(2)}
    )
    SELECT r.*, prev.id AS prev_id, prev.score AS prev_score, prev.received_at AS prev_received_at
    FROM ranked r LEFT JOIN ranked prev ON prev.user_id = r.user_id AND prev.k = 2
    WHERE r.k = 1 AND r.received_at >= ${p(3)}
      AND (r.bucket IN ('detractor', 'dissatisfied') OR prev.score - r.score >= ${AT_RISK_FALL})
      AND (r.received_at, r.id) < (${p(4)}, ${p(5)})${conditions.sql}
    ORDER BY r.received_at DESC, r.id DESC LIMIT ${p(params.length)}`;
  return { sql, params };
}

/** The previous answer of the respondent of `row` to the same survey, if any. */
export function previousAnswerQuery(dialect: 'sqlite' | 'postgres'): string {
  const p = (i: number) => (dialect === 'sqlite' ? '?' : `$${i}`);
  return `SELECT id, score, received_at AS "receivedAt" FROM responses
    WHERE survey_id = ${p(1)} AND user_id = ${p(2)} AND user_id IS NOT NULL
      AND (received_at, id) < (${p(3)}, ${p(4)})
    ORDER BY received_at DESC, id DESC LIMIT 1`;
}

/** A row of atRiskQuery as the store returns it. */
export function fromAtRiskRow(row: AtRiskRow): AtRiskEntry {
  return {
    latest: fromResponseRow(row),
    previous:
      row.prev_id === null
        ? null
        : {
            id: row.prev_id,
            score: Number(row.prev_score),
            receivedAt: Number(row.prev_received_at),
          },
  };
}
