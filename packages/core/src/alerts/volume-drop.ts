// Volume-drop alerts: did a day's answers fall far below the same weekday of
// the weeks before? Answers follow the week (a Saturday is compared with
// Saturdays), and the comparison days are few, so the test asks how
// surprising the day's count is given what the weeks before say, with the
// uncertainty of their mean and the site's day-to-day swings included — the
// idea of outbreak detection from the same weeks of earlier years
// (Farrington et al. 1996), on days.
//
// The day's count is compared with a negative binomial of mean μ (the same
// weekdays' mean over m weeks) and variance (μ + c²μ²)(1 + 1/m): Poisson
// noise, plus the squared coefficient of variation c² of the site's daily
// rate, pooled over all seven weekdays of those weeks, times 1 + 1/m for the
// mean being estimated from m days. One weekday's four values would give the
// swing's variance 3 degrees of freedom, too few (four calm values would make
// an ordinary quiet day look like an outage); the four weeks give 21. With
// c² = 0 this is exactly the Bayesian predictive of a Poisson rate seen for m
// days (the Poisson-gamma negative binomial, Gelman et al. 2013, §2.6).
// The alarm needs the count to be both improbable (one-sided p < α) and far
// below (at most maxRatio of μ), so a busy site's statistically clear 10 %
// dip is not "far below"; and it needs μ ≥ minExpected, so a site with a few
// answers a day is left to the silence test (silence.ts).
//
// While an episode is open the weeks compared with are those before it
// began, so a widget broken for weeks is not compared with its own outage.
import { negativeBinomialCdf } from '../stats/distributions';
import { advanceEpisode, type EpisodeState, type Signal, type SubjectEvaluation } from './episodes';
import { addDays, type DayWindow, daysBetween, type LocalDate } from './local-dates';

export interface VolumeDropSettings {
  /** Weeks compared with. */
  weeks: number;
  /** The alarm: one-sided p below this … */
  alpha: number;
  /** … and the day's count at most this share of the expected count. */
  maxRatio: number;
  /** No test when the expected count is below this. */
  minExpected: number;
  /** Recovery: a day whose one-sided p is at least this is normal. */
  clearP: number;
  /** Consecutive days in breach that open an episode (and raise its one alert). */
  openAfter: number;
  /** Consecutive normal days that end an episode. */
  clearAfter: number;
}

export const VOLUME_DROP_DEFAULTS: Readonly<VolumeDropSettings> = {
  weeks: 4,
  alpha: 0.001,
  maxRatio: 0.5,
  minExpected: 10,
  clearP: 0.2,
  openAfter: 1,
  clearAfter: 1,
};

/**
 * The days the evaluation ending at `windowEnd` (a local midnight, as for
 * every daily rule) reads: the day before it, and the `weeks` whole weeks
 * before that day — or, while an episode is open (opened by the evaluation
 * ending at `openedAt`), the whole weeks before the day that opened it. The
 * history starts on the day's weekday, so its days 0, 7, 14, … are the same
 * weekday as the day.
 */
export function volumeDropDays(
  windowEnd: LocalDate,
  openedAt: LocalDate | null,
  weeks: number = VOLUME_DROP_DEFAULTS.weeks,
): { day: LocalDate; history: DayWindow } {
  const day = addDays(windowEnd, -1);
  // Whole weeks to skip so that the history ends before the episode's first day.
  const skip = openedAt === null ? 0 : Math.max(0, Math.ceil(daysBetween(openedAt, windowEnd) / 7));
  return {
    day,
    history: { from: addDays(day, -7 * (skip + weeks)), to: addDays(day, -7 * skip) },
  };
}

export interface VolumeDropTest {
  count: number;
  /** Mean of the same weekdays in the history; null without history. */
  expected: number | null;
  /** count / expected; null when expected is null or 0. */
  ratio: number | null;
  /** One-sided p: P(a count this low or lower | usual volume); null when not tested (expected < minExpected). */
  p: number | null;
}

/**
 * Squared coefficient of variation of the daily rate beyond Poisson noise,
 * pooled over the weekdays: Σ(s² − μ) / Σμ² over the seven weekdays' counts.
 */
function dayToDaySwing(history: readonly number[], weeks: number): number {
  if (weeks < 2) return 0;
  let excess = 0;
  let scale = 0;
  for (let weekday = 0; weekday < 7; weekday++) {
    let sum = 0;
    for (let w = 0; w < weeks; w++) sum += history[7 * w + weekday] as number;
    const mu = sum / weeks;
    let squares = 0;
    for (let w = 0; w < weeks; w++) squares += ((history[7 * w + weekday] as number) - mu) ** 2;
    excess += squares / (weeks - 1) - mu;
    scale += mu * mu;
  }
  return scale > 0 ? Math.max(0, excess / scale) : 0;
}

/**
 * The test of one day's count against `history`, the daily counts of the
 * whole weeks volumeDropDays names, oldest first (days without answers as 0).
 */
export function volumeDropTest(
  count: number,
  history: readonly number[],
  settings: Pick<VolumeDropSettings, 'minExpected'> = VOLUME_DROP_DEFAULTS,
): VolumeDropTest {
  const weeks = Math.floor(history.length / 7);
  if (weeks === 0 || history.length !== 7 * weeks) {
    throw new RangeError(`the history must be whole weeks of days, got ${history.length}`);
  }
  let sameWeekdays = 0;
  for (let w = 0; w < weeks; w++) sameWeekdays += history[7 * w] as number;
  const expected = sameWeekdays / weeks;
  const ratio = expected > 0 ? count / expected : null;
  if (expected < settings.minExpected || expected <= 0) return { count, expected, ratio, p: null };
  const swing = dayToDaySwing(history, weeks);
  const variance = (expected + swing * expected * expected) * (1 + 1 / weeks);
  // Negative binomial size from mean and variance: v = μ + μ²/k.
  const size = (expected * expected) / (variance - expected);
  return { count, expected, ratio, p: negativeBinomialCdf(count, expected, size) };
}

export function volumeDropSignal(
  test: VolumeDropTest,
  settings: Pick<VolumeDropSettings, 'alpha' | 'maxRatio' | 'clearP'> = VOLUME_DROP_DEFAULTS,
): Signal {
  if (test.p === null || test.ratio === null) return 'unclear';
  if (test.p < settings.alpha && test.ratio <= settings.maxRatio) return 'breach';
  return test.p >= settings.clearP ? 'normal' : 'unclear';
}

/**
 * Evaluates a volume-drop rule at the window ending at `windowEnd`: `count` is
 * the answers of the day volumeDropDays named, `history` the daily counts of
 * its history window (for this state).
 */
export function evaluateVolumeDrop(
  input: {
    subject: string;
    state: EpisodeState;
    windowEnd: LocalDate;
    count: number;
    history: readonly number[];
  },
  settings: VolumeDropSettings = VOLUME_DROP_DEFAULTS,
): SubjectEvaluation<VolumeDropTest> {
  const { subject, state, windowEnd } = input;
  const test = volumeDropTest(input.count, input.history, settings);
  const signal = volumeDropSignal(test, settings);
  const next = advanceEpisode(
    state,
    { at: windowEnd, signal },
    { subject, openAfter: settings.openAfter, clearAfter: settings.clearAfter },
  );
  return { subject, test, signal, ...next };
}
