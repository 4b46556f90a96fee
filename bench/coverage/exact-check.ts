// A check of the simulation itself: a CSAT interval depends only on how many
// of n answers are 4–5, so its exact coverage is a binomial sum. Every
// Monte-Carlo CSAT cell must agree with it within sampling error; a bug in
// the sampler, the seeding or the tally would show here first.
import type { IntervalMethod } from './candidates';
import type { Study } from './study';
import { trueScore } from './true-distributions';

/** P(the interval contains the true top-2-box share) when satisfied ~ Binomial(n, share). */
export function exactCsatCoverage(method: IntervalMethod, n: number, share: number): number {
  const truth = 100 * share;
  let logChoose = 0; // log C(n, x), updated as x grows
  let coverage = 0;
  for (let x = 0; x <= n; x++) {
    if (x > 0) logChoose += Math.log((n - x + 1) / x);
    const interval = method.interval([n - x, 0, 0, 0, x]);
    if (interval && interval[0] <= truth + 1e-9 && truth <= interval[1] + 1e-9) {
      coverage += Math.exp(logChoose + x * Math.log(share) + (n - x) * Math.log1p(-share));
    }
  }
  return coverage;
}

/**
 * The CSAT cell whose Monte-Carlo coverage is furthest from the exact one,
 * measured in standard errors of a Monte-Carlo share (about ±2 is chance).
 */
export function largestCsatDeviation(study: Study): {
  standardErrors: number;
  points: number;
  where: string;
} {
  let largest = { standardErrors: 0, points: 0, where: '' };
  for (const result of study.results) {
    study.distributions.forEach((distribution, d) => {
      const share = trueScore('csat', distribution.probabilities) / 100;
      study.sizes.forEach((n, s) => {
        const simulated = result.cells[d]?.[s]?.coverage ?? Number.NaN;
        const exact = exactCsatCoverage(result.method, n, share);
        const standardError = Math.sqrt(Math.max(exact * (1 - exact), 1e-12) / study.replications);
        const standardErrors = Math.abs(simulated - exact) / standardError;
        if (!(standardErrors <= largest.standardErrors)) {
          largest = {
            standardErrors,
            points: 100 * Math.abs(simulated - exact),
            where: `${result.method.name}, ${distribution.name}, n=${n}`,
          };
        }
      });
    });
  }
  return largest;
}
