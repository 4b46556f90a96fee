// Keeping response_rollups and response_group_rollups in step with responses,
// inside the caller's transaction. Every change to a response becomes count
// deltas; a write batch sums them in memory per slot and writes each slot it
// touched once (all rows of a batch share one received time, so a batch of
// 32 answers updates three total rows and a few segment rows).
import type Database from 'better-sqlite3';
import { GRAINS, slotStart } from './rollup-grains';
import type { ScoreCount, StoredResponseRow } from './types';

/** The segments kept as rollups; `dimension` in the table is the index here. */
export const GROUP_DIMENSIONS = ['touchpoint', 'device', 'country', 'locale'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

/** Hours and days: a quarter-hour per segment would be nearly a row per answer. */
export const GROUP_GRAINS = GRAINS.filter((g) => g.grain >= 1);

/** Primary-key columns cannot be NULL; no stored touchpoint, device, country or locale is empty. */
export const NO_SEGMENT = '';

/** One count column per score: s0 … s10 covers NPS 0–10, CSAT 1–5 and CES 1–7. */
export const SCORE_COLUMNS = Array.from({ length: 11 }, (_, score) => `s${score}`);

/** `sum(s0) AS s0, …` for reading several slots as one. */
export const SUM_SCORES = SCORE_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ');

export type ScoreColumns = Record<string, number>;

/** The wide row's counts as ScoreCount rows, zero counts left out. */
export function scoreCounts<T extends object>(row: ScoreColumns, extra: T): Array<ScoreCount & T> {
  const counts: Array<ScoreCount & T> = [];
  SCORE_COLUMNS.forEach((column, score) => {
    const n = row[column] ?? 0;
    if (n !== 0) counts.push({ ...extra, score, n });
  });
  return counts;
}

export type RolledUpRow = Pick<
  StoredResponseRow,
  'surveyId' | 'receivedAt' | 'score' | GroupDimension
>;

// Survey ids and segment values hold no control characters, so \u0001 separates safely.
const SEP = '\u0001';

export class RollupBatch {
  private readonly totals = new Map<string, number[]>();
  private readonly groups = new Map<string, number[]>();

  constructor(private readonly statements: RollupStatements) {}

  /** Counts (delta = +1) or uncounts (−1) one answer in every rollup it belongs to. */
  add(row: RolledUpRow, delta: number): void {
    for (const { grain, ms } of GRAINS) {
      bump(this.totals, [row.surveyId, grain, slotStart(row.receivedAt, ms)], row.score, delta);
    }
    for (const { grain, ms } of GROUP_GRAINS) {
      const start = slotStart(row.receivedAt, ms);
      GROUP_DIMENSIONS.forEach((dimension, d) => {
        const segment = row[dimension] ?? NO_SEGMENT;
        bump(this.groups, [row.surveyId, d, grain, start, segment], row.score, delta);
      });
    }
  }

  /** Moves an answer whose score or segments changed; a no-op when nothing rolled up changed. */
  move(before: RolledUpRow, after: RolledUpRow): void {
    const same =
      before.score === after.score &&
      before.receivedAt === after.receivedAt &&
      GROUP_DIMENSIONS.every((d) => before[d] === after[d]);
    if (same) return;
    this.add(before, -1);
    this.add(after, 1);
  }

  /** Writes the summed deltas; call inside the transaction that changed the responses. */
  flush(): void {
    for (const [key, deltas] of this.totals) {
      const [surveyId, grain, start] = key.split(SEP) as [string, string, string];
      this.statements.upsertTotal.run(surveyId, +grain, +start, ...deltas);
    }
    for (const [key, deltas] of this.groups) {
      const [surveyId, d, grain, start, segment] = key.split(SEP) as [
        string,
        string,
        string,
        string,
        string,
      ];
      this.statements.upsertGroup.run(surveyId, +d, +grain, +start, segment, ...deltas);
    }
    this.totals.clear();
    this.groups.clear();
  }
}

function bump(
  slots: Map<string, number[]>,
  slot: ReadonlyArray<string | number>,
  score: number,
  delta: number,
) {
  const key = slot.join(SEP);
  let deltas = slots.get(key);
  if (!deltas) {
    deltas = new Array<number>(SCORE_COLUMNS.length).fill(0);
    slots.set(key, deltas);
  }
  deltas[score] = (deltas[score] as number) + delta;
}

const ADD_SCORES = SCORE_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ');
const SCORE_PARAMS = SCORE_COLUMNS.map(() => '?').join(', ');

export class RollupStatements {
  readonly upsertTotal: Database.Statement<Array<string | number>>;
  readonly upsertGroup: Database.Statement<Array<string | number>>;

  constructor(db: Database.Database) {
    this.upsertTotal = db.prepare(
      `INSERT INTO response_rollups (survey_id, grain, start, ${SCORE_COLUMNS.join(', ')})
       VALUES (?, ?, ?, ${SCORE_PARAMS})
       ON CONFLICT (survey_id, grain, start) DO UPDATE SET ${ADD_SCORES}`,
    );
    this.upsertGroup = db.prepare(
      `INSERT INTO response_group_rollups (survey_id, dimension, grain, start, segment, ${SCORE_COLUMNS.join(', ')})
       VALUES (?, ?, ?, ?, ?, ${SCORE_PARAMS})
       ON CONFLICT (survey_id, dimension, grain, start, segment) DO UPDATE SET ${ADD_SCORES}`,
    );
  }

  batch(): RollupBatch {
    return new RollupBatch(this);
  }
}
