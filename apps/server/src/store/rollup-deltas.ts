// Rollup bookkeeping shared by both backends. Every change to a response
// becomes count deltas per slot; a write batch sums them in memory and the
// store writes each touched slot once (all rows of a batch share one
// received time, so a batch of 32 answers updates three total rows and a few
// segment rows).
import { GRAINS, slotStart } from './rollup-grains';
import type { ScoreCount, StoredResponseRow } from './types';

/** The segments kept as rollups; `dimension` in the table is the index here. */
export const GROUP_DIMENSIONS = ['touchpoint', 'device', 'country', 'locale'] as const;
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

export const isGroupDimension = (column: string): column is GroupDimension =>
  (GROUP_DIMENSIONS as readonly string[]).includes(column);

/** Hours and days: a quarter-hour per segment would be nearly a row per answer. */
export const GROUP_GRAINS = GRAINS.filter((g) => g.grain >= 1);

/** Primary-key columns cannot be NULL; no stored touchpoint, device, country or locale is empty. */
export const NO_SEGMENT = '';

/** One count column per score: s0 … s10 covers NPS 0–10, CSAT 1–5 and CES 1–7. */
export const SCORE_COLUMNS = Array.from({ length: 11 }, (_, score) => `s${score}`);

/** `sum(s0) AS s0, …` for reading several slots as one (the same SQL on both backends). */
export const SUM_SCORES = SCORE_COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ');

export type ScoreColumns = Record<string, number | string | null>;

/** A wide row's counts as ScoreCount rows, zero counts left out. */
export function scoreCounts<T extends object>(row: ScoreColumns, extra: T): Array<ScoreCount & T> {
  const counts: Array<ScoreCount & T> = [];
  SCORE_COLUMNS.forEach((column, score) => {
    // PostgreSQL returns sum() of integers as a numeric string.
    const n = Number(row[column] ?? 0);
    if (n !== 0) counts.push({ ...extra, score, n });
  });
  return counts;
}

export type RolledUpRow = Pick<
  StoredResponseRow,
  'surveyId' | 'receivedAt' | 'score' | GroupDimension
>;

export interface TotalDelta {
  surveyId: string;
  grain: number;
  start: number;
  /** One delta per score column. */
  deltas: number[];
}

export interface GroupDelta extends TotalDelta {
  dimension: number;
  segment: string;
}

export class RollupDeltas {
  private readonly totalSlots = new Map<string, TotalDelta>();
  private readonly groupSlots = new Map<string, GroupDelta>();

  /** Counts (delta = +1) or uncounts (−1) one answer in every rollup it belongs to. */
  add(row: RolledUpRow, delta: number): void {
    for (const { grain, ms } of GRAINS) {
      const start = slotStart(row.receivedAt, ms);
      const key = JSON.stringify([row.surveyId, grain, start]);
      let slot = this.totalSlots.get(key);
      if (!slot) {
        slot = { surveyId: row.surveyId, grain, start, deltas: zeros() };
        this.totalSlots.set(key, slot);
      }
      (slot.deltas[row.score] as number) += delta;
    }
    for (const { grain, ms } of GROUP_GRAINS) {
      const start = slotStart(row.receivedAt, ms);
      GROUP_DIMENSIONS.forEach((name, dimension) => {
        const segment = row[name] ?? NO_SEGMENT;
        const key = JSON.stringify([row.surveyId, dimension, grain, start, segment]);
        let slot = this.groupSlots.get(key);
        if (!slot) {
          slot = { surveyId: row.surveyId, dimension, grain, start, segment, deltas: zeros() };
          this.groupSlots.set(key, slot);
        }
        (slot.deltas[row.score] as number) += delta;
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

  /**
   * Slots with a change, in key order: concurrent writers (several processes
   * on one PostgreSQL) then lock rollup rows in the same order and cannot
   * deadlock on them.
   */
  totals(): TotalDelta[] {
    return changed(this.totalSlots);
  }

  groups(): GroupDelta[] {
    return changed(this.groupSlots);
  }
}

const zeros = () => new Array<number>(SCORE_COLUMNS.length).fill(0);

function changed<T extends TotalDelta>(slots: Map<string, T>): T[] {
  return [...slots.entries()]
    .filter(([, slot]) => slot.deltas.some((d) => d !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, slot]) => slot);
}
