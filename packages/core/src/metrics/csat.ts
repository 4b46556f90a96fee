// Customer satisfaction: the share of answers 4–5 on the 1–5 scale
// ("top-2-box"), with the Wilson score interval (Wilson 1927), which unlike
// the Wald interval stays inside [0, 100] and keeps its coverage near 0% and
// 100% — exactly where satisfaction scores tend to live.

import type { CsatResult, Interval } from '../schemas/metrics';
import { Z95 } from '../stats/distributions';
import { countBetween, type Distribution, momentsOf } from './distribution';

/** Wilson 95% interval of a proportion, in percent. */
export function wilsonInterval(successes: number, n: number): Interval {
  const p = successes / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [100 * Math.max(0, center - half), 100 * Math.min(1, center + half)];
}

export function csatOf(distribution: Distribution): CsatResult {
  const { n, mean } = momentsOf('csat', distribution);
  const satisfied = countBetween('csat', distribution, 4, 5);
  return {
    metric: 'csat',
    n,
    score: n === 0 ? null : (100 * satisfied) / n,
    ci95: n === 0 ? null : wilsonInterval(satisfied, n),
    distribution: [...distribution],
    mean: n === 0 ? null : mean,
  };
}
