// Net Promoter Score: 100·(P − D)/n with the adjusted-Wald interval of
// Rocks (2016), "Interval Estimation for the 'Net Promoter Score'", The
// American Statistician 70(4). Adding ¾ of a promoter and of a detractor
// (and 3 answers) keeps the interval honest at small n, where the plain Wald
// interval collapses to zero width at scores like 100.

import type { BucketShare, Interval, NpsResult } from '../schemas/metrics';
import { Z95 } from '../stats/distributions';
import { countBetween, type Distribution, totalOf } from './distribution';
import { isLowN } from './low-n';

function share(count: number, n: number): BucketShare {
  return { count, percent: n === 0 ? null : (100 * count) / n };
}

const clip = (value: number) => Math.max(-100, Math.min(100, value));

export function npsCounts(distribution: Distribution) {
  return {
    n: totalOf(distribution),
    promoters: countBetween('nps', distribution, 9, 10),
    passives: countBetween('nps', distribution, 7, 8),
    detractors: countBetween('nps', distribution, 0, 6),
  };
}

/** Adjusted-Wald 95% interval for NPS, clipped to [−100, 100]. */
export function npsInterval(promoters: number, detractors: number, n: number): Interval {
  const nAdj = n + 3;
  const p = (promoters + 0.75) / nAdj;
  const d = (detractors + 0.75) / nAdj;
  const se = Math.sqrt((p + d - (p - d) ** 2) / nAdj);
  return [clip(100 * (p - d - Z95 * se)), clip(100 * (p - d + Z95 * se))];
}

export function npsOf(distribution: Distribution): NpsResult {
  const { n, promoters, passives, detractors } = npsCounts(distribution);
  return {
    metric: 'nps',
    n,
    score: n === 0 ? null : (100 * (promoters - detractors)) / n,
    ci95: n === 0 ? null : npsInterval(promoters, detractors, n),
    distribution: [...distribution],
    promoters: share(promoters, n),
    passives: share(passives, n),
    detractors: share(detractors, n),
    lowN: isLowN('nps', n),
  };
}

/**
 * Plain (unadjusted) trinomial standard error of the score, in score points.
 * design.md uses this one for period comparisons.
 */
export function npsStandardError(distribution: Distribution): number {
  const { n, promoters, detractors } = npsCounts(distribution);
  if (n === 0) return Number.NaN;
  const p = promoters / n;
  const d = detractors / n;
  return 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n);
}
