// How often one score-drop test says "lower" when nothing changed, by the
// number of answers in the recent window (the baseline has four times as
// many, as 7 against 28 days do). A test at α should do so α of the time;
// where the normal approximation behind it is poor (few answers) it does so
// more often, and the minimum number of answers per window is set where that
// stops.
import { SCORE_DROP_DEFAULTS, type SurveyType, scoreDropTest } from '@koe/core';
import { multinomialSampler, SeededRandom } from '../coverage/seeded-random';
import { STABLE } from './simulated-survey';

export function perTestRate(options: {
  type: SurveyType;
  recentN: number;
  alpha: number;
  replications: number;
  seed: number;
}): number {
  const { type, recentN, alpha, replications, seed } = options;
  const draw = multinomialSampler(STABLE[type], new SeededRandom(seed));
  const recent = new Array<number>(STABLE[type].length).fill(0);
  const baseline = [...recent];
  let tested = 0;
  let below = 0;
  for (let r = 0; r < replications; r++) {
    draw(recentN, recent);
    draw(4 * recentN, baseline);
    const { p } = scoreDropTest(type, recent, baseline, { ...SCORE_DROP_DEFAULTS, minAnswers: 1 });
    if (p === null) continue;
    tested++;
    if (p < alpha) below++;
  }
  return below / tested;
}
