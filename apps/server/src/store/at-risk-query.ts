// The SQL of "who is at risk" (core at-risk.ts), the same on both backends
// apart from placeholders and JSON: the identified answers received in
// [from, to) that pass the filters and are their respondent's latest before
// `to` (no later answer: one probe of the partial (survey, user, time)
// index), each with the answer before it (another probe), kept when it meets
// a rule — the worst bucket, or a fall of AT_RISK_FALL or more. Only the
// range's identified answers are read, not every answer a respondent ever
// gave. Newest first, keyset-paged.
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
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return dialect === 'sqlite' ? '?' : `$${params.length}`;
  };
  // Placeholders in the order they appear in the text (SQLite's ? are positional).
  const head = `r.survey_id = ${p(surveyId)} AND r.user_id IS NOT NULL
      AND r.received_at >= ${p(from)} AND r.received_at < ${p(to)}
      AND (r.received_at, r.id) < (${p(cursor[0])}, ${p(cursor[1])})`;
  const conditions = filterConditions(filter, dialect, params.length, { withBucket: true });
  params.push(...conditions.params);
  const latest = `NOT EXISTS (SELECT 1 FROM responses y
        WHERE y.survey_id = r.survey_id AND y.user_id = r.user_id AND y.received_at < ${p(to)}
          AND (y.received_at, y.id) > (r.received_at, r.id))`;
  const before = (column: string) => `(SELECT y.${column} FROM responses y
        WHERE y.survey_id = r.survey_id AND y.user_id = r.user_id AND (y.received_at, y.id) < (r.received_at, r.id)
        ORDER BY y.received_at DESC, y.id DESC LIMIT 1)`;
  const sql = `SELECT * FROM (
      SELECT r.*, ${before('id')} AS prev_id, ${before('score')} AS prev_score,
        ${before('received_at')} AS prev_received_at
      FROM responses r
      WHERE ${head}${conditions.sql} AND ${latest}
    ) AS latest
    WHERE bucket IN ('detractor', 'dissatisfied') OR prev_score - score >= ${AT_RISK_FALL}
    ORDER BY received_at DESC, id DESC LIMIT ${p(limit)}`;
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
