// How both backends read answers under the analyst's filters (one grammar,
// see @koe/core's filters.ts). Counts take one of four paths:
// - no row filter: the rollups, as before;
// - one rollup dimension (touchpoint, device, country or locale, any number
//   of OR'ed values): the segment rollups of those values (hours and days),
//   plus raw edges;
// - day counts, for whole UTC days, with raw rows for the partial days at the
//   edges: several rollup dimensions ANDed (segment_counts), one reason
//   (reason_counts: an answer cites a chip once) or one attr.<key> whose
//   values are not numbers (attribute_counts); see filter-count-deltas.ts;
// - anything else (page, channel, several reasons, reasons or attributes with other
//   filters, q): raw rows through the (survey_id, received_at) index, with
//   the conditions below, and the comment index for q.
// The bucket filter is not a row condition for counts: a bucket is a set of
// scores, so counts are read unfiltered and the other scores dropped (see
// keepBuckets in the routes); pages and exports filter rows by bucket.
import type { ResponseFilters } from '@koe/core';
import { ATTRIBUTE_COUNTS, type DayCountTable, REASON_COUNTS, SEGMENT_COUNTS } from './day-counts';
import { countableAttributeValue } from './filter-count-deltas';
import { type GroupDimension, isGroupDimension, NO_SEGMENT } from './rollup-deltas';

const DIMENSION_COLUMNS = ['touchpoint', 'device', 'country', 'locale', 'page', 'channel'] as const;

/**
 * Whole days from a day-count table (alias t): `where` are the conditions on
 * its key columns; `filters` the same filters for the raw edges.
 */
export interface DayCountPlan {
  kind: 'days';
  table: DayCountTable;
  where: Array<{ column: string; values: readonly string[] }>;
  filters: ResponseFilters;
}

export type CountPlan =
  | { kind: 'all' }
  | { kind: 'segment'; dimension: GroupDimension; values: string[] }
  | DayCountPlan
  | { kind: 'raw'; filters: ResponseFilters };

/** The row filters of a query: everything but the bucket (a set of scores). */
export function rowFilters({ bucket: _bucket, ...rest }: ResponseFilters): ResponseFilters {
  return rest;
}

/** Which path the counts for these filters take. */
export function countPlan(filters: ResponseFilters = {}): CountPlan {
  const rows = rowFilters(filters);
  const set = Object.entries(rows).filter(([key, value]) =>
    key === 'attributes' ? Object.keys(value ?? {}).length > 0 : value !== undefined,
  );
  if (set.length === 0) return { kind: 'all' };
  const [only] = set;
  if (set.length === 1 && only && isGroupDimension(only[0])) {
    return { kind: 'segment', dimension: only[0], values: only[1] as string[] };
  }
  const days = (table: DayCountTable, where: DayCountPlan['where']): DayCountPlan => ({
    kind: 'days',
    table,
    where,
    filters: rows,
  });
  if (set.every(([key]) => isGroupDimension(key)))
    // No stored segment is '' (NO_SEGMENT), so a '' asked for matches nothing, here as in raw rows.
    return days(
      SEGMENT_COUNTS,
      set.map(([column, values]) => ({
        column,
        values: (values as string[]).filter((v) => v !== NO_SEGMENT),
      })),
    );
  if (set.length === 1 && only?.[0] === 'reason' && (only[1] as string[]).length === 1)
    return days(REASON_COUNTS, [{ column: 'reason', values: only[1] as string[] }]);
  const attributes = Object.entries(rows.attributes ?? {}).filter(([, v]) => v.length > 0);
  const [attribute] = attributes;
  if (set.length === 1 && attributes.length === 1 && attribute?.[1].every(countableAttributeValue))
    return days(ATTRIBUTE_COUNTS, [
      { column: 'attribute', values: [attribute[0]] },
      { column: 'value', values: attribute[1] },
    ]);
  return { kind: 'raw', filters: rows };
}

/**
 * segment_counts for filters on rollup dimensions only (one or several), for
 * a groupBy on one of them under those filters; undefined otherwise.
 */
export function segmentCountPlan(filters: ResponseFilters = {}): DayCountPlan | undefined {
  const plan = countPlan(filters);
  if (plan.kind === 'segment')
    return {
      kind: 'days',
      table: SEGMENT_COUNTS,
      where: [{ column: plan.dimension, values: plan.values }],
      filters: { [plan.dimension]: plan.values },
    };
  return plan.kind === 'days' && plan.table === SEGMENT_COUNTS ? plan : undefined;
}

/** The conditions of a day-count plan on its table (alias t), as filterConditions gives them. */
export function dayCountConditions(
  plan: DayCountPlan,
  dialect: 'sqlite' | 'postgres',
  offset: number,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return dialect === 'sqlite' ? '?' : `$${offset + params.length}`;
  };
  const sql = plan.where
    .map(({ column, values }) =>
      values.length ? ` AND t.${column} IN (${values.map(p).join(', ')})` : ' AND false',
    )
    .join('');
  return { sql, params };
}

/** Comment text to find: at least 3 characters uses the trigram index (shorter ones scan). */
export const TRIGRAM_MIN_CHARS = 3;

/** `%`, `_` and the escape character itself, escaped for LIKE … ESCAPE '\'. */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * SQL conditions on the responses table (alias r) for the filters, with
 * their parameters in order. `param` turns a parameter's 1-based position
 * into the backend's placeholder (? or $n); `offset` is the number of
 * parameters that come before these in the statement.
 */
export function filterConditions(
  filters: ResponseFilters,
  dialect: 'sqlite' | 'postgres',
  offset: number,
  { withBucket, ftsBounds = false }: { withBucket: boolean; ftsBounds?: boolean },
): { sql: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const p = (value: unknown) => {
    params.push(value);
    return dialect === 'sqlite' ? '?' : `$${offset + params.length}`;
  };
  const list = (values: readonly unknown[]) => values.map(p).join(', ');

  for (const column of DIMENSION_COLUMNS) {
    const values = filters[column];
    if (values?.length) conditions.push(`r.${column} IN (${list(values)})`);
  }
  if (withBucket && filters.bucket?.length)
    conditions.push(`r.bucket IN (${list(filters.bucket)})`);
  if (filters.reason?.length) {
    conditions.push(
      dialect === 'sqlite'
        ? `EXISTS (SELECT 1 FROM json_each(r.reasons) WHERE value IN (${list(filters.reason)}))`
        : `r.reasons ?| ${p(filters.reason)}::text[]`,
    );
  }
  for (const [key, values] of Object.entries(filters.attributes ?? {})) {
    if (!values.length) continue;
    if (dialect === 'sqlite') {
      // Strings as they are, other values as JSON text (3, true), as PostgreSQL's ->> gives them.
      const path = `$."${key.replace(/["\\]/g, '\\$&')}"`;
      conditions.push(
        `(CASE json_type(r.attributes, ${p(path)}) WHEN 'text' THEN r.attributes ->> ${p(path)} ELSE r.attributes -> ${p(path)} END) IN (${list(values)})`,
      );
    } else {
      conditions.push(`(r.attributes ->> ${p(key)}) IN (${list(values)})`);
    }
  }
  if (filters.q !== undefined) {
    const q = filters.q;
    // Implied by any match; stated so the index of commented answers can serve the range.
    conditions.push('r.comment IS NOT NULL');
    if (dialect === 'sqlite') {
      // FTS5's trigram index finds any substring of 3 or more characters, in any
      // script, without word boundaries; shorter text is looked for row by row.
      // With ftsBounds the statement defines fts_bounds (lo, hi): the rowids of the
      // range's commented answers lie between them, so the index reads only the
      // matches there instead of every match the survey ever had.
      const within = ftsBounds
        ? ' AND rowid BETWEEN (SELECT lo FROM fts_bounds) AND (SELECT hi FROM fts_bounds)'
        : '';
      conditions.push(
        [...q].length >= TRIGRAM_MIN_CHARS
          ? `r.rowid IN (SELECT rowid FROM responses_fts WHERE responses_fts MATCH ${p(`"${q.replaceAll('"', '""')}"`)}${within})`
          : `instr(lower(r.comment), lower(${p(q)})) > 0`,
      );
    } else {
      // pg_trgm's GIN index serves ILIKE for 3 characters or more.
      conditions.push(`r.comment ILIKE ${p(`%${likeLiteral(q)}%`)} ESCAPE '\\'`);
    }
  }
  return { sql: conditions.map((c) => ` AND ${c}`).join(''), params };
}
