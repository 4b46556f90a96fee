// Counts kept per survey × UTC day × a key of a few parts, in the write
// transaction, by both backends: comment terms (bucket, term; term-deltas.ts),
// reason chips (reason, score; reason-deltas.ts), the rolled segments of an
// answer together (touchpoint, device, country, locale, score) and its
// attributes (attribute, value, score; both filter-count-deltas.ts). A write
// batch sums its ±1s per key in memory; the store then upserts each touched
// key once and removes keys that reach 0.
import { slotStart } from './rollup-grains';

export const DAY_MS = 86_400_000;

export type DayKey = ReadonlyArray<string | number>;

export interface DayCountDelta {
  surveyId: string;
  /** The UTC day's start, in ms. */
  day: number;
  key: DayKey;
  delta: number;
}

/** A table of day counts: its name, its key columns and their PostgreSQL types. */
export interface DayCountTable {
  name: string;
  keys: readonly string[];
  pgTypes: readonly string[];
}

export const COMMENT_TERMS: DayCountTable = {
  name: 'comment_terms',
  keys: ['bucket', 'term'],
  pgTypes: ['text', 'text'],
};
export const REASON_COUNTS: DayCountTable = {
  name: 'reason_counts',
  keys: ['reason', 'score'],
  pgTypes: ['text', 'smallint'],
};
/** The four rolled segments of each answer together: ANDs of them read whole days here. */
export const SEGMENT_COUNTS: DayCountTable = {
  name: 'segment_counts',
  keys: ['touchpoint', 'device', 'country', 'locale', 'score'],
  pgTypes: ['text', 'text', 'text', 'text', 'smallint'],
};
/** String and boolean attribute values (numbers are read from raw rows, see response-filters.ts). */
export const ATTRIBUTE_COUNTS: DayCountTable = {
  name: 'attribute_counts',
  keys: ['attribute', 'value', 'score'],
  pgTypes: ['text', 'text', 'smallint'],
};

export const dayOf = (instant: number) => slotStart(instant, DAY_MS);

/** The whole UTC days inside [from, to), or undefined when there is none. */
export function wholeDays(from: number, to: number): { start: number; end: number } | undefined {
  const start = dayOf(from + DAY_MS - 1);
  const end = dayOf(to);
  return start < end ? { start, end } : undefined;
}

export class DayCountDeltas {
  private readonly keys = new Map<string, DayCountDelta>();

  protected bump(surveyId: string, day: number, key: DayKey, delta: number): void {
    const id = JSON.stringify([surveyId, day, ...key]);
    const entry = this.keys.get(id);
    if (entry) entry.delta += delta;
    else this.keys.set(id, { surveyId, day, key, delta });
  }

  /** The non-zero deltas in key order: every writer locks keys in the same order, so none deadlock. */
  entries(): DayCountDelta[] {
    return [...this.keys.values()]
      .filter((entry) => entry.delta !== 0)
      .sort(
        (a, b) => compare(a.surveyId, b.surveyId) || a.day - b.day || compareKeys(a.key, b.key),
      );
  }
}

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeys(a: DayKey, b: DayKey): number {
  for (let i = 0; i < a.length; i++) {
    const order = compare(a[i] as string | number, b[i] as string | number);
    if (order !== 0) return order;
  }
  return 0;
}
