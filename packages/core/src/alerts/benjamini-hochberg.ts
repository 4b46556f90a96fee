// The false discovery rate across the segments of a groupBy rule. Testing
// each of m segments at α would raise an alert somewhere about m·α of the
// time even when nothing changed; Benjamini & Hochberg's step-up procedure
// (1995) keeps the expected share of false alerts among the alerts raised at
// most q (for independent or positively dependent tests, Benjamini &
// Yekutieli 2001), and when no segment changed at all — every hypothesis
// true — that is the chance of any alert, the same as one test at q.

/**
 * Benjamini–Hochberg adjusted p-values (R's p.adjust(p, "BH")): the smallest
 * q at which each hypothesis would be rejected. p(i)·m/i for the i-th
 * smallest, made monotone from the largest down, at most 1. A null (a
 * segment not tested, e.g. too few answers) stays null and does not count in m.
 */
export function benjaminiHochbergAdjusted(pValues: readonly (number | null)[]): (number | null)[] {
  // One hypothesis (a rule without groupBy, evaluated daily): nothing to adjust.
  if (pValues.length === 1) return [pValues[0] ?? null];
  const tested = pValues
    .map((p, index) => ({ p, index }))
    .filter((entry): entry is { p: number; index: number } => entry.p !== null)
    .sort((a, b) => a.p - b.p);
  const m = tested.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let runningMin = 1;
  for (let rank = m; rank >= 1; rank--) {
    const { p, index } = tested[rank - 1] as { p: number; index: number };
    // p·m/m is p, also in floating point (the largest p is never adjusted below itself).
    runningMin = Math.min(runningMin, rank === m ? p : (p * m) / rank);
    adjusted[index] = runningMin;
  }
  return adjusted;
}

/**
 * The textbook step-up rule: with the p-values sorted, p(1) ≤ … ≤ p(m), reject
 * the hypotheses of p(1) … p(k) for the largest k with p(k) ≤ k·q/m. Returns
 * one boolean per input, in input order; a null is never rejected.
 */
export function benjaminiHochberg(pValues: readonly (number | null)[], q: number): boolean[] {
  return benjaminiHochbergAdjusted(pValues).map((adjusted) => adjusted !== null && adjusted <= q);
}
