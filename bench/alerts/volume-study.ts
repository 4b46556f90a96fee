// The volume simulation: answers per hour of a steady site (Poisson, rate
// following the week and the clock, optionally with day-to-day swings), the
// volume-drop rule evaluated after every day and the silence rule after
// every hour, exactly as the server would (evaluateVolumeDrop,
// evaluateSilence, episode state carried along). Stable sites give the false
// alerts; sites whose widget stops at noon on a weekday, or whose answers
// fall to 40 % (the snippet lost on part of the site), give the delays.
import {
  type EpisodeState,
  evaluateSilence,
  evaluateVolumeDrop,
  HOURS_PER_WEEK,
  type HourOfWeekProfile,
  NO_EPISODE,
  type SilenceSettings,
  type VolumeDropSettings,
} from '@koe/core';
import { SeededRandom } from '../coverage/seeded-random';
import { DayCalendar } from './day-calendar';
import { poisson } from './poisson';
import { HOUR_SHARES, normal, WEEKDAY_FACTORS } from './simulated-survey';

const WEEKS = 4;
const WARM_UP_DAYS = 7 * WEEKS;
const YEAR = 365;
const calendar = new DayCalendar(WARM_UP_DAYS + YEAR + 14);

export interface SiteModel {
  /** Mean answers per day. */
  volume: number;
  /** Coefficient of variation of a day's rate around the usual (gamma): 0 for plain Poisson. */
  daySwing: number;
}

/** A gamma(shape, 1) draw (Marsaglia & Tsang 2000), for days busier or quieter than usual. */
function gamma(shape: number, random: SeededRandom): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/**
 * Hourly answer counts for `days` days. From hour `change.at` on, the rate is
 * multiplied by `change.keep` (0: the widget stopped; 0.4: it is lost on
 * part of the site).
 */
function simulateHours(
  site: SiteModel,
  days: number,
  random: SeededRandom,
  change?: { at: number; keep: number },
) {
  const hours = new Int32Array(24 * days);
  for (let d = 0; d < days; d++) {
    const swing =
      site.daySwing > 0 ? gamma(1 / site.daySwing ** 2, random) * site.daySwing ** 2 : 1;
    const dayMean = site.volume * (WEEKDAY_FACTORS[DayCalendar.weekday(d)] as number) * swing;
    for (let h = 0; h < 24; h++) {
      const index = 24 * d + h;
      const keep = change !== undefined && index >= change.at ? change.keep : 1;
      hours[index] = poisson(dayMean * keep * (HOUR_SHARES[h] as number), random);
    }
  }
  return hours;
}

function daySums(hours: Int32Array): number[] {
  const days = new Array<number>(hours.length / 24).fill(0);
  for (let h = 0; h < hours.length; h++) {
    const day = Math.floor(h / 24);
    days[day] = (days[day] as number) + (hours[h] as number);
  }
  return days;
}

/** The silence rule's view at each hour: a 4-week hour-of-week profile slid forward one hour at a time. */
class SlidingProfile {
  readonly profile: HourOfWeekProfile = {
    answers: new Array<number>(HOURS_PER_WEEK).fill(0),
    hours: new Array<number>(HOURS_PER_WEEK).fill(WEEKS),
    answersPerWeek: 0,
  };
  private total = 0;
  constructor(private readonly counts: Int32Array) {}
  /** Makes the profile cover the WEEKS weeks before hour `now`. */
  startAt(now: number): void {
    this.profile.answers.fill(0);
    this.total = 0;
    for (let h = now - WEEKS * HOURS_PER_WEEK; h < now; h++)
      this.add(h % HOURS_PER_WEEK, this.counts[h] as number);
  }
  /** From the weeks before now − 1 to the weeks before now: hour now − 1 joins, the same slot four weeks earlier leaves. */
  advance(now: number): void {
    const joining = now - 1;
    this.add(
      joining % HOURS_PER_WEEK,
      (this.counts[joining] as number) - (this.counts[joining - WEEKS * HOURS_PER_WEEK] as number),
    );
  }
  private add(slot: number, change: number): void {
    this.profile.answers[slot] = (this.profile.answers[slot] as number) + change;
    this.total += change;
    this.profile.answersPerWeek = this.total / WEEKS;
  }
}

const HOUR_MS = 3_600_000;
const LOG_ONE_WEEK_MORE = Math.log(WEEKS / (WEEKS + 1));

/**
 * The silence rule evaluated at each whole hour of [from, to); returns the
 * hours at which it triggered. Shortcut: while no episode is open, an hour
 * whose silence cannot breach is not handed to the core (it would answer
 * "unclear" or "normal" and raise nothing). "Cannot" is a bound, not a guess:
 * the core's log P(0) is at least Σ over silent hours of S·log(m/(m + 1)),
 * computed here, so when that bound is above the threshold so is the core's.
 * It stops at the first alert after `stopAfter` (a delay needs no more).
 */
function runSilence(
  counts: Int32Array,
  from: number,
  to: number,
  settings: SilenceSettings,
  stopAfter = Number.POSITIVE_INFINITY,
): number[] {
  const sliding = new SlidingProfile(counts);
  sliding.startAt(from);
  const { answers } = sliding.profile;
  let lastAnswerHour = from - 1;
  while (lastAnswerHour >= 0 && (counts[lastAnswerHour] as number) === 0) lastAnswerHour--;
  let state: EpisodeState = NO_EPISODE;
  const triggered: number[] = [];
  for (let now = from; now < to; now++) {
    if (now > from) sliding.advance(now);
    if ((counts[now - 1] as number) > 0) lastAnswerHour = now - 1;
    const silentFrom = Math.max(lastAnswerHour + 1, now - WEEKS * HOURS_PER_WEEK);
    if (state.openedAt === null) {
      if (silentFrom >= now) continue;
      let bound = 0;
      for (let h = silentFrom; h < now; h++)
        bound += (answers[h % HOURS_PER_WEEK] as number) * LOG_ONE_WEEK_MORE;
      const perYear = (sliding.profile.answersPerWeek * 365.25) / 7;
      if (perYear === 0 || bound >= Math.log(settings.falseAlertsPerYear / perYear)) continue;
    }
    const silentSlots: number[] = [];
    for (let h = silentFrom; h < now; h++) silentSlots.push(h % HOURS_PER_WEEK);
    const step = evaluateSilence(
      { subject: 'rule', state, hour: now * HOUR_MS, profile: sliding.profile, silentSlots },
      settings,
    );
    if (step.events.some((e) => e.type === 'triggered')) {
      triggered.push(now);
      if (now > stopAfter) break;
    }
    state = step.state;
  }
  return triggered;
}

/** The volume-drop rule evaluated after each day of [fromDay, toDay); returns the days that triggered. */
function runVolumeDrop(
  days: readonly number[],
  fromDay: number,
  toDay: number,
  settings: VolumeDropSettings,
  stopAfter = Number.POSITIVE_INFINITY,
): number[] {
  let state: EpisodeState = NO_EPISODE;
  const triggered: number[] = [];
  for (let day = fromDay; day < toDay; day++) {
    const windowEnd = day + 1;
    const opened = state.openedAt === null ? null : calendar.index(state.openedAt);
    const skip = opened === null ? 0 : Math.ceil((windowEnd - opened) / 7);
    const historyFrom = day - 7 * (skip + settings.weeks);
    const step = evaluateVolumeDrop(
      {
        subject: 'rule',
        state,
        windowEnd: calendar.dates[windowEnd] as string,
        count: days[day] as number,
        // Days before the simulation began had no answers, as a new site's would not.
        history: Array.from({ length: 7 * settings.weeks }, (_, k) => days[historyFrom + k] ?? 0),
      },
      settings,
    );
    if (step.events.some((e) => e.type === 'triggered')) {
      triggered.push(day);
      if (day > stopAfter) break;
    }
    state = step.state;
  }
  return triggered;
}

export interface VolumeFalseAlerts {
  site: SiteModel;
  years: number;
  volumeDrop: number;
  silence: number;
}

export function volumeFalseAlerts(options: {
  site: SiteModel;
  years: number;
  seed: number;
  volumeDrop: VolumeDropSettings;
  silence: SilenceSettings;
}): VolumeFalseAlerts {
  const { site, years, seed } = options;
  let volumeDrop = 0;
  let silence = 0;
  for (let y = 0; y < years; y++) {
    const random = new SeededRandom(seed + y);
    const counts = simulateHours(site, WARM_UP_DAYS + YEAR, random);
    volumeDrop += runVolumeDrop(
      daySums(counts),
      WARM_UP_DAYS,
      WARM_UP_DAYS + YEAR,
      options.volumeDrop,
    ).length;
    silence += runSilence(
      counts,
      24 * WARM_UP_DAYS,
      24 * (WARM_UP_DAYS + YEAR),
      options.silence,
    ).length;
  }
  return { site, years, volumeDrop: volumeDrop / years, silence: silence / years };
}

export interface ChangeDelays {
  /** Hours from the change to the silence alert (Infinity: none within a week). */
  silence: number[];
  /** Hours from the change to the end of the day whose volume-drop evaluation alerted. */
  volumeDrop: number[];
}

/**
 * Sites whose answers fall to `keep` of the usual (0: the widget stopped) at
 * `hour` o'clock on a random weekday (Monday–Friday), after five weeks of
 * answers: the hours until each rule alerts. Evaluation starts a week before
 * the change; an alert before the change is not a detection.
 */
export function changeDelays(options: {
  site: SiteModel;
  keep: number;
  hour: number;
  sites: number;
  seed: number;
  volumeDrop: VolumeDropSettings;
  silence: SilenceSettings;
}): ChangeDelays {
  const { site, sites, seed } = options;
  const result: ChangeDelays = { silence: [], volumeDrop: [] };
  for (let s = 0; s < sites; s++) {
    const random = new SeededRandom(seed + s);
    const changeDay = WARM_UP_DAYS + 7 + Math.floor(random.next() * 5);
    const changeHour = 24 * changeDay + options.hour;
    const days = changeDay + 8;
    const counts = simulateHours(site, days, random, { at: changeHour, keep: options.keep });
    const silence = runSilence(
      counts,
      changeHour - HOURS_PER_WEEK,
      24 * days,
      options.silence,
      changeHour,
    ).filter((h) => h > changeHour);
    result.silence.push(
      silence.length > 0 ? (silence[0] as number) - changeHour : Number.POSITIVE_INFINITY,
    );
    const volume = runVolumeDrop(
      daySums(counts),
      changeDay - 7,
      days,
      options.volumeDrop,
      changeDay - 1,
    ).filter((d) => d >= changeDay);
    result.volumeDrop.push(
      volume.length > 0 ? 24 * ((volume[0] as number) + 1) - changeHour : Number.POSITIVE_INFINITY,
    );
  }
  return result;
}
