// The Monte-Carlo coverage study: for each true distribution and sample size,
// draw many samples' answer counts, compute every method's interval from the
// same counts, and count how often it contains the true score and how wide it
// is. Every cell has its own seed, so a cell's numbers do not depend on which
// other cells or methods run.
import type { SurveyType } from '@koe/core';
import type { IntervalMethod } from './candidates';
import { multinomialSampler, SeededRandom } from './seeded-random';
import { type TrueDistribution, trueScore } from './true-distributions';

export interface Cell {
  /** Share of samples whose interval contains the true score. */
  coverage: number;
  /** Mean of high − low over the samples, in the unit of the score. */
  meanWidth: number;
}

export interface MethodResult {
  method: IntervalMethod;
  /** cells[distribution][size], in the order of the study's distributions and sizes. */
  cells: Cell[][];
}

export interface Study {
  type: SurveyType;
  distributions: TrueDistribution[];
  sizes: number[];
  replications: number;
  results: MethodResult[];
}

/**
 * An interval contains the truth if it does up to rounding: the true score
 * itself is a sum of floating-point probabilities.
 */
const TOLERANCE = 1e-9;

export function runStudy(options: {
  type: SurveyType;
  distributions: TrueDistribution[];
  methods: IntervalMethod[];
  sizes: number[];
  replications: number;
  seed: number;
}): Study {
  const { type, distributions, methods, sizes, replications, seed } = options;
  const cells = methods.map(() => distributions.map(() => [] as Cell[]));
  distributions.forEach((distribution, d) => {
    const truth = trueScore(type, distribution.probabilities);
    const counts = new Array<number>(distribution.probabilities.length).fill(0);
    for (const n of sizes) {
      const random = new SeededRandom(seed + 10_007 * d + n);
      const draw = multinomialSampler(distribution.probabilities, random);
      const covered = new Array<number>(methods.length).fill(0);
      const width = new Array<number>(methods.length).fill(0);
      for (let r = 0; r < replications; r++) {
        draw(n, counts);
        methods.forEach((method, m) => {
          const interval = method.interval(counts);
          // No interval at all (the t interval at n = 1) covers nothing.
          if (interval === null) return;
          const [low, high] = interval;
          width[m] = (width[m] as number) + (high - low);
          if (low <= truth + TOLERANCE && truth <= high + TOLERANCE)
            covered[m] = (covered[m] as number) + 1;
        });
      }
      methods.forEach((_, m) => {
        cells[m]?.[d]?.push({
          coverage: (covered[m] as number) / replications,
          meanWidth: (width[m] as number) / replications,
        });
      });
    }
  });
  return {
    type,
    distributions,
    sizes,
    replications,
    results: methods.map((method, m) => ({ method, cells: cells[m] as Cell[][] })),
  };
}
