// Which terms set one group of comments apart from another: the weighted
// log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &
// Quinn 2008, "Fightin' Words", Political Analysis 16(4), §3.5). For term w
// with counts y_w in the focus group (total n) and y'_w in the rest (n'), and
// prior counts α_w from the whole corpus (α₀ = Σ α_w):
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
  /** Total prior count α₀, spread over terms in proportion to their corpus counts. */
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
  { priorTotal = 500, minFocus = 2 }: LogOddsOptions = {},
): DistinctiveTerm[] {
  const corpus = counts.reduce((sum, c) => sum + c.focus + c.rest, 0);
  if (corpus === 0 || focusTotal === 0) return [];
  const out: DistinctiveTerm[] = [];
  for (const count of counts) {
    if (count.focus < minFocus) continue;
    const alpha = (priorTotal * (count.focus + count.rest)) / corpus;
    const focusOdds = (count.focus + alpha) / (focusTotal + priorTotal - count.focus - alpha);
    const restOdds = (count.rest + alpha) / (restTotal + priorTotal - count.rest - alpha);
    const delta = Math.log(focusOdds) - Math.log(restOdds);
    const variance = 1 / (count.focus + alpha) + 1 / (count.rest + alpha);
    out.push({ ...count, delta, z: delta / Math.sqrt(variance) });
  }
  return out.sort((a, b) => b.z - a.z || b.focus - a.focus || a.term.localeCompare(b.term));
}
