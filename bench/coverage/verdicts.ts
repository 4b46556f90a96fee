// What the coverage study concludes: whether a method reaches the goal in
// every cell, the narrowest method that does, and from which n a metric's
// interval is both reliable and informative (below it koe says lowN).
import { SCALES, type SurveyType } from '@koe/core';
import type { MethodResult, Study } from './study';

/** The goal: at least 93% of 95% intervals contain the true score, in every cell. */
export const COVERAGE_GOAL = 0.93;

/**
 * The range a score can take: NPS −100…100, CSAT 0…100 %, CES the scale.
 * An interval wider than half of it on average says little more than
 * "somewhere on the scale": it is not informative.
 */
export const SCORE_RANGE: Record<SurveyType, number> = {
  nps: 200,
  csat: 100,
  ces: SCALES.ces.max - SCALES.ces.min,
};

export interface WorstCell {
  coverage: number;
  distribution: string;
  n: number;
}

/** The cell with the lowest coverage among sizes ≥ fromN. */
export function worstCell(study: Study, result: MethodResult, fromN = 0): WorstCell {
  let worst: WorstCell = { coverage: Number.POSITIVE_INFINITY, distribution: '', n: 0 };
  result.cells.forEach((row, d) => {
    row.forEach((cell, s) => {
      const n = study.sizes[s] as number;
      if (n >= fromN && cell.coverage < worst.coverage) {
        worst = { coverage: cell.coverage, distribution: study.distributions[d]?.name ?? '', n };
      }
    });
  });
  return worst;
}

/** Mean width over every cell (each distribution and size weighs the same). */
export function meanWidth(result: MethodResult): number {
  const widths = result.cells.flat().map((cell) => cell.meanWidth);
  return widths.reduce((sum, w) => sum + w, 0) / widths.length;
}

/** Mean width over the distributions at one size of the study. */
export function meanWidthAtSize(result: MethodResult, sizeIndex: number): number {
  const widths = result.cells.map((row) => row[sizeIndex]?.meanWidth as number);
  return widths.reduce((sum, w) => sum + w, 0) / widths.length;
}

export function reachesGoal(study: Study, result: MethodResult, fromN = 0): boolean {
  return worstCell(study, result, fromN).coverage >= COVERAGE_GOAL;
}

/** The rule: the narrowest by mean width among the methods reaching the goal in every cell. */
export function narrowestReachingGoal(study: Study): MethodResult | undefined {
  return study.results
    .filter((result) => reachesGoal(study, result))
    .sort((a, b) => meanWidth(a) - meanWidth(b))[0];
}

/**
 * The smallest n of the study from which on, at every larger n too, every
 * distribution's interval reaches the coverage goal and is informative (mean
 * width at most half the score's range); null if no n of the study qualifies.
 */
export function reliableFrom(study: Study, result: MethodResult): number | null {
  const widest = SCORE_RANGE[study.type] / 2;
  const good = study.sizes.map((_, s) =>
    result.cells.every((row) => {
      const cell = row[s];
      return cell !== undefined && cell.coverage >= COVERAGE_GOAL && cell.meanWidth <= widest;
    }),
  );
  let from: number | null = null;
  for (let s = study.sizes.length - 1; s >= 0 && good[s]; s--) from = study.sizes[s] as number;
  return from;
}
