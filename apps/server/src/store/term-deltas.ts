// Comment-term bookkeeping shared by both backends, as rollup-deltas.ts is for
// scores: every change to a comment (a new answer with one, a comment added
// when an answer is finished, a score that moves it to another bucket, an
// erasure) becomes +1/−1 per (survey, UTC day, bucket, term), summed over a
// write batch in memory; the store then writes each touched key once.
import { termsOf } from '@koe/core';
import { slotStart } from './rollup-grains';

export const DAY_MS = 86_400_000;
/** The term under which a day and bucket count their comments (the n of log-odds). */
export const COMMENTS = '';

export interface TermRow {
  surveyId: string;
  receivedAt: number;
  bucket: string;
  comment: string | null;
}

export interface TermDelta {
  surveyId: string;
  day: number;
  bucket: string;
  term: string;
  delta: number;
}

/** A comment's terms and the comment itself, each once. */
export function countedTerms(comment: string | null): string[] {
  const text = comment?.trim();
  return text ? [COMMENTS, ...termsOf(text)] : [];
}

export class TermDeltas {
  private readonly keys = new Map<string, TermDelta>();

  /** Counts (+1) or uncounts (−1) one answer's comment. */
  add(row: TermRow, delta: number): void {
    const terms = countedTerms(row.comment);
    if (terms.length === 0) return;
    const day = slotStart(row.receivedAt, DAY_MS);
    for (const term of terms) {
      const key = JSON.stringify([row.surveyId, day, row.bucket, term]);
      const entry = this.keys.get(key);
      if (entry) entry.delta += delta;
      else this.keys.set(key, { surveyId: row.surveyId, day, bucket: row.bucket, term, delta });
    }
  }

  /** An answer changed: its old comment leaves, its new one arrives (a no-op when neither moved). */
  move(before: TermRow, after: TermRow): void {
    if (
      before.comment === after.comment &&
      before.bucket === after.bucket &&
      slotStart(before.receivedAt, DAY_MS) === slotStart(after.receivedAt, DAY_MS)
    )
      return;
    this.add(before, -1);
    this.add(after, 1);
  }

  /** The non-zero deltas in key order: every writer locks keys in the same order, so none deadlock. */
  entries(): TermDelta[] {
    return [...this.keys.values()]
      .filter((entry) => entry.delta !== 0)
      .sort(
        (a, b) =>
          compare(a.surveyId, b.surveyId) ||
          a.day - b.day ||
          compare(a.bucket, b.bucket) ||
          compare(a.term, b.term),
      );
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The whole UTC days inside [from, to), or undefined when there is none. */
export function wholeDays(from: number, to: number): { start: number; end: number } | undefined {
  const start = slotStart(from + DAY_MS - 1, DAY_MS);
  const end = slotStart(to, DAY_MS);
  return start < end ? { start, end } : undefined;
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
