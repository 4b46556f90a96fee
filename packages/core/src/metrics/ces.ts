// Customer Effort Score (CES 2.0: "<Company> made it easy for me to …",
// 1 = strongly disagree … 7 = strongly agree). The score is the mean, with a
// t interval, because the 7-point agreement scale is read as interval data;
// percentAgree (answers 5–7) is reported beside it.

import type { CesResult, Interval } from '../schemas/metrics';
import { studentT975 } from '../stats/distributions';
import { countBetween, type Distribution, momentsOf } from './distribution';

/** mean ± t(0.975, n−1)·s/√n; needs two answers to estimate s. */
export function meanInterval(mean: number, variance: number, n: number): Interval | null {
  if (n < 2) return null;
  const half = studentT975(n - 1) * Math.sqrt(variance / n);
  return [mean - half, mean + half];
}

export function cesOf(distribution: Distribution): CesResult {
  const { n, mean, variance } = momentsOf('ces', distribution);
  const agree = countBetween('ces', distribution, 5, 7);
  return {
    metric: 'ces',
    n,
    score: n === 0 ? null : mean,
    ci95: meanInterval(mean, variance, n),
    distribution: [...distribution],
    percentAgree: n === 0 ? null : (100 * agree) / n,
  };
}
