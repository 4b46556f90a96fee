// The reference distributions koe's intervals and tests need: the standard
// normal (proportions, NPS), Student's t (means, CES) and the negative
// binomial (answer counts, alerts).
import { erfc, regularizedBeta } from './special';

/**
 * The 0.975 normal quantile. design.md fixes it at 1.96 (not 1.959964…) so
 * koe's intervals match the published formulas and other tools to the digit.
 */
export const Z95 = 1.96;

/** Two-sided p-value of a standard normal statistic z. */
export function normalTwoSidedP(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

/** Lower-tail p-value P(Z ≤ z) of a standard normal statistic: the one-sided test of "lower". */
export function normalLowerP(z: number): number {
  return Math.min(1, erfc(-z / Math.SQRT2) / 2);
}

/** P(|T| ≥ |t|) for Student's t with df degrees of freedom (df may be fractional, as in Welch). */
export function studentTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return Math.min(1, regularizedBeta(df / (df + t * t), df / 2, 0.5));
}

/** Lower-tail p-value P(T ≤ t) of Student's t with df degrees of freedom (df may be fractional). */
export function studentLowerP(t: number, df: number): number {
  if (t === Number.NEGATIVE_INFINITY) return 0;
  if (t === Number.POSITIVE_INFINITY) return 1;
  const tail = regularizedBeta(df / (df + t * t), df / 2, 0.5) / 2;
  return t <= 0 ? tail : 1 - tail;
}

/**
 * P(X ≤ x) for a negative binomial count with the given mean and size k
 * (variance mean + mean²/k): I_p(k, x + 1) with p = k / (k + mean), the
 * regularized incomplete beta (Abramowitz & Stegun 26.5.26). As k grows it
 * becomes the Poisson CDF.
 */
export function negativeBinomialCdf(x: number, mean: number, size: number): number {
  if (x < 0) return 0;
  if (mean <= 0) return 1;
  return regularizedBeta(size / (size + mean), size, Math.floor(x) + 1);
}

const quantileCache = new Map<number, number>();

/**
 * The 0.975 quantile of Student's t with df degrees of freedom, i.e. the
 * multiplier of a two-sided 95% interval. Solved by bisection on the exact
 * CDF: 80 halvings of [0, 1000] reach double precision. Integer df values are
 * cached because every CES interval with the same n asks for the same one.
 */
export function studentT975(df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be positive, got ${df}`);
  const cached = quantileCache.get(df);
  if (cached !== undefined) return cached;
  let lo = 0;
  let hi = 1000;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (studentTwoSidedP(mid, df) > 0.05) lo = mid;
    else hi = mid;
  }
  const q = (lo + hi) / 2;
  if (Number.isInteger(df) && quantileCache.size < 10_000) quantileCache.set(df, q);
  return q;
}
