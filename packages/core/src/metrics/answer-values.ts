// Every koe score is the mean of one value per answer: NPS gives a promoter
// +100, a passive 0 and a detractor −100; CSAT gives a 4 or 5 100 (satisfied)
// and anything else 0; CES is the mean of the answers themselves. Seen this
// way, "how much does this group pull the score" has one formula for all
// three (reasons/impact.ts).
import { SCALES, type SurveyType } from '../scales';
import type { Distribution } from './distribution';

/** The value of each scale point, lowest score first (aligned with a distribution). */
export function answerValues(type: SurveyType): number[] {
  const { min, max } = SCALES[type];
  const values: number[] = [];
  for (let score = min; score <= max; score++) {
    values.push(
      type === 'nps'
        ? score >= 9
          ? 100
          : score <= 6
            ? -100
            : 0
        : type === 'csat'
          ? score >= 4
            ? 100
            : 0
          : score,
    );
  }
  return values;
}

/** The score of a distribution as the mean of its answers' values; null without answers. */
export function meanValue(type: SurveyType, distribution: Distribution): number | null {
  const values = answerValues(type);
  let n = 0;
  let sum = 0;
  distribution.forEach((count, i) => {
    n += count;
    sum += count * (values[i] as number);
  });
  return n === 0 ? null : sum / n;
}
