// When a score rests on too few answers for its 95% interval to be trusted.
// koe's coverage study (bench/coverage, published in docs/statistics.md)
// found, for each metric, the smallest n of its grid (3, 5, 10, 20, 30, 100,
// 1,000) from which the interval contains the true score at least 93 % of
// the time for every true distribution tried, and is narrower than half the
// score's range on average. For all three that is n = 20: at n = 10 NPS and
// CSAT intervals still fall below 93 % for some distributions, and CSAT and
// CES intervals are wider than half the scale when answers split between the
// ends. Below the threshold a result carries lowN: true (the dashboard shows
// "low n"); the bench fails if these numbers and the study disagree.
import type { SurveyType } from '../scales';

/** A metric result with fewer answers than this is low n. */
export const LOW_N_THRESHOLDS: Readonly<Record<SurveyType, number>> = {
  nps: 20,
  csat: 20,
  ces: 20,
};

/** The one lowN rule of every metric: n below its threshold (n = 0 included). */
export function isLowN(type: SurveyType, n: number): boolean {
  return n < LOW_N_THRESHOLDS[type];
}
