// The three survey types, their answer scales and the buckets that the
// follow-up questions and the analyst views are organised by.

export const SURVEY_TYPES = ['nps', 'csat', 'ces'] as const;
export type SurveyType = (typeof SURVEY_TYPES)[number];

export interface Scale {
  readonly min: number;
  readonly max: number;
}

/** NPS 0–10, CSAT 1–5, CES 2.0 1–7 (7 = strongly agree that it was easy). */
export const SCALES: Readonly<Record<SurveyType, Scale>> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
};

export const NPS_BUCKETS = ['detractor', 'passive', 'promoter'] as const;
export const SATISFACTION_BUCKETS = ['dissatisfied', 'neutral', 'satisfied'] as const;
export type NpsBucket = (typeof NPS_BUCKETS)[number];
export type SatisfactionBucket = (typeof SATISFACTION_BUCKETS)[number];
export type Bucket = NpsBucket | SatisfactionBucket;

/** The buckets a survey of this type sorts its answers into, worst first. */
export function bucketsOf(type: SurveyType): readonly Bucket[] {
  return type === 'nps' ? NPS_BUCKETS : SATISFACTION_BUCKETS;
}

/** Number of distinct answers on the scale, i.e. the length of a distribution. */
export function scaleSize(type: SurveyType): number {
  const { min, max } = SCALES[type];
  return max - min + 1;
}

export function isOnScale(type: SurveyType, score: number): boolean {
  const { min, max } = SCALES[type];
  return Number.isInteger(score) && score >= min && score <= max;
}

/**
 * The bucket of an answer on the survey's scale (check isOnScale first; the
 * widget bundles this, so it stays small). NPS: detractors 0–6, passives 7–8,
 * promoters 9–10. CSAT: 1–2 / 3 / 4–5 (so "satisfied" is exactly the
 * top-2-box score). CES: 1–3 / 4 / 5–7 (so "satisfied" is exactly percent agree).
 */
export function bucketOf(type: SurveyType, score: number): Bucket {
  const [middle, top] = type === 'nps' ? [7, 9] : type === 'csat' ? [3, 4] : [4, 5];
  return bucketsOf(type)[score >= top ? 2 : score >= middle ? 1 : 0] as Bucket;
}
