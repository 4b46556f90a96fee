// Reason-chip counts kept at write time, shared by both backends (as
// rollup-deltas.ts for scores and term-deltas.ts for comments): every change
// to an answer's reasons or score becomes ±1 per (survey, UTC day, reason,
// score), summed over a batch in memory, so the reasons endpoint reads a few
// rows per day instead of unnesting every answer's chips.
import { slotStart } from './rollup-grains';
import { DAY_MS } from './term-deltas';

export interface ReasonRow {
  surveyId: string;
  receivedAt: number;
  score: number;
  reasons: readonly string[];
}

export interface ReasonDelta {
  surveyId: string;
  day: number;
  reason: string;
  score: number;
  delta: number;
}

export class ReasonDeltas {
  private readonly keys = new Map<string, ReasonDelta>();

  /** Counts (+1) or uncounts (−1) one answer's chips. */
  add(row: ReasonRow, delta: number): void {
    if (row.reasons.length === 0) return;
    const day = slotStart(row.receivedAt, DAY_MS);
    for (const reason of new Set(row.reasons)) {
      const key = JSON.stringify([row.surveyId, day, reason, row.score]);
      const entry = this.keys.get(key);
      if (entry) entry.delta += delta;
      else this.keys.set(key, { surveyId: row.surveyId, day, reason, score: row.score, delta });
    }
  }

  /** An answer changed: its old chips leave, its new ones arrive (a no-op when nothing moved). */
  move(before: ReasonRow, after: ReasonRow): void {
    if (
      before.score === after.score &&
      slotStart(before.receivedAt, DAY_MS) === slotStart(after.receivedAt, DAY_MS) &&
      before.reasons.length === after.reasons.length &&
      before.reasons.every((reason, i) => reason === after.reasons[i])
    )
      return;
    this.add(before, -1);
    this.add(after, 1);
  }

  /** The non-zero deltas in key order: every writer locks keys in the same order, so none deadlock. */
  entries(): ReasonDelta[] {
    return [...this.keys.values()]
      .filter((entry) => entry.delta !== 0)
      .sort(
        (a, b) =>
          compare(a.surveyId, b.surveyId) ||
          a.day - b.day ||
          compare(a.reason, b.reason) ||
          a.score - b.score,
      );
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
