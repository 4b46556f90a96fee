// How both backends read counts for time ranges: which pieces come from the
// rollups and which from raw rows (see coverRange), and how the pieces' counts
// add up per range again.
import { wholeDays } from './day-counts';
import { coverRange } from './rollup-grains';
import type { ScoreCount } from './types';

const SCORES = 11;

/** Pieces of several ranges, tagged with the range's index: [i, grain, from, to] and [i, from, to]. */
export function planRanges(ranges: ReadonlyArray<{ start: number; end: number }>) {
  const rolled: Array<[number, number, number, number]> = [];
  const raw: Array<[number, number, number]> = [];
  ranges.forEach(({ start, end }, i) => {
    const cover = coverRange(start, end);
    for (const r of cover.rollups) rolled.push([i, r.grain, r.from, r.to]);
    for (const r of cover.raw) raw.push([i, r.from, r.to]);
  });
  return { rolled, raw };
}

/**
 * One range for the segment rollups, which keep hours and days only: the
 * quarter-hour pieces join the raw edges. [grain, from, to] and [from, to].
 */
export function planGroupRange(from: number, to: number) {
  const cover = coverRange(from, to);
  return {
    rolled: cover.rollups.filter((r) => r.grain >= 1).map((r) => [r.grain, r.from, r.to]),
    raw: [
      ...cover.rollups.filter((r) => r.grain < 1).map((r) => [r.from, r.to]),
      ...cover.raw.map((r) => [r.from, r.to]),
    ],
  };
}

/**
 * Several ranges for day counts, which keep whole UTC days only: the days
 * [i, from, to] and the partial days at the edges (or the whole range when it
 * holds no whole day) as raw pieces [i, from, to].
 */
export function planDayRanges(ranges: ReadonlyArray<{ start: number; end: number }>) {
  const days: number[][] = [];
  const raw: number[][] = [];
  ranges.forEach(({ start, end }, i) => {
    const whole = wholeDays(start, end);
    if (!whole) {
      if (start < end) raw.push([i, start, end]);
      return;
    }
    days.push([i, whole.start, whole.end]);
    if (start < whole.start) raw.push([i, start, whole.start]);
    if (whole.end < end) raw.push([i, whole.end, end]);
  });
  return { days, raw };
}

/** Counts per range and score, summed over the range's pieces. */
export class RangeSums {
  private readonly sums: number[];

  constructor(private readonly ranges: number) {
    this.sums = new Array<number>(ranges * SCORES).fill(0);
  }

  add(i: number, score: number, n: number): void {
    this.sums[i * SCORES + score] = (this.sums[i * SCORES + score] as number) + n;
  }

  /** Non-zero counts, by range index. */
  counts(): Array<ScoreCount & { i: number }> {
    const out: Array<ScoreCount & { i: number }> = [];
    for (let i = 0; i < this.ranges; i++)
      for (let score = 0; score < SCORES; score++) {
        const n = this.sums[i * SCORES + score] as number;
        if (n > 0) out.push({ i, score, n });
      }
    return out;
  }
}
