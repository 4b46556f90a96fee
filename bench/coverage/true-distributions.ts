// The populations the coverage study samples from: ten answer distributions
// per scale, from the easy (uniform) to the shapes where intervals break
// (one answer almost always, both ends, two neighbouring answers). Each is a
// probability per scale point, lowest score first, like a Distribution.
import { SCALES, type SurveyType, scaleSize, summarize } from '@koe/core';

export interface TrueDistribution {
  name: string;
  probabilities: number[];
}

const normalize = (weights: number[]) => {
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
};

/** `share` on one point, the rest spread evenly over the other points. */
function onePoint(k: number, index: number, share: number): number[] {
  const p = new Array<number>(k).fill((1 - share) / (k - 1));
  p[index] = share;
  return p;
}

/** Weights falling geometrically from the first point to the last, 16:1 across the scale. */
function falling(k: number): number[] {
  const ratio = (1 / 16) ** (1 / (k - 1));
  return normalize(Array.from({ length: k }, (_, i) => ratio ** i));
}

/**
 * Per scale, as answers on the scale: the one given 95 % of the time, the
 * lower of the pair either side of the top bucket's boundary, a typical shape.
 */
const SCALE_CHOICES: Record<
  SurveyType,
  { oneAnswer: number; pairFrom: number; typical: number[] }
> = {
  // NPS 8 (passives): promoters and detractors both rare, NPS near 0. Typical: NPS 30.
  nps: { oneAnswer: 8, pairFrom: 8, typical: [3, 1, 1, 2, 2, 6, 5, 10, 20, 20, 30] },
  // CSAT 4: top-2-box near 96 %. Typical: top-2-box 80 %.
  csat: { oneAnswer: 4, pairFrom: 3, typical: [4, 5, 11, 35, 45] },
  // CES 5: mean near 5 with almost no spread. Typical: mean 5.25.
  ces: { oneAnswer: 5, pairFrom: 4, typical: [2, 4, 6, 13, 25, 30, 20] },
};

/** The ten shapes for one scale. */
export function trueDistributions(type: SurveyType): TrueDistribution[] {
  const k = scaleSize(type);
  const { min } = SCALES[type];
  const { oneAnswer, pairFrom, typical } = SCALE_CHOICES[type];
  const bothEnds = new Array<number>(k).fill(0.1 / (k - 2));
  bothEnds[0] = 0.45;
  bothEnds[k - 1] = 0.45;
  const neighbours = new Array<number>(k).fill(0);
  neighbours[pairFrom - min] = 0.5;
  neighbours[pairFrom - min + 1] = 0.5;
  const topOrBottom = new Array<number>(k).fill(0);
  topOrBottom[k - 1] = 0.9;
  topOrBottom[0] = 0.1;
  return [
    { name: 'uniform', probabilities: new Array<number>(k).fill(1 / k) },
    { name: 'mostly low (right-skewed)', probabilities: falling(k) },
    { name: 'mostly high (left-skewed)', probabilities: falling(k).reverse() },
    { name: 'both ends 45/45, 10 % between', probabilities: bothEnds },
    { name: 'one answer 95 %', probabilities: onePoint(k, oneAnswer - min, 0.95) },
    { name: 'top answer 97 %', probabilities: onePoint(k, k - 1, 0.97) },
    { name: 'bottom answer 97 %', probabilities: onePoint(k, 0, 0.97) },
    { name: 'two neighbours 50/50', probabilities: neighbours },
    { name: 'top 90 %, bottom 10 %', probabilities: topOrBottom },
    { name: 'typical', probabilities: normalize(typical) },
  ];
}

/**
 * The population's true score: koe's own score of the probabilities read as a
 * distribution (100·(P − D) for NPS, the top-2-box percent for CSAT, the mean
 * for CES), so the study measures exactly the quantity koe reports.
 */
export function trueScore(type: SurveyType, probabilities: readonly number[]): number {
  return summarize(type, probabilities).score as number;
}
