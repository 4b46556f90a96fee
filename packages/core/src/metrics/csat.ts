// Customer satisfaction: the share of answers 4–5 on the 1–5 scale
// ("top-2-box"), with the Wilson score interval (Wilson 1927), which unlike
// the Wald interval stays inside [0, 100] and keeps its coverage near 0% and
// 100% — exactly where satisfaction scores tend to live. Right next to 0 and
// 100 % at small n plain Wilson still falls short (86 % coverage at n = 10,
// under 93 % at n = 20 and 30 in koe's coverage study), so koe applies the
// boundary modification of Brown, Cai & DasGupta (2001, §4.1.1), which keeps
// every cell of the study at ≥ 93 % from n = 20 on (docs/statistics.md).

import type { CsatResult, Interval } from '../schemas/metrics';
import { Z95 } from '../stats/distributions';
import { countBetween, type Distribution, momentsOf } from './distribution';
import { isLowN } from './low-n';

/** Wilson 95% interval of a proportion, in percent. */
export function wilsonInterval(successes: number, n: number): Interval {
  const p = successes / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [100 * Math.max(0, center - half), 100 * Math.min(1, center + half)];
}

/**
 * One-sided 95% lower bounds of a Poisson mean after 1, 2 and 3 events: the λ
 * with P(Poisson(λ) ≥ x) = 0.05 (so ½·χ²₂ₓ's 5% quantile; the first is −ln 0.95).
 */
const POISSON_LOWER_95 = [0, 0.051293294387550516, 0.35536151069866184, 0.817691447163953];

/**
 * Wilson with Brown, Cai & DasGupta's boundary modification: with 1–2 successes
 * (n ≤ 50) or 1–3 (51 ≤ n ≤ 100) the lower bound is the Poisson one, x ↦ λₓ/n,
 * and symmetrically for failures and the upper bound; elsewhere plain Wilson.
 * Only ever wider than plain Wilson, and only next to 0 and 100 %.
 */
export function modifiedWilsonInterval(successes: number, n: number): Interval {
  const [low, high] = wilsonInterval(successes, n);
  const modifiedUpTo = n <= 50 ? 2 : n <= 100 ? 3 : 0;
  const poissonBound = (events: number) =>
    events >= 1 && events <= modifiedUpTo ? (100 * (POISSON_LOWER_95[events] as number)) / n : null;
  const fewSuccesses = poissonBound(successes);
  const fewFailures = poissonBound(n - successes);
  return [fewSuccesses ?? low, fewFailures === null ? high : 100 - fewFailures];
}

export function csatOf(distribution: Distribution): CsatResult {
  const { n, mean } = momentsOf('csat', distribution);
  const satisfied = countBetween('csat', distribution, 4, 5);
  return {
    metric: 'csat',
    n,
    score: n === 0 ? null : (100 * satisfied) / n,
    ci95: n === 0 ? null : modifiedWilsonInterval(satisfied, n),
    distribution: [...distribution],
    mean: n === 0 ? null : mean,
    lowN: isLowN('csat', n),
  };
}
