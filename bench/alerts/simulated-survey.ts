// Simulated surveys for the alert study. Answers arrive as a Poisson stream
// whose rate follows the week (WEEKDAY_FACTORS) and, for the hourly
// detectors, the clock (HOUR_SHARES); each answer's score is drawn from the
// survey's true distribution. A day's answers per scale point are then
// independent Poisson counts (splitting a Poisson stream by a probability
// leaves independent Poisson streams), which is how they are drawn.
import type { SurveyType } from '@koe/core';
import type { SeededRandom } from '../coverage/seeded-random';
import { poisson } from './poisson';

/** Answers per weekday relative to the week's mean, Monday first: busier weekdays, quieter weekends. */
export const WEEKDAY_FACTORS = [1.1, 1.15, 1.1, 1.05, 1.0, 0.8, 0.8];

/**
 * Share of a day's answers in each local hour: almost none at night, a
 * morning rise, a plateau from 10:00 to 17:00, a second peak in the evening.
 */
export const HOUR_SHARES: readonly number[] = (() => {
  const weights = [
    0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.8, 1.5, 2.2, 2.8, 3.0, 3.0, 3.0, 2.9, 2.8, 2.7, 2.6,
    2.5, 2.7, 2.8, 2.2, 1.2, 0.5,
  ];
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
})();

/** The shapes simulated: each scale's "typical" distribution of the coverage study. */
export const STABLE: Readonly<Record<SurveyType, readonly number[]>> = {
  nps: normalize([3, 1, 1, 2, 2, 6, 5, 10, 20, 20, 30]), // NPS 30
  csat: normalize([4, 5, 11, 35, 45]), // 80 % satisfied
  ces: normalize([2, 4, 6, 13, 25, 30, 20]), // mean 5.25
};

/** Where unhappy answers come from: the stable distribution's own bottom bucket. */
const UNHAPPY_UP_TO: Readonly<Record<SurveyType, number>> = { nps: 7, csat: 2, ces: 3 };

function normalize(weights: number[]): number[] {
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
}

/** The score of a true distribution (NPS points, CSAT percent, CES mean). */
export function trueScoreOf(type: SurveyType, p: readonly number[]): number {
  const sum = (from: number, to: number) => p.slice(from, to).reduce((s, x) => s + x, 0);
  if (type === 'nps') return 100 * (sum(9, 11) - sum(0, 7));
  if (type === 'csat') return 100 * sum(3, 5);
  return p.reduce((s, x, i) => s + x * (i + 1), 0);
}

/**
 * A real drop: a share of the answers now comes from the bottom bucket (the
 * stable distribution's own detractors, dissatisfied or disagreeing answers),
 * the share chosen so that the score falls by exactly `drop` (NPS or CSAT
 * points, CES scale points). That is how scores usually fall: some customers
 * meet a problem, the rest answer as before.
 */
export function droppedDistribution(type: SurveyType, drop: number): number[] {
  const stable = STABLE[type];
  const unhappy = normalize(stable.map((p, i) => (i < UNHAPPY_UP_TO[type] ? p : 0)));
  const gap = trueScoreOf(type, stable) - trueScoreOf(type, unhappy);
  const share = drop / gap;
  return stable.map((p, i) => (1 - share) * p + share * (unhappy[i] as number));
}

/** One day's answer counts per scale point: Poisson(volume × weekday factor × probability) each. */
export function drawDay(
  probabilities: readonly number[],
  volume: number,
  weekday: number,
  random: SeededRandom,
  into: number[],
): void {
  const mean = volume * (WEEKDAY_FACTORS[weekday] as number);
  for (let k = 0; k < probabilities.length; k++)
    into[k] = poisson(mean * (probabilities[k] as number), random);
}

/** A normal draw (Box–Muller), for day-to-day wobbles of the true score. */
export function normal(random: SeededRandom): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}
