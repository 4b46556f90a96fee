// Reason-chip counts kept at write time, shared by both backends (as
// rollup-deltas.ts for scores and term-deltas.ts for comments): every change
// to an answer's reasons or score becomes ±1 per (survey, UTC day, reason,
// score) in the reason_counts day counts (day-counts.ts), so the reasons
// endpoint reads a few rows per day instead of unnesting every answer's chips.
import { DayCountDeltas, dayOf } from './day-counts';

export interface ReasonRow {
  surveyId: string;
  receivedAt: number;
  score: number;
  reasons: readonly string[];
}

export class ReasonDeltas extends DayCountDeltas {
  /** Counts (+1) or uncounts (−1) one answer's chips. */
  add(row: ReasonRow, delta: number): void {
    const day = dayOf(row.receivedAt);
    for (const reason of new Set(row.reasons))
      this.bump(row.surveyId, day, [reason, row.score], delta);
  }

  /** An answer changed: its old chips leave, its new ones arrive (a no-op when nothing moved). */
  move(before: ReasonRow, after: ReasonRow): void {
    if (
      before.score === after.score &&
      dayOf(before.receivedAt) === dayOf(after.receivedAt) &&
      before.reasons.length === after.reasons.length &&
      before.reasons.every((reason, i) => reason === after.reasons[i])
    )
      return;
    this.add(before, -1);
    this.add(after, 1);
  }
}
