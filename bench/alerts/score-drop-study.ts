// The score-drop simulation. False alerts: survey-years of a stable survey
// (the true distribution never changes), evaluated exactly as the server
// would (evaluateScoreDrop, the episode state carried from one evaluation to
// the next), counting "triggered" events. Detection delay: surveys whose
// score drops for good on a day, counting the days from the drop to the
// alert. Every configuration is evaluated on the same simulated answers.
import {
  type EpisodeState,
  evaluateScoreDrop,
  NO_EPISODE,
  type ScoreDropSettings,
  type SurveyType,
} from '@koe/core';
import { SeededRandom } from '../coverage/seeded-random';
import { DayCalendar } from './day-calendar';
import { drawDay, droppedDistribution, normal, STABLE } from './simulated-survey';

export interface ScoreDropConfig {
  name: string;
  settings: ScoreDropSettings;
}

/** Days of answers before the first evaluation: enough for every configuration's windows. */
const WARM_UP = 42;
const YEAR = 365;
/** A drop not alerted within this many days counts as not detected. */
export const DELAY_HORIZON = 91;

export const calendar = new DayCalendar(WARM_UP + YEAR + DELAY_HORIZON + 7);

/** Answer counts per scale point and day, summed cumulatively so that any window costs one subtraction. */
class CumulativeCounts {
  private readonly sums: Float64Array;
  constructor(
    private readonly k: number,
    days: number,
  ) {
    this.sums = new Float64Array((days + 1) * k);
  }
  setDay(day: number, counts: readonly number[]): void {
    for (let j = 0; j < this.k; j++)
      this.sums[(day + 1) * this.k + j] =
        (this.sums[day * this.k + j] as number) + (counts[j] as number);
  }
  /** Answers per scale point over days [from, to). */
  window(from: number, to: number): number[] {
    const out = new Array<number>(this.k);
    for (let j = 0; j < this.k; j++)
      out[j] = (this.sums[to * this.k + j] as number) - (this.sums[from * this.k + j] as number);
    return out;
  }
}

/** `days` days of answers, each day's from the distribution `on(day)` returns. */
function simulate(
  type: SurveyType,
  volume: number,
  days: number,
  random: SeededRandom,
  on: (day: number) => readonly number[],
): CumulativeCounts {
  const counts = new CumulativeCounts(STABLE[type].length, days);
  const day = new Array<number>(STABLE[type].length).fill(0);
  for (let d = 0; d < days; d++) {
    drawDay(on(d), volume, DayCalendar.weekday(d), random, day);
    counts.setDay(d, day);
  }
  return counts;
}

const evaluated = (end: number, settings: ScoreDropSettings) =>
  settings.cadence === 'daily' || DayCalendar.weekday(end) === 0;

/**
 * One evaluation of a rule's subjects as the server does it: the windows of
 * scoreDropWindows (in day indices, checked by DayCalendar.check), then
 * evaluateScoreDrop over all subjects together (Benjamini–Hochberg).
 */
function evaluateAt(
  type: SurveyType,
  subjects: readonly CumulativeCounts[],
  states: readonly EpisodeState[],
  end: number,
  settings: ScoreDropSettings,
) {
  return evaluateScoreDrop(
    type,
    calendar.dates[end] as string,
    subjects.map((counts, i) => {
      const state = states[i] as EpisodeState;
      const opened = state.openedAt === null ? end : calendar.index(state.openedAt);
      const baselineEnd = opened - settings.recentDays;
      return {
        subject: `segment ${i}`,
        state,
        recent: counts.window(end - settings.recentDays, end),
        baseline: counts.window(baselineEnd - settings.baselineDays, baselineEnd),
      };
    }),
    settings,
  );
}

/**
 * Evaluates the windows ending at days [from, to): the days an alert was
 * raised and an all clear was (over all subjects), and subject-days in an
 * episode. With `untilAlert` it stops at the first alert (a delay needs no more).
 */
function runYear(
  type: SurveyType,
  subjects: readonly CumulativeCounts[],
  settings: ScoreDropSettings,
  from: number,
  to: number,
  untilAlert = false,
) {
  let states: EpisodeState[] = subjects.map(() => NO_EPISODE);
  const triggered: number[] = [];
  const resolved: number[] = [];
  let openDays = 0;
  for (let end = from; end < to; end++) {
    for (const state of states) if (state.openedAt !== null) openDays++;
    if (!evaluated(end, settings)) continue;
    const results = evaluateAt(type, subjects, states, end, settings);
    for (const result of results) {
      for (const event of result.events)
        (event.type === 'triggered' ? triggered : resolved).push(end);
    }
    states = results.map((result) => result.state);
    if (untilAlert && triggered.length > 0) break;
  }
  return { triggered, resolved, openDays };
}

export interface FalseAlertResult {
  config: ScoreDropConfig;
  years: number;
  alerts: number;
  /** Days with an episode open, per year. */
  openDays: number;
  /** Alerts within 28 days after an all clear (an episode flapping). */
  realerts: number;
}

/**
 * Stable survey-years. `wobble`: the true NPS/CSAT/CES moves from day to day
 * by a normal amount of this standard deviation (0: it never moves), the
 * kind of variation real surveys have beyond sampling noise.
 */
export function falseAlerts(options: {
  type: SurveyType;
  volume: number;
  years: number;
  seed: number;
  configs: readonly ScoreDropConfig[];
  wobble?: number;
}): FalseAlertResult[] {
  const { type, volume, years, seed, configs, wobble = 0 } = options;
  const results = configs.map((config) => ({ config, years, alerts: 0, openDays: 0, realerts: 0 }));
  for (let y = 0; y < years; y++) {
    const random = new SeededRandom(seed + y);
    const on =
      wobble > 0 ? () => droppedDistribution(type, wobble * normal(random)) : () => STABLE[type];
    const counts = simulate(type, volume, WARM_UP + YEAR, random, on);
    configs.forEach((config, c) => {
      const run = runYear(type, [counts], config.settings, WARM_UP + 1, WARM_UP + YEAR + 1);
      const result = results[c] as FalseAlertResult;
      result.alerts += run.triggered.length;
      result.openDays += run.openDays / years;
      result.realerts += run.triggered.filter((day) =>
        run.resolved.some((clear) => day > clear && day - clear <= 28),
      ).length;
    });
  }
  return results;
}

/**
 * A groupBy rule over `segments` stable segments of `volume` answers a day
 * each: alerts per survey-year over all segments, with Benjamini–Hochberg
 * across the segments and with each segment tested on its own at α.
 */
export function segmentFalseAlerts(options: {
  type: SurveyType;
  segments: number;
  volume: number;
  years: number;
  seed: number;
  settings: ScoreDropSettings;
}): { withBh: number; withoutBh: number } {
  const { type, segments, volume, years, seed, settings } = options;
  let withBh = 0;
  let withoutBh = 0;
  for (let y = 0; y < years; y++) {
    const random = new SeededRandom(seed + y);
    const all = Array.from({ length: segments }, () =>
      simulate(type, volume, WARM_UP + YEAR, random, () => STABLE[type]),
    );
    withBh += runYear(type, all, settings, WARM_UP + 1, WARM_UP + YEAR + 1).triggered.length;
    for (const one of all)
      withoutBh += runYear(type, [one], settings, WARM_UP + 1, WARM_UP + YEAR + 1).triggered.length;
  }
  return { withBh: withBh / years, withoutBh: withoutBh / years };
}

export interface DelayResult {
  config: ScoreDropConfig;
  /** Days from the drop to the alert for each survey; Infinity when not within DELAY_HORIZON. */
  delays: number[];
}

/**
 * Surveys whose score drops by `drop` for good: stable answers for the
 * warm-up and a random 0–6 further days (so the drop falls on any weekday,
 * and anywhere in a weekly cadence), then dropped answers. Evaluation starts
 * with no episode open at the first window that contains a dropped day; the
 * delay is the number of dropped days the alerting window had seen.
 */
export function detectionDelays(options: {
  type: SurveyType;
  volume: number;
  drop: number;
  surveys: number;
  seed: number;
  configs: readonly ScoreDropConfig[];
}): DelayResult[] {
  const { type, volume, drop, surveys, seed, configs } = options;
  const dropped = droppedDistribution(type, drop);
  const results = configs.map((config) => ({ config, delays: [] as number[] }));
  for (let s = 0; s < surveys; s++) {
    const random = new SeededRandom(seed + s);
    const dropDay = WARM_UP + Math.floor(random.next() * 7);
    const days = dropDay + DELAY_HORIZON;
    const counts = simulate(type, volume, days, random, (d) =>
      d < dropDay ? STABLE[type] : dropped,
    );
    configs.forEach((config, c) => {
      const run = runYear(type, [counts], config.settings, dropDay + 1, days + 1, true);
      const first = run.triggered[0];
      results[c]?.delays.push(first === undefined ? Number.POSITIVE_INFINITY : first - dropDay);
    });
  }
  return results;
}

export interface RecoveryResult {
  /**
   * Alerts per survey from the drop until 28 days after its all clear (or the
   * horizon): 1 is one episode; more is an episode that flapped.
   */
  alerts: number[];
  /** Days from the recovery to the all clear; Infinity when there was none within 91 days. */
  clearDelays: number[];
}

/** Surveys whose score drops by `drop` for `dropDays` days and then comes back to what it was. */
export function recoveries(options: {
  type: SurveyType;
  volume: number;
  drop: number;
  dropDays: number;
  surveys: number;
  seed: number;
  settings: ScoreDropSettings;
}): RecoveryResult {
  const { type, volume, drop, dropDays, surveys, seed, settings } = options;
  const dropped = droppedDistribution(type, drop);
  const result: RecoveryResult = { alerts: [], clearDelays: [] };
  for (let s = 0; s < surveys; s++) {
    const random = new SeededRandom(seed + s);
    const dropDay = WARM_UP + Math.floor(random.next() * 7);
    const recoveryDay = dropDay + dropDays;
    const days = recoveryDay + DELAY_HORIZON;
    const counts = simulate(type, volume, days, random, (d) =>
      d >= dropDay && d < recoveryDay ? dropped : STABLE[type],
    );
    const run = runYear(type, [counts], settings, dropDay + 1, days + 1);
    const clear = run.resolved.find((day) => day >= recoveryDay);
    const until = clear === undefined ? days : clear + 28;
    result.alerts.push(run.triggered.filter((day) => day <= until).length);
    result.clearDelays.push(clear === undefined ? Number.POSITIVE_INFINITY : clear - recoveryDay);
  }
  return result;
}
