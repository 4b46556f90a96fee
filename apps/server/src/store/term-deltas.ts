// Comment-term bookkeeping shared by both backends, as rollup-deltas.ts is for
// scores: every change to a comment (a new answer with one, a comment added
// when an answer is finished, a score that moves it to another bucket, an
// erasure) becomes +1/−1 per (survey, UTC day, bucket, term) in the
// comment_terms day counts (day-counts.ts).
import { termsOf } from '@koe/core';
import { DayCountDeltas, dayOf } from './day-counts';

/** The term under which a day and bucket count their comments (the n of log-odds). */
export const COMMENTS = '';

export interface TermRow {
  surveyId: string;
  receivedAt: number;
  bucket: string;
  comment: string | null;
}

/** A comment's terms and the comment itself, each once. */
export function countedTerms(comment: string | null): string[] {
  const text = comment?.trim();
  return text ? [COMMENTS, ...termsOf(text)] : [];
}

export class TermDeltas extends DayCountDeltas {
  /** Counts (+1) or uncounts (−1) one answer's comment. */
  add(row: TermRow, delta: number): void {
    const day = dayOf(row.receivedAt);
    for (const term of countedTerms(row.comment))
      this.bump(row.surveyId, day, [row.bucket, term], delta);
  }

  /** An answer changed: its old comment leaves, its new one arrives (a no-op when neither moved). */
  move(before: TermRow, after: TermRow): void {
    if (
      before.comment === after.comment &&
      before.bucket === after.bucket &&
      dayOf(before.receivedAt) === dayOf(after.receivedAt)
    )
      return;
    this.add(before, -1);
    this.add(after, 1);
  }
}

/** Terms per bucket, counted from comments as they are stored (edges of a range, filtered reads). */
export function countTerms(
  rows: Iterable<{ bucket: string; comment: string | null }>,
): BucketTermCount[] {
  const counts = new Map<string, BucketTermCount>();
  for (const row of rows) {
    for (const term of countedTerms(row.comment)) {
      const key = `${row.bucket}\u0000${term}`;
      const entry = counts.get(key);
      if (entry) entry.n += 1;
      else counts.set(key, { bucket: row.bucket, term, n: 1 });
    }
  }
  return [...counts.values()];
}

/** Comments containing a term in one bucket ('' = all comments of the bucket). */
export interface BucketTermCount {
  bucket: string;
  term: string;
  n: number;
}
