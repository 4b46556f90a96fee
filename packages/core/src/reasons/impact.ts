// What one reason chip costs: for the answers that cite it (citers) and the
// rest, within a range. Definitions (docs/statistics.md, "Reasons"):
// - share: citers / all answers, with the (boundary-modified) Wilson 95 %
//   interval, as CSAT;
//   the same within each bucket (detractors citing "price" / detractors);
// - the score of the citers' answers alone, with the metric's own interval;
// - impact: how many points the overall score would move if the citers had
//   scored like everyone else: S_rest − S_all = (n_c / N)(S_rest − S_citers).
//   Positive: fixing the problem would raise the score. Its 95 % interval is
//   the delta method (influence function) of that difference of means.
// - change: the share against the previous period, with a two-proportion
//   z-test (pooled standard error), its difference and interval.
// Reasons are multi-select, so impacts of different reasons overlap and do
// not add up.

import { answerValues, meanValue } from '../metrics/answer-values';
import { modifiedWilsonInterval } from '../metrics/csat';
import { type Distribution, totalOf } from '../metrics/distribution';
import { summarize } from '../metrics/summarize';
import { type Bucket, bucketOf, bucketsOf, SCALES, type SurveyType } from '../scales';
import type { Interval } from '../schemas/metrics';
import { normalTwoSidedP, Z95 } from '../stats/distributions';

export interface Share {
  count: number;
  n: number;
  /** Percent of n; null when n = 0. */
  percent: number | null;
  ci95: Interval | null;
}

export interface ReasonImpact {
  /** Points the overall score would move; null when every answer cites the reason. */
  points: number | null;
  ci95: Interval | null;
}

export interface ShareChange {
  previous: Share;
  /** This period's share minus the previous one, in percentage points. */
  delta: number | null;
  deltaCi95: Interval | null;
  /** Two-sided p-value of "the share did not change". */
  p: number | null;
}

function share(count: number, n: number): Share {
  return {
    count,
    n,
    percent: n === 0 ? null : (100 * count) / n,
    ci95: n === 0 ? null : modifiedWilsonInterval(count, n),
  };
}

function minus(a: Distribution, b: Distribution): number[] {
  return a.map((count, i) => count - (b[i] ?? 0));
}

/** Share of citers overall and within each bucket. */
export function reasonShares(
  type: SurveyType,
  all: Distribution,
  citing: Distribution,
): { overall: Share; byBucket: Record<Bucket, Share> } {
  const { min } = SCALES[type];
  const byBucket = Object.fromEntries(
    bucketsOf(type).map((b) => [b, { count: 0, n: 0 }]),
  ) as Record<Bucket, { count: number; n: number }>;
  all.forEach((n, i) => {
    const bucket = byBucket[bucketOf(type, i + min)];
    bucket.n += n;
    bucket.count += citing[i] ?? 0;
  });
  return {
    overall: share(totalOf(citing), totalOf(all)),
    byBucket: Object.fromEntries(
      Object.entries(byBucket).map(([bucket, { count, n }]) => [bucket, share(count, n)]),
    ) as Record<Bucket, Share>,
  };
}

/**
 * Impact of a reason on the score, S_rest − S_all, with a delta-method
 * interval. Each answer's influence on that difference is
 *   citer:      −(v − S_all)
 *   non-citer:  (v − S_rest)/(1 − p_c) − (v − S_all)
 * and Var ≈ Σ influence² / N² (Hampel's influence function of a ratio of means).
 */
export function reasonImpact(
  type: SurveyType,
  all: Distribution,
  citing: Distribution,
): ReasonImpact {
  const rest = minus(all, citing);
  const N = totalOf(all);
  const nCiting = totalOf(citing);
  const nRest = N - nCiting;
  if (N === 0 || nRest === 0) return { points: null, ci95: null };
  const sAll = meanValue(type, all) as number;
  const sRest = meanValue(type, rest) as number;
  const points = sRest - sAll;
  if (nCiting === 0) return { points: 0, ci95: null };
  const values = answerValues(type);
  const restShare = nRest / N;
  let sumSquares = 0;
  values.forEach((v, i) => {
    const citer = -(v - sAll);
    const other = (v - sRest) / restShare - (v - sAll);
    sumSquares += (citing[i] ?? 0) * citer * citer + (rest[i] ?? 0) * other * other;
  });
  const se = Math.sqrt(sumSquares) / N;
  return { points, ci95: se > 0 ? [points - Z95 * se, points + Z95 * se] : null };
}

/** The share's change against the previous period: difference, interval, p. */
export function shareChange(current: Share, previous: Share): ShareChange {
  if (current.n === 0 || previous.n === 0)
    return { previous, delta: null, deltaCi95: null, p: null };
  const p1 = current.count / current.n;
  const p0 = previous.count / previous.n;
  const delta = 100 * (p1 - p0);
  const pooled = (current.count + previous.count) / (current.n + previous.n);
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / current.n + 1 / previous.n));
  const se = Math.sqrt((p1 * (1 - p1)) / current.n + (p0 * (1 - p0)) / previous.n);
  return {
    previous,
    delta,
    deltaCi95: se > 0 ? [delta - 100 * Z95 * se, delta + 100 * Z95 * se] : null,
    // No variation in either period (both 0 % or both 100 %): nothing to test.
    p: sePooled > 0 ? normalTwoSidedP((p1 - p0) / sePooled) : null,
  };
}

export interface ReasonAnalysis {
  share: Share;
  byBucket: Record<Bucket, Share>;
  /** The metric over the citing answers alone. */
  score: ReturnType<typeof summarize>;
  impact: ReasonImpact;
  change?: ShareChange;
}

/** Everything koe says about one reason, from answer counts per score. */
export function analyseReason(
  type: SurveyType,
  all: Distribution,
  citing: Distribution,
  previous?: { all: Distribution; citing: Distribution },
): ReasonAnalysis {
  const { overall, byBucket } = reasonShares(type, all, citing);
  return {
    share: overall,
    byBucket,
    score: summarize(type, citing),
    impact: reasonImpact(type, all, citing),
    ...(previous && {
      change: shareChange(overall, share(totalOf(previous.citing), totalOf(previous.all))),
    }),
  };
}
