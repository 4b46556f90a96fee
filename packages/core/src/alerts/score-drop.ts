// Score-drop alerts: is the score over the recent window (default 7 days)
// really lower than over the baseline window just before it (default 28
// days)? A one-sided test of the same difference koe's period comparison
// uses (metrics/compare.ts: NPS trinomial standard errors, CSAT two
// proportions, CES Welch's t), with a minimum number of answers in each
// window, Benjamini–Hochberg across the segments of a groupBy rule, and
// episodes (episodes.ts) so one drop raises one alert and one all clear.
//
// While an episode is open the baseline stays the one that raised it (the 28
// days before the drop): otherwise, a few weeks into a lasting drop, the
// baseline would be made of dropped days and the rule would call the new,
// lower level "recovered". So the all clear means the score came back.
//
// The defaults were chosen by the simulation in bench/alerts (its tables are
// in docs/statistics.md). Evaluated daily, overlapping 7- against 28-day
// windows at p < 0.01 make 365 correlated tests a year and raised about 1.5
// false alerts per stable survey-year, whatever the volume: above the goal of
// at most one. Requiring p < 0.01 on two evaluations running (a run rule, as
// in control charts) brings it to about 0.75 for NPS (0.4–0.8 for every
// metric from 5 to 200 answers a day) while keeping the α, at the
// cost of about a day of delay on real drops; weekly evaluation or a smaller
// α reach similar rates but detect later. At least 20 answers per window:
// below that the NPS test says "lower" half again as often as α promises.
import { scoreDifference } from '../metrics/compare';
import { type Distribution, totalOf } from '../metrics/distribution';
import type { SurveyType } from '../scales';
import { normalLowerP, studentLowerP } from '../stats/distributions';
import { benjaminiHochbergAdjusted } from './benjamini-hochberg';
import { advanceEpisode, type EpisodeState, type Signal, type SubjectEvaluation } from './episodes';
import type { Cadence } from './evaluation-schedule';
import { addDays, type DayWindow, type LocalDate } from './local-dates';

export interface ScoreDropSettings {
  /** Days in the recent window. */
  recentDays: number;
  /** Days in the baseline window, which ends where the recent one starts. */
  baselineDays: number;
  /** The alarm: (BH-adjusted) one-sided p below this. */
  alpha: number;
  /** Fewer answers than this in either window: no test ("unclear"). */
  minAnswers: number;
  /** Recovery: the one-sided p at or above this counts as normal. */
  clearP: number;
  /** Consecutive breaches that open an episode (and raise its one alert). */
  openAfter: number;
  /** Consecutive normal evaluations that end an episode. */
  clearAfter: number;
  /** Evaluate after every day, or once a week (windows ending on Monday, local midnight). */
  cadence: Cadence;
}

export const SCORE_DROP_DEFAULTS: Readonly<ScoreDropSettings> = {
  recentDays: 7,
  baselineDays: 28,
  alpha: 0.01,
  minAnswers: 20,
  clearP: 0.2,
  openAfter: 2,
  clearAfter: 2,
  cadence: 'daily',
};

/**
 * The windows to read for the evaluation ending at `windowEnd` (exclusive,
 * the local midnight that starts that date): the recent days before it, and
 * the baseline days before those — or, while an episode is open, the
 * baseline that opened it.
 */
export function scoreDropWindows(
  windowEnd: LocalDate,
  openedAt: LocalDate | null,
  settings: Pick<ScoreDropSettings, 'recentDays' | 'baselineDays'> = SCORE_DROP_DEFAULTS,
): { recent: DayWindow; baseline: DayWindow } {
  const { recentDays, baselineDays } = settings;
  const baselineEnd = addDays(openedAt ?? windowEnd, -recentDays);
  return {
    recent: { from: addDays(windowEnd, -recentDays), to: windowEnd },
    baseline: { from: addDays(baselineEnd, -baselineDays), to: baselineEnd },
  };
}

export interface ScoreDropTest {
  recentN: number;
  baselineN: number;
  /** recent − baseline, in the metric's unit (NPS and CSAT points, CES scale points); null without answers. */
  delta: number | null;
  /**
   * One-sided p of "recent is lower": P(a difference this low or lower | no
   * change). Null when not tested: too few answers, or no variance to test by.
   */
  p: number | null;
}

/** The one-sided test of one subject (the whole survey, or one segment). */
export function scoreDropTest(
  type: SurveyType,
  recent: Distribution,
  baseline: Distribution,
  settings: Pick<ScoreDropSettings, 'minAnswers'> = SCORE_DROP_DEFAULTS,
): ScoreDropTest {
  const recentN = totalOf(recent);
  const baselineN = totalOf(baseline);
  const difference = scoreDifference(type, recent, baseline);
  const delta = difference?.delta ?? null;
  const enough = recentN >= settings.minAnswers && baselineN >= settings.minAnswers;
  // se = 0: neither window varies, nothing to test against (as in comparisons).
  if (!enough || difference === null || !(difference.se > 0)) {
    return { recentN, baselineN, delta, p: null };
  }
  const statistic = difference.delta / difference.se;
  const p =
    difference.df === null ? normalLowerP(statistic) : studentLowerP(statistic, difference.df);
  return { recentN, baselineN, delta, p };
}

/**
 * Signals for the subjects of one rule evaluated together (one for a plain
 * rule, one per segment for a groupBy rule): breach when the Benjamini–
 * Hochberg adjusted p is below α (for a single subject that is p < α),
 * normal when the raw p is at least clearP, otherwise unclear.
 */
export function scoreDropSignals(
  tests: readonly ScoreDropTest[],
  settings: Pick<ScoreDropSettings, 'alpha' | 'clearP'> = SCORE_DROP_DEFAULTS,
): Signal[] {
  const adjusted = benjaminiHochbergAdjusted(tests.map((test) => test.p));
  return tests.map((test, i) => {
    const q = adjusted[i];
    if (test.p === null || q === null || q === undefined) return 'unclear';
    if (q < settings.alpha) return 'breach';
    return test.p >= settings.clearP ? 'normal' : 'unclear';
  });
}

/** One subject of a rule at one evaluation, with the answers of the windows scoreDropWindows gave for its state. */
export interface ScoreDropSubject {
  /** alertSubject(ruleId) or alertSubject(ruleId, segment). */
  subject: string;
  state: EpisodeState;
  recent: Distribution;
  baseline: Distribution;
}

/**
 * Evaluates a score-drop rule at the window ending at `windowEnd`: every
 * subject's test, the signals (Benjamini–Hochberg across subjects), and each
 * subject's new episode state and events. The server stores the states and
 * events together.
 */
export function evaluateScoreDrop(
  type: SurveyType,
  windowEnd: LocalDate,
  subjects: readonly ScoreDropSubject[],
  settings: ScoreDropSettings = SCORE_DROP_DEFAULTS,
): SubjectEvaluation<ScoreDropTest>[] {
  const tests = subjects.map((s) => scoreDropTest(type, s.recent, s.baseline, settings));
  const signals = scoreDropSignals(tests, settings);
  return subjects.map(({ subject, state }, i) => {
    const signal = signals[i] as Signal;
    const next = advanceEpisode(
      state,
      { at: windowEnd, signal },
      { subject, openAfter: settings.openAfter, clearAfter: settings.clearAfter },
    );
    return { subject, test: tests[i] as ScoreDropTest, signal, ...next };
  });
}
