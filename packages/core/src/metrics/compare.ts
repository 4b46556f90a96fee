// Period comparison: is this period's score really different from the last?
// Each metric's difference is tested with the estimator its score uses:
// NPS with the unadjusted trinomial standard error (design.md), CSAT as a
// difference of proportions, CES as a difference of means (Welch's t, which
// does not assume equal variances or equal n).
import type { SurveyType } from '../scales';
import type { Comparison, Interval } from '../schemas/metrics';
import { normalTwoSidedP, studentT975, studentTwoSidedP, Z95 } from '../stats/distributions';
import { countBetween, type Distribution, momentsOf, totalOf } from './distribution';
import { npsStandardError } from './nps';

const NO_COMPARISON: Comparison = { delta: null, deltaCi95: null, p: null };

/** Score and its standard error for a proportion-type score in percent. */
function proportion(successes: number, n: number) {
  const p = successes / n;
  return { score: 100 * p, se: 100 * Math.sqrt((p * (1 - p)) / n) };
}

function normalComparison(delta: number, se: number): Comparison {
  // With zero variance in both periods there is nothing to test against:
  // report the difference but no interval or p-value rather than claim p = 0.
  if (!(se > 0)) return { delta, deltaCi95: null, p: null };
  const ci: Interval = [delta - Z95 * se, delta + Z95 * se];
  return { delta, deltaCi95: ci, p: normalTwoSidedP(delta / se) };
}

function npsComparison(current: Distribution, previous: Distribution): Comparison {
  const score = (d: Distribution) =>
    (100 * (countBetween('nps', d, 9, 10) - countBetween('nps', d, 0, 6))) / totalOf(d);
  const se = Math.hypot(npsStandardError(current), npsStandardError(previous));
  return normalComparison(score(current) - score(previous), se);
}

function csatComparison(current: Distribution, previous: Distribution): Comparison {
  const a = proportion(countBetween('csat', current, 4, 5), totalOf(current));
  const b = proportion(countBetween('csat', previous, 4, 5), totalOf(previous));
  return normalComparison(a.score - b.score, Math.hypot(a.se, b.se));
}

function cesComparison(current: Distribution, previous: Distribution): Comparison {
  const a = momentsOf('ces', current);
  const b = momentsOf('ces', previous);
  const delta = a.mean - b.mean;
  if (a.n < 2 || b.n < 2) return { delta, deltaCi95: null, p: null };
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se = Math.sqrt(va + vb);
  if (!(se > 0)) return { delta, deltaCi95: null, p: null };
  // Welch–Satterthwaite degrees of freedom.
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  const half = studentT975(df) * se;
  return { delta, deltaCi95: [delta - half, delta + half], p: studentTwoSidedP(delta / se, df) };
}

/** Compares the current period's answers with the previous period's. */
export function compareDistributions(
  type: SurveyType,
  current: Distribution,
  previous: Distribution,
): Comparison {
  if (totalOf(current) === 0 || totalOf(previous) === 0) return NO_COMPARISON;
  switch (type) {
    case 'nps':
      return npsComparison(current, previous);
    case 'csat':
      return csatComparison(current, previous);
    case 'ces':
      return cesComparison(current, previous);
  }
}
