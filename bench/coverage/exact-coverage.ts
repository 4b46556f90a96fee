// Exact coverage where it can be summed: an NPS interval depends only on how
// many answers are promoters, passives and detractors, a CSAT interval only
// on how many are 4–5, so their coverage is a trinomial or binomial sum. It
// serves twice: as a check of the simulation (every Monte-Carlo cell must
// agree within sampling error; a bug in the sampler, the seeding or the tally
// would show here first), and to look between the study's sizes, where the
// coverage of intervals for discrete data oscillates with n (Brown, Cai &
// DasGupta 2001).
import type { SurveyType } from '@koe/core';
import type { IntervalMethod } from './candidates';
import type { Study } from './study';
import { trueScore } from './true-distributions';

export type CountedType = Extract<SurveyType, 'nps' | 'csat'>;

const logFactorials = [0];
function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) {
    logFactorials.push((logFactorials[i - 1] as number) + Math.log(i));
  }
  return logFactorials[n] as number;
}

/** count·log(p), with 0·log 0 = 0 (a bucket the population never uses). */
const weightedLog = (count: number, p: number) => (count === 0 ? 0 : count * Math.log(p));

/** NPS buckets (detractors 0–6, passives 7–8, promoters 9–10) or CSAT (1–3, 4–5) as probabilities. */
function bucketProbabilities(type: CountedType, probabilities: readonly number[]): number[] {
  const sum = (from: number, to: number) =>
    probabilities.slice(from, to + 1).reduce((total, p) => total + p, 0);
  return type === 'nps' ? [sum(0, 6), sum(7, 8), sum(9, 10)] : [sum(0, 2), sum(3, 4)];
}

/** Counts per scale point with each bucket's answers on one of its points: all the method reads. */
function bucketCounts(type: CountedType, buckets: number[]): number[] {
  return type === 'nps'
    ? [buckets[0] as number, 0, 0, 0, 0, 0, 0, buckets[1] as number, 0, 0, buckets[2] as number]
    : [buckets[0] as number, 0, 0, 0, buckets[1] as number];
}

/** P(the method's interval contains the true score) for samples of n from the distribution. */
export function exactCoverage(
  type: CountedType,
  method: IntervalMethod,
  n: number,
  probabilities: readonly number[],
): number {
  const truth = trueScore(type, probabilities);
  const p = bucketProbabilities(type, probabilities);
  const covers = (buckets: number[]) => {
    const interval = method.interval(bucketCounts(type, buckets));
    return interval !== null && interval[0] <= truth + 1e-9 && truth <= interval[1] + 1e-9;
  };
  let coverage = 0;
  const add = (buckets: number[]) => {
    let log = logFactorial(n);
    buckets.forEach((count, b) => {
      log += weightedLog(count, p[b] as number) - logFactorial(count);
    });
    if (covers(buckets)) coverage += Math.exp(log);
  };
  for (let first = 0; first <= n; first++) {
    if (type === 'csat') add([first, n - first]);
    else for (let last = 0; first + last <= n; last++) add([first, n - first - last, last]);
  }
  return coverage;
}

/**
 * The NPS or CSAT cell whose Monte-Carlo coverage is furthest from the exact
 * one, in standard errors of a Monte-Carlo share (up to about 3 is chance
 * over a few hundred cells). NPS cells above n = 100 are left out: their
 * trinomial sums are slow and they are nowhere near the goal.
 */
export function largestDeviation(type: CountedType, study: Study) {
  let largest = { standardErrors: 0, points: 0, where: '' };
  for (const result of study.results) {
    study.distributions.forEach((distribution, d) => {
      study.sizes.forEach((n, s) => {
        if (type === 'nps' && n > 100) return;
        const simulated = result.cells[d]?.[s]?.coverage ?? Number.NaN;
        const exact = exactCoverage(type, result.method, n, distribution.probabilities);
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

/** Exact coverage at every n from `from` to `to`: the lowest, where, and the sizes below the goal. */
export function exactScan(
  type: CountedType,
  method: IntervalMethod,
  probabilities: readonly number[],
  from: number,
  to: number,
  goal: number,
) {
  let lowest = { coverage: Number.POSITIVE_INFINITY, n: 0 };
  const below: number[] = [];
  for (let n = from; n <= to; n++) {
    const coverage = exactCoverage(type, method, n, probabilities);
    if (coverage < lowest.coverage) lowest = { coverage, n };
    if (coverage < goal) below.push(n);
  }
  return { lowest, below };
}
