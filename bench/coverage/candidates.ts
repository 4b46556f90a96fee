// The 95% interval methods the coverage study compares, per metric. Each
// computes from answer counts only, like koe. `koe: true` marks the method
// koe's summarize() uses; `baseline: true` the one the summary sets beside it
// (the method koe replaced, or the textbook one without adjustment).
import {
  cesInterval,
  countBetween,
  type Distribution,
  type Interval,
  modifiedWilsonInterval,
  momentsOf,
  npsCounts,
  npsInterval,
  SCALES,
  type SurveyType,
  studentT975,
  totalOf,
  wilsonInterval,
  Z95,
} from '@koe/core';

export interface IntervalMethod {
  name: string;
  /** What koe's summarize() computes for this metric. */
  koe?: boolean;
  /** The method the bench summary compares koe's with. */
  baseline?: boolean;
  interval(counts: Distribution): Interval | null;
}

const { min: CES_MIN, max: CES_MAX } = SCALES.ces;
const clipCes = (value: number) => Math.max(CES_MIN, Math.min(CES_MAX, value));
const clipNps = (value: number) => Math.max(-100, Math.min(100, value));

/** n, mean and sum of squared deviations of the answers plus `weight` pseudo-answers at each end. */
function withEndAnswers(counts: Distribution, weight: number) {
  let n = 2 * weight;
  let sum = weight * (CES_MIN + CES_MAX);
  counts.forEach((count, i) => {
    n += count;
    sum += count * (CES_MIN + i);
  });
  const mean = sum / n;
  let squares = weight * ((CES_MIN - mean) ** 2 + (CES_MAX - mean) ** 2);
  counts.forEach((count, i) => {
    squares += count * (CES_MIN + i - mean) ** 2;
  });
  return { n, mean, squares };
}

/** Posterior mean ± 1.96 posterior sd of the mean under Dirichlet(counts + prior) (Rubin 1981). */
function dirichletInterval(counts: Distribution, prior: readonly number[]): Interval {
  let total = 0;
  let first = 0;
  let second = 0;
  counts.forEach((count, i) => {
    const a = count + (prior[i] as number);
    const value = CES_MIN + i;
    total += a;
    first += a * value;
    second += a * value * value;
  });
  const mean = first / total;
  const variance = (second / total - mean * mean) / (total + 1);
  const half = Z95 * Math.sqrt(variance);
  return [clipCes(mean - half), clipCes(mean + half)];
}

const CES_POINTS = CES_MAX - CES_MIN + 1;
const jeffreysPrior = new Array<number>(CES_POINTS).fill(0.5);
const endsPrior = new Array<number>(CES_POINTS).fill(0);
endsPrior[0] = 1;
endsPrior[CES_POINTS - 1] = 1;

export const CANDIDATES: Record<SurveyType, IntervalMethod[]> = {
  nps: [
    {
      name: 'adjusted Wald: n+3, +¾ P and D (Rocks 2016)',
      koe: true,
      interval(counts) {
        const { n, promoters, detractors } = npsCounts(counts);
        return npsInterval(promoters, detractors, n);
      },
    },
    {
      name: 'Wald, no adjustment',
      baseline: true,
      interval(counts) {
        const { n, promoters, detractors } = npsCounts(counts);
        const p = promoters / n;
        const d = detractors / n;
        const half = Z95 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n);
        return [clipNps(100 * (p - d - half)), clipNps(100 * (p - d + half))];
      },
    },
  ],
  csat: [
    {
      name: 'Wilson (1927)',
      baseline: true,
      interval: (counts) => wilsonInterval(countBetween('csat', counts, 4, 5), totalOf(counts)),
    },
    {
      name: 'Wilson, boundary-modified (Brown, Cai & DasGupta 2001)',
      koe: true,
      interval: (counts) =>
        modifiedWilsonInterval(countBetween('csat', counts, 4, 5), totalOf(counts)),
    },
  ],
  ces: [
    // What koe used before the study: no interval at n = 1, zero width when all answers agree.
    {
      name: 't interval',
      baseline: true,
      interval(counts) {
        const { n, mean, variance } = momentsOf('ces', counts);
        if (n < 2) return null;
        const half = studentT975(n - 1) * Math.sqrt(variance / n);
        return [mean - half, mean + half];
      },
    },
    {
      name: 't interval, variance ≥ range²/(4(n+1))',
      interval(counts) {
        const { n, mean, variance } = momentsOf('ces', counts);
        const floor = (CES_MAX - CES_MIN) ** 2 / (4 * (n + 1));
        const half = studentT975(Math.max(1, n - 1)) * Math.sqrt(Math.max(variance, floor) / n);
        return [clipCes(mean - half), clipCes(mean + half)];
      },
    },
    {
      name: 'Dirichlet posterior, ½ per answer (Jeffreys)',
      interval: (counts) => dirichletInterval(counts, jeffreysPrior),
    },
    {
      name: 'Dirichlet posterior, 1 at each end',
      interval: (counts) => dirichletInterval(counts, endsPrior),
    },
    {
      name: '½ pseudo-answer at each end, t',
      interval(counts) {
        const { n, mean, squares } = withEndAnswers(counts, 0.5);
        const half = studentT975(n - 1) * Math.sqrt(squares / (n - 1) / n);
        return [clipCes(mean - half), clipCes(mean + half)];
      },
    },
    {
      name: '1 pseudo-answer at each end, normal (adjusted Wald)',
      koe: true,
      interval: cesInterval,
    },
  ],
};
