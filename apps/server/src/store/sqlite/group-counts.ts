// groupBy on SQLite: answer counts per segment × score over a time range.
// Touchpoint, device, country and locale come from response_group_rollups
// (whole UTC hours and days) plus raw rows for the sub-hour edges of the
// range, or under filters on those dimensions from segment_counts (whole UTC
// days) plus raw partial days; page and attributes, whose values are
// unbounded, from raw rows.
import type { ResponseFilters } from '@koe/core';
import type Database from 'better-sqlite3';
import { LruCache } from '../../lru-cache';
import { wholeDays } from '../day-counts';
import { planGroupRange } from '../range-plan';
import { type DayCountPlan, dayCountConditions, filterConditions } from '../response-filters';
import {
  GROUP_DIMENSIONS,
  type GroupDimension,
  NO_SEGMENT,
  type ScoreColumns,
  SUM_SCORES,
  scoreCounts,
} from '../rollup-deltas';
import type { ScoreCount } from '../types';

type KeyedCount = ScoreCount & { key: string | null };

const RAW_COLUMNS = new Set<string>([...GROUP_DIMENSIONS, 'page', 'channel']);

export class SqliteGroupCounts {
  private readonly fromRollups: Database.Statement<
    [string, string, number],
    ScoreColumns & { segment: string }
  >;
  /** Raw-row statements per column or attribute and filter shape; the shapes in use are few. */
  private readonly rawStatements = new LruCache<string, Database.Statement<unknown[], KeyedCount>>(
    64,
  );

  constructor(private readonly db: Database.Database) {
    // Ranges arrive as one JSON array [[grain, from, to], …]; CROSS JOIN keeps
    // them the outer loop, each one index range seek.
    this.fromRollups = db.prepare(
      `WITH q AS (SELECT value ->> '$[0]' AS g, value ->> '$[1]' AS lo, value ->> '$[2]' AS hi FROM json_each(?))
       SELECT r.segment AS segment, ${SUM_SCORES} FROM q
       CROSS JOIN response_group_rollups r
         ON r.survey_id = ? AND r.dimension = ? AND r.grain = q.g AND r.start >= q.lo AND r.start < q.hi
       GROUP BY r.segment`,
    );
  }

  /** Counts per segment from the rollups where they cover the range, raw rows elsewhere. */
  byDimension(surveyId: string, dimension: GroupDimension, from: number, to: number) {
    const { rolled, raw } = planGroupRange(from, to);
    const rows: KeyedCount[] = [
      ...(rolled.length
        ? this.fromRollups
            .all(JSON.stringify(rolled), surveyId, GROUP_DIMENSIONS.indexOf(dimension))
            .flatMap((row) =>
              scoreCounts(row, { key: row.segment === NO_SEGMENT ? null : row.segment }),
            )
        : []),
      ...(raw.length ? this.rawByColumn(surveyId, dimension, raw) : []),
    ];
    return rows.filter((row) => row.n > 0);
  }

  /**
   * Counts per segment under filters on rolled dimensions: whole UTC days
   * from segment_counts, the partial days at the edges from raw rows.
   */
  fromSegmentCounts(
    surveyId: string,
    dimension: GroupDimension,
    from: number,
    to: number,
    plan: DayCountPlan,
  ): KeyedCount[] {
    const days = wholeDays(from, to);
    if (!days) return this.rawByColumn(surveyId, dimension, [[from, to]], plan.filters);
    const conditions = dayCountConditions(plan, 'sqlite', 3);
    const sql = `SELECT t.${dimension} AS key, t.score AS score, sum(t.n) AS n FROM ${plan.table.name} t
      WHERE t.survey_id = ? AND t.day >= ? AND t.day < ?${conditions.sql}
      GROUP BY t.${dimension}, t.score`;
    const edges = [
      [from, days.start],
      [days.end, to],
    ].filter(([a, b]) => (a as number) < (b as number));
    return [
      ...this.statement(sql)
        .all(surveyId, days.start, days.end, ...conditions.params)
        .map((row) => ({ ...row, key: row.key === NO_SEGMENT ? null : row.key })),
      ...(edges.length ? this.rawByColumn(surveyId, dimension, edges, plan.filters) : []),
    ];
  }

  /**
   * Counts per value of a column from raw rows, under row filters (also the
   * baseline the rollups are checked against).
   */
  rawByColumn(
    surveyId: string,
    column: string,
    ranges: number[][],
    filters: ResponseFilters = {},
  ): KeyedCount[] {
    if (!RAW_COLUMNS.has(column)) throw new Error(`cannot group by ${column}`);
    return this.rawGroups(`r.${column}`, [], surveyId, ranges, filters);
  }

  /** Counts per value of one attribute; any key (dots, spaces, quotes) is one JSON member. */
  byAttribute(
    surveyId: string,
    attribute: string,
    from: number,
    to: number,
    filters: ResponseFilters = {},
  ): KeyedCount[] {
    const path = `$."${attribute.replace(/["\\]/g, '\\$&')}"`;
    // Strings as they are, other values as JSON text (true, 3.5), as PostgreSQL's ->> gives them.
    return this.rawGroups(
      "CASE json_type(r.attributes, ?) WHEN 'text' THEN r.attributes ->> ? ELSE r.attributes -> ? END",
      [path, path, path],
      surveyId,
      [[from, to]],
      filters,
    );
  }

  /** Parameters in order of appearance: the ranges, the key's, the survey, the filters'. */
  private rawGroups(
    key: string,
    keyParams: unknown[],
    surveyId: string,
    ranges: number[][],
    filters: ResponseFilters,
  ): KeyedCount[] {
    const conditions = filterConditions(filters, 'sqlite', 0, { withBucket: false });
    const sql = `WITH q AS (SELECT value ->> '$[0]' AS lo, value ->> '$[1]' AS hi FROM json_each(?))
      SELECT ${key} AS key, r.score AS score, count(*) AS n FROM q
      CROSS JOIN responses r ON r.survey_id = ? AND r.received_at >= q.lo AND r.received_at < q.hi${conditions.sql}
      GROUP BY 1, r.score`;
    return this.statement(sql).all(
      JSON.stringify(ranges),
      ...keyParams,
      surveyId,
      ...conditions.params,
    );
  }

  private statement(sql: string) {
    let statement = this.rawStatements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], KeyedCount>(sql);
      this.rawStatements.set(sql, statement);
    }
    return statement;
  }
}
