// Which terms set one group of comments apart from another: the weighted
// log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &
// Quinn 2008, "Fightin' Words", Political Analysis 16(4), §3.5), counted by
// comments: y_w of the focus group's n comments contain term w, y'_w of the
// rest's n'. The prior is the whole corpus (both groups): α_w = α₀ · (y_w +
// y'_w)/(n + n'), with α₀ = n + n' unless given. Then
//   δ_w = log((y_w + α_w) / (n + α₀ − y_w − α_w)) − log((y'_w + α_w) / (n' + α₀ − y'_w − α_w))
//   σ²_w ≈ 1/(y_w + α_w) + 1/(y'_w + α_w),   z_w = δ_w / σ_w
// The prior shrinks rare terms toward "no difference", so a word seen twice
// does not outrank one seen two hundred times; z is what is ranked.

export interface TermCount {
  term: string;
  /** Comments in the focus group that contain the term. */
  focus: number;
  /** Comments in the rest that contain it. */
  rest: number;
}

export interface DistinctiveTerm extends TermCount {
  /** Log-odds ratio of the term in the focus group against the rest. */
  delta: number;
  /** delta / its standard error; above 1.96 is a difference at the 5 % level. */
  z: number;
}

export interface LogOddsOptions {
  /** Total prior count α₀, spread over terms by their share of all comments (default n + n'). */
  priorTotal?: number;
  /** Drop terms seen fewer times than this in the focus group. */
  minFocus?: number;
}

/**
 * Terms ranked by how much more (positive z) the focus group uses them than
 * the rest. focusTotal and restTotal are the groups' sizes (comments), the n
 * and n' of the formula.
 */
export function distinctiveTerms(
  counts: readonly TermCount[],
  focusTotal: number,
  restTotal: number,
  { priorTotal, minFocus = 2 }: LogOddsOptions = {},
): DistinctiveTerm[] {
  const comments = focusTotal + restTotal;
  if (comments === 0 || focusTotal === 0 || restTotal === 0) return [];
  const prior = priorTotal ?? comments;
  const out: DistinctiveTerm[] = [];
  for (const count of counts) {
    if (count.focus < minFocus) continue;
    // In every comment of both groups: nothing sets it apart (and the odds would be n/0).
    if (count.focus + count.rest >= comments) continue;
    const alpha = (prior * (count.focus + count.rest)) / comments;
    const focusOdds = (count.focus + alpha) / (focusTotal + prior - count.focus - alpha);
    const restOdds = (count.rest + alpha) / (restTotal + prior - count.rest - alpha);
    const delta = Math.log(focusOdds) - Math.log(restOdds);
    const variance = 1 / (count.focus + alpha) + 1 / (count.rest + alpha);
    out.push({ ...count, delta, z: delta / Math.sqrt(variance) });
  }
  return out.sort((a, b) => b.z - a.z || b.focus - a.focus || a.term.localeCompare(b.term));
}
