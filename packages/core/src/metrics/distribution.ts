// A distribution is the count of answers per scale point, lowest score first
// (index 0 is NPS 0, CSAT 1, CES 1). Every metric is computed from one, so raw
// rows and pre-aggregated rollups go through the same code path: summing
// rollup rows is merging distributions.
import { isOnScale, SCALES, type SurveyType, scaleSize } from '../scales';

export type Distribution = readonly number[];

export function emptyDistribution(type: SurveyType): number[] {
  return new Array<number>(scaleSize(type)).fill(0);
}

/** Counts raw scores into a distribution; a score off the scale is a programming error. */
export function distributionOf(type: SurveyType, scores: Iterable<number>): number[] {
  const counts = emptyDistribution(type);
  const { min } = SCALES[type];
  for (const score of scores) {
    if (!isOnScale(type, score)) throw new RangeError(`${score} is not on the ${type} scale`);
    counts[score - min] = (counts[score - min] as number) + 1;
  }
  return counts;
}

/** Sums distributions of the same scale (the merge of rollup buckets). */
export function mergeDistributions(first: Distribution, ...rest: Distribution[]): number[] {
  const merged = [...first];
  for (const other of rest) {
    if (other.length !== merged.length) {
      throw new RangeError(
        `cannot merge distributions of ${merged.length} and ${other.length} points`,
      );
    }
    for (let i = 0; i < merged.length; i++)
      merged[i] = (merged[i] as number) + (other[i] as number);
  }
  return merged;
}

export function totalOf(distribution: Distribution): number {
  let n = 0;
  for (const count of distribution) n += count;
  return n;
}

/** Counts of answers whose score lies in [from, to] (scale values, inclusive). */
export function countBetween(
  type: SurveyType,
  distribution: Distribution,
  from: number,
  to: number,
): number {
  const { min } = SCALES[type];
  let n = 0;
  for (let score = from; score <= to; score++) n += distribution[score - min] ?? 0;
  return n;
}

/** Mean and sample variance (n − 1) of the scores a distribution counts. */
export function momentsOf(
  type: SurveyType,
  distribution: Distribution,
): { n: number; mean: number; variance: number } {
  const { min } = SCALES[type];
  let n = 0;
  let sum = 0;
  distribution.forEach((count, i) => {
    n += count;
    sum += count * (i + min);
  });
  if (n === 0) return { n: 0, mean: 0, variance: 0 };
  const mean = sum / n;
  let squares = 0;
  distribution.forEach((count, i) => {
    squares += count * (i + min - mean) ** 2;
  });
  return { n, mean, variance: n > 1 ? squares / (n - 1) : 0 };
}

/** Checks that a value is a well-formed distribution for this survey type. */
export function isDistribution(type: SurveyType, value: unknown): value is number[] {
  return (
    Array.isArray(value) &&
    value.length === scaleSize(type) &&
    value.every((count) => Number.isSafeInteger(count) && count >= 0)
  );
}

/** A distribution from (score, count) rows, as databases return them; rows off the scale are ignored. */
export function distributionFromCounts(
  type: SurveyType,
  rows: Iterable<{ score: number; n: number }>,
): number[] {
  const counts = emptyDistribution(type);
  const { min } = SCALES[type];
  for (const { score, n } of rows) {
    if (isOnScale(type, score)) counts[score - min] = (counts[score - min] as number) + n;
  }
  return counts;
}
