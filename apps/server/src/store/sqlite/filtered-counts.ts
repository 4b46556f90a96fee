// Counts under filters on SQLite (the plan is in ../response-filters.ts):
// one rollup dimension reads the segment rollups of its values, plus raw
// sub-hour edges; the filters day counts answer read their whole UTC days
// there, plus raw partial days; other filters read raw rows through the time
// index with the filter conditions (and the FTS5 trigram index for q). Each
// takes any number of time ranges at once, tagged by index, as series need.
import type { ResponseFilters } from '@koe/core';
import type Database from 'better-sqlite3';
import { LruCache } from '../../lru-cache';
import { planDayRanges, planGroupRange, RangeSums } from '../range-plan';
import { type DayCountPlan, dayCountConditions, filterConditions } from '../response-filters';
import {
  GROUP_DIMENSIONS,
  type GroupDimension,
  type ScoreColumns,
  SUM_SCORES,
  scoreCounts,
} from '../rollup-deltas';
import type { ScoreCount } from '../types';

type Ranges = ReadonlyArray<{ start: number; end: number }>;
type IndexedCount = ScoreCount & { i: number };

/** Prepared statements per distinct filter shape; the shapes an analyst uses are few. */
const STATEMENTS = 64;

export class SqliteFilteredCounts {
  private readonly segmentRollups: Database.Statement<
    [string, string, number, string],
    ScoreColumns & { i: number }
  >;
  private readonly segmentEdges = new Map<
    GroupDimension,
    Database.Statement<[string, string, string], IndexedCount>
  >();
  private readonly raw = new LruCache<string, Database.Statement<unknown[], IndexedCount>>(
    STATEMENTS,
  );

  constructor(private readonly db: Database.Database) {
    // Ranges arrive as [[i, grain, from, to], …] and values as [v, …]: one parameter each.
    this.segmentRollups = db.prepare(
      `WITH q AS (SELECT value ->> '$[0]' AS i, value ->> '$[1]' AS g, value ->> '$[2]' AS lo, value ->> '$[3]' AS hi FROM json_each(?))
       SELECT q.i AS i, ${SUM_SCORES} FROM q
       CROSS JOIN response_group_rollups r
         ON r.survey_id = ? AND r.dimension = ? AND r.grain = q.g AND r.start >= q.lo AND r.start < q.hi
         AND r.segment IN (SELECT value FROM json_each(?))
       GROUP BY q.i`,
    );
  }

  /** Counts per range of the answers whose `dimension` is one of `values`. */
  inSegments(surveyId: string, ranges: Ranges, dimension: GroupDimension, values: string[]) {
    const rolled: number[][] = [];
    const raw: number[][] = [];
    ranges.forEach(({ start, end }, i) => {
      const plan = planGroupRange(start, end);
      for (const r of plan.rolled) rolled.push([i, ...r]);
      for (const r of plan.raw) raw.push([i, ...r]);
    });
    const sums = new RangeSums(ranges.length);
    const json = JSON.stringify(values);
    if (rolled.length) {
      const rows = this.segmentRollups.all(
        JSON.stringify(rolled),
        surveyId,
        GROUP_DIMENSIONS.indexOf(dimension),
        json,
      );
      for (const row of rows)
        for (const { score, n } of scoreCounts(row, {})) sums.add(Number(row.i), score, n);
    }
    if (raw.length) {
      for (const { i, score, n } of this.edges(dimension).all(JSON.stringify(raw), surveyId, json))
        sums.add(i, score, n);
    }
    return sums.counts();
  }

  /** Counts per range of the answers that pass every filter, from raw rows. */
  rawRows(surveyId: string, ranges: Ranges, filters: ResponseFilters): IndexedCount[] {
    return this.rawPieces(
      surveyId,
      ranges.map((r, i) => [i, r.start, r.end]),
      filters,
    );
  }

  /** Counts per range from a day-count table for whole UTC days, raw rows for the rest. */
  fromDayCounts(surveyId: string, ranges: Ranges, plan: DayCountPlan) {
    const { days, raw } = planDayRanges(ranges);
    const sums = new RangeSums(ranges.length);
    if (days.length) {
      const conditions = dayCountConditions(plan, 'sqlite', 2);
      const sql = `WITH q AS (SELECT value ->> '$[0]' AS i, value ->> '$[1]' AS lo, value ->> '$[2]' AS hi FROM json_each(?))
        SELECT q.i AS i, t.score AS score, sum(t.n) AS n FROM q
        CROSS JOIN ${plan.table.name} t ON t.survey_id = ? AND t.day >= q.lo AND t.day < q.hi${conditions.sql}
        GROUP BY q.i, t.score`;
      for (const { i, score, n } of this.statement(sql).all(
        JSON.stringify(days),
        surveyId,
        ...conditions.params,
      ))
        sums.add(Number(i), score, n);
    }
    if (raw.length)
      for (const { i, score, n } of this.rawPieces(surveyId, raw, plan.filters))
        sums.add(Number(i), score, n);
    return sums.counts();
  }

  /** Counts per tagged piece [i, from, to] of the answers that pass every filter, from raw rows. */
  private rawPieces(surveyId: string, pieces: number[][], filters: ResponseFilters) {
    const search = filters.q !== undefined;
    const conditions = filterConditions(filters, 'sqlite', 2, {
      withBucket: false,
      ftsBounds: search,
    });
    // Comment search reads only commented answers (a tenth of them in the bench), from an
    // index that also holds the score and comment; the planner, without statistics, would
    // take the (survey_id, received_at) index that covers every answer. The rowid bounds
    // of those answers limit the FTS5 matches read (any rowid order stays exact: each
    // match is still checked against the range): at 10 M answers 30 days of "damaged"
    // are 1.6 k of 40 k matches.
    const index = search ? ' INDEXED BY responses_survey_commented_idx' : '';
    const bounds = search
      ? `, fts_bounds AS MATERIALIZED (SELECT min(r.rowid) AS lo, max(r.rowid) AS hi FROM q
          CROSS JOIN responses r${index} ON r.survey_id = ? AND r.received_at >= q.lo AND r.received_at < q.hi AND r.comment IS NOT NULL)`
      : '';
    const sql = `WITH q AS (SELECT value ->> '$[0]' AS i, value ->> '$[1]' AS lo, value ->> '$[2]' AS hi FROM json_each(?))${bounds}
      SELECT q.i AS i, r.score AS score, count(*) AS n FROM q
      CROSS JOIN responses r${index} ON r.survey_id = ? AND r.received_at >= q.lo AND r.received_at < q.hi${conditions.sql}
      GROUP BY q.i, r.score`;
    return this.statement(sql).all(
      JSON.stringify(pieces),
      ...(search ? [surveyId] : []),
      surveyId,
      ...conditions.params,
    );
  }

  private edges(dimension: GroupDimension) {
    let statement = this.segmentEdges.get(dimension);
    if (!statement) {
      statement = this.db.prepare(
        `WITH q AS (SELECT value ->> '$[0]' AS i, value ->> '$[1]' AS lo, value ->> '$[2]' AS hi FROM json_each(?))
         SELECT q.i AS i, r.score AS score, count(*) AS n FROM q
         CROSS JOIN responses r ON r.survey_id = ? AND r.received_at >= q.lo AND r.received_at < q.hi
           AND r.${dimension} IN (SELECT value FROM json_each(?))
         GROUP BY q.i, r.score`,
      );
      this.segmentEdges.set(dimension, statement);
    }
    return statement;
  }

  private statement(sql: string) {
    let statement = this.raw.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], IndexedCount>(sql);
      this.raw.set(sql, statement);
    }
    return statement;
  }
}
