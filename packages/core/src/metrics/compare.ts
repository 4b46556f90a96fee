// Period comparison: is this period's score really different from the last?
// Each metric's difference is tested with the estimator its score uses:
// NPS with the unadjusted trinomial standard error (design.md), CSAT as a
// difference of proportions, CES as a difference of means (Welch's t, which
// does not assume equal variances or equal n). Score-drop alerts
// (alerts/score-drop.ts) test the same difference one-sided.
import type { SurveyType } from '../scales';
import type { Comparison, Interval } from '../schemas/metrics';
import { normalTwoSidedP, studentT975, studentTwoSidedP, Z95 } from '../stats/distributions';
import { countBetween, type Distribution, momentsOf, totalOf } from './distribution';
import { npsStandardError } from './nps';

const NO_COMPARISON: Comparison = { delta: null, deltaCi95: null, p: null };

/**
 * The difference of two periods' scores (first − second) and its standard
 * error, by the estimator each metric's comparison uses; df is Welch's degrees
 * of freedom for CES (a t statistic) and null for NPS and CSAT (normal). Null
 * when a period has no answers, or (CES) fewer than two. se may be 0 when
 * neither period varies: callers must not turn that into a p-value.
 */
export interface ScoreDifference {
  delta: number;
  se: number;
  df: number | null;
}

/** Score and its standard error for a proportion-type score in percent. */
function proportion(successes: number, n: number) {
  const p = successes / n;
  return { score: 100 * p, se: 100 * Math.sqrt((p * (1 - p)) / n) };
}

function npsScore(d: Distribution): number {
  return (100 * (countBetween('nps', d, 9, 10) - countBetween('nps', d, 0, 6))) / totalOf(d);
}

function npsDifference(first: Distribution, second: Distribution): ScoreDifference {
  const se = Math.hypot(npsStandardError(first), npsStandardError(second));
  return { delta: npsScore(first) - npsScore(second), se, df: null };
}

function csatDifference(first: Distribution, second: Distribution): ScoreDifference {
  const a = proportion(countBetween('csat', first, 4, 5), totalOf(first));
  const b = proportion(countBetween('csat', second, 4, 5), totalOf(second));
  return { delta: a.score - b.score, se: Math.hypot(a.se, b.se), df: null };
}

function cesDifference(first: Distribution, second: Distribution): ScoreDifference | null {
  const a = momentsOf('ces', first);
  const b = momentsOf('ces', second);
  if (a.n < 2 || b.n < 2) return null;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se = Math.sqrt(va + vb);
  // Welch–Satterthwaite degrees of freedom (NaN when se = 0, never used then).
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  return { delta: a.mean - b.mean, se, df };
}

export function scoreDifference(
  type: SurveyType,
  first: Distribution,
  second: Distribution,
): ScoreDifference | null {
  if (totalOf(first) === 0 || totalOf(second) === 0) return null;
  switch (type) {
    case 'nps':
      return npsDifference(first, second);
    case 'csat':
      return csatDifference(first, second);
    case 'ces':
      return cesDifference(first, second);
  }
}

/** Compares the current period's answers with the previous period's. */
export function compareDistributions(
  type: SurveyType,
  current: Distribution,
  previous: Distribution,
): Comparison {
  if (totalOf(current) === 0 || totalOf(previous) === 0) return NO_COMPARISON;
  const difference = scoreDifference(type, current, previous);
  if (difference === null) {
    // CES with a single answer in a period: a difference but no variance to test it by.
    return {
      delta: momentsOf(type, current).mean - momentsOf(type, previous).mean,
      deltaCi95: null,
      p: null,
    };
  }
  const { delta, se, df } = difference;
  // With zero variance in both periods there is nothing to test against:
  // report the difference but no interval or p-value rather than claim p = 0.
  if (!(se > 0)) return { delta, deltaCi95: null, p: null };
  const half = (df === null ? Z95 : studentT975(df)) * se;
  const ci: Interval = [delta - half, delta + half];
  const p = df === null ? normalTwoSidedP(delta / se) : studentTwoSidedP(delta / se, df);
  return { delta, deltaCi95: ci, p };
}
