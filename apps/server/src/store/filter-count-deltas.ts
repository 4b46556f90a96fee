// Day counts that let filtered metrics read whole UTC days instead of raw
// rows (response-filters.ts decides when), kept at write time by both
// backends like reason-deltas.ts and term-deltas.ts:
// - segment_counts: every answer once under its touchpoint, device, country,
//   locale and score together, so any AND/OR of those four reads the few
//   rows of each day (at most one per answer, usually far fewer);
// - attribute_counts: every string or boolean attribute value once per
//   answer under (attribute, value, score). An answer has one value per
//   attribute, so the values of one attr.<key> filter never count an answer
//   twice. Numbers are left to raw rows: each backend prints them its own way
//   (1e-7 against 0.0000001), and only raw rows match that exactly.
import { DayCountDeltas, dayOf } from './day-counts';
import { GROUP_DIMENSIONS, NO_SEGMENT } from './rollup-deltas';
import type { StoredResponseRow } from './types';

export type SegmentRow = Pick<
  StoredResponseRow,
  'surveyId' | 'receivedAt' | 'score' | 'touchpoint' | 'device' | 'country' | 'locale'
>;

export class SegmentDeltas extends DayCountDeltas {
  /** Counts (+1) or uncounts (−1) one answer. */
  add(row: SegmentRow, delta: number): void {
    this.bump(
      row.surveyId,
      dayOf(row.receivedAt),
      [...GROUP_DIMENSIONS.map((name) => row[name] ?? NO_SEGMENT), row.score],
      delta,
    );
  }

  /** An answer changed (an unfinished one gaining segments or a score): its count moves. */
  move(before: SegmentRow, after: SegmentRow): void {
    if (
      before.score === after.score &&
      dayOf(before.receivedAt) === dayOf(after.receivedAt) &&
      GROUP_DIMENSIONS.every((name) => before[name] === after[name])
    )
      return;
    this.add(before, -1);
    this.add(after, 1);
  }
}

export type AttributeRow = Pick<StoredResponseRow, 'surveyId' | 'receivedAt' | 'score'> & {
  attributes: Readonly<Record<string, unknown>>;
};

/** The counted attributes of an answer: strings as they are, booleans as "true"/"false". */
export function countedAttributes(attributes: Readonly<Record<string, unknown>>) {
  const counted: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value === 'string') counted.push([key, value]);
    else if (typeof value === 'boolean') counted.push([key, String(value)]);
  }
  return counted;
}

/**
 * Whether attribute_counts answers a filter value exactly: not when a stored
 * number could match it (those are not counted), so never for text that reads
 * as a number ("3", "1e-7", " 2 ").
 */
export const countableAttributeValue = (value: string) => Number.isNaN(Number(value));

export class AttributeDeltas extends DayCountDeltas {
  /** Counts (+1) or uncounts (−1) one answer's attributes. */
  add(row: AttributeRow, delta: number): void {
    const day = dayOf(row.receivedAt);
    for (const [key, value] of countedAttributes(row.attributes))
      this.bump(row.surveyId, day, [key, value, row.score], delta);
  }

  /** An answer changed: its old attributes leave, its new ones arrive (a no-op when nothing moved). */
  move(before: AttributeRow, after: AttributeRow): void {
    if (
      before.score === after.score &&
      dayOf(before.receivedAt) === dayOf(after.receivedAt) &&
      sameAttributes(before.attributes, after.attributes)
    )
      return;
    this.add(before, -1);
    this.add(after, 1);
  }
}

function sameAttributes(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
