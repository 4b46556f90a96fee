// Silence alerts: no answers for hours during hours that usually have them
// ("the widget may be broken"). Answers follow the week and the clock, so the
// usual rate is kept per local hour of the week (168 slots, in the site's
// IANA zone) from the weeks before; a silent night expects next to nothing
// and never fires, a silent weekday noon expects a lot and fires quickly.
//
// The test. Over the silent hours, each slot h with S answers in m past hours
// of that slot: the chance of no answers at all, with the slot's rate known
// only from those m hours, is the Poisson-gamma predictive
//     P(0) = Π (m / (m + c))^S    (c: silent hours falling on that slot),
// which is exp(−expected) when m is large and more forgiving when it is not.
// Which P(0) is small enough? Every answer starts a gap until the next, and
// for a Poisson stream of answers the chance that a gap is as improbable as
// p is p itself (in "expected answers" time, gaps are exponential), so a
// site with A answers a year meets A·p such gaps a year by chance alone.
// The alarm is P(0) < falseAlertsPerYear / A: at most about
// falseAlertsPerYear false alarms a year at any volume (fewer in fact: the
// predictive and the whole hours counted are both on the safe side), a bar
// that rises with the volume (more gaps, more chances) where a fixed α would
// fire weekly on a busy site. bench/alerts measures the false alarms and the
// delay (docs/statistics.md).
import { zonedParts } from '../time-buckets';
import { advanceEpisode, type EpisodeState, type Signal, type SubjectEvaluation } from './episodes';

export const HOURS_PER_WEEK = 168;
const HOUR_MS = 3_600_000;
const WEEKS_PER_YEAR = 365.25 / 7;

export interface SilenceSettings {
  /** Weeks of hourly counts the profile is built from. */
  weeks: number;
  /** The false alarms a year the threshold allows for a steady stream of answers. */
  falseAlertsPerYear: number;
  /** The rule's N: no alarm before this many whole silent hours, however busy those hours usually are. */
  minHours: number;
}

export const SILENCE_DEFAULTS: Readonly<SilenceSettings> = {
  weeks: 4,
  falseAlertsPerYear: 0.25,
  minHours: 1,
};

/** The local hour of the week an instant falls in: 0 = Monday 00:00–01:00 … 167 = Sunday 23:00–24:00. */
export function hourOfWeekSlot(instant: number, timeZone: string): number {
  const { year, month, day, hour } = zonedParts(instant, timeZone);
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return 24 * weekday + hour;
}

export interface HourOfWeekProfile {
  /** Answers counted in each slot over the profile's hours. */
  answers: number[];
  /** Hours of each slot the profile covers (its weeks; one more or less around a DST change). */
  hours: number[];
  /** Expected answers per week: the sum over slots of answers / hours. */
  answersPerWeek: number;
}

/**
 * The hour-of-week profile of the UTC hours in [from, to) (both on whole
 * hours): `counts` are the hours that had answers, as hour rollups give them
 * (start instant, count); hours not listed had none. Each UTC hour belongs to
 * the local slot of its start, so in a +05:30 zone the hour from 09:30 is
 * slot 9 — the same rule silentHourSlots uses.
 */
export function hourOfWeekProfile(
  from: number,
  to: number,
  timeZone: string,
  counts: Iterable<{ start: number; count: number }>,
): HourOfWeekProfile {
  const answers = new Array<number>(HOURS_PER_WEEK).fill(0);
  const hours = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (let start = from; start < to; start += HOUR_MS) {
    const slot = hourOfWeekSlot(start, timeZone);
    hours[slot] = (hours[slot] as number) + 1;
  }
  for (const { start, count } of counts) {
    if (start < from || start >= to) continue;
    const slot = hourOfWeekSlot(start, timeZone);
    answers[slot] = (answers[slot] as number) + count;
  }
  let answersPerWeek = 0;
  for (let slot = 0; slot < HOURS_PER_WEEK; slot++) {
    const seen = hours[slot] as number;
    if (seen > 0) answersPerWeek += (answers[slot] as number) / seen;
  }
  return { answers, hours, answersPerWeek };
}

/**
 * The slots of the whole UTC hours with no answers up to `now`: from the hour
 * after the last answer's hour (or from `since` when there was none) to the
 * last whole hour before `now`, at most maxHours of them (the newest).
 */
export function silentHourSlots(
  lastAnswerAt: number | null,
  now: number,
  timeZone: string,
  since: number,
  maxHours = 4 * HOURS_PER_WEEK,
): number[] {
  const floorHour = (t: number) => Math.floor(t / HOUR_MS) * HOUR_MS;
  const first =
    lastAnswerAt === null
      ? Math.ceil(since / HOUR_MS) * HOUR_MS
      : floorHour(lastAnswerAt) + HOUR_MS;
  const end = floorHour(now);
  const start = Math.max(first, end - maxHours * HOUR_MS);
  const slots: number[] = [];
  for (let hour = start; hour < end; hour += HOUR_MS) slots.push(hourOfWeekSlot(hour, timeZone));
  return slots;
}

export interface SilenceTest {
  /** Whole silent hours. */
  hours: number;
  /** Answers usually received in those hours (the profile's means). */
  expected: number;
  /** P(no answers in those hours | usual rates), the Poisson-gamma predictive; 1 when nothing was expected. */
  p: number;
  /** Alarm when p is below this: falseAlertsPerYear / answers a year; null when the profile has no answers. */
  threshold: number | null;
}

export function silenceTest(
  profile: HourOfWeekProfile,
  silentSlots: readonly number[],
  settings: Pick<SilenceSettings, 'falseAlertsPerYear'> = SILENCE_DEFAULTS,
): SilenceTest {
  // Silent hours per slot (a silence longer than a week meets a slot twice).
  const perSlot = new Map<number, number>();
  for (const slot of silentSlots) perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
  let logP = 0;
  let expected = 0;
  for (const [slot, silent] of perSlot) {
    const answers = profile.answers[slot] ?? 0;
    const seen = profile.hours[slot] ?? 0;
    if (answers === 0 || seen === 0) continue;
    logP += answers * Math.log(seen / (seen + silent));
    expected += (silent * answers) / seen;
  }
  const answersPerYear = profile.answersPerWeek * WEEKS_PER_YEAR;
  return {
    hours: silentSlots.length,
    expected,
    p: Math.exp(logP),
    threshold: answersPerYear > 0 ? settings.falseAlertsPerYear / answersPerYear : null,
  };
}

/** Breach when the silence is improbable and at least minHours long; normal once answers arrive again. */
export function silenceSignal(
  test: SilenceTest,
  settings: Pick<SilenceSettings, 'minHours'> = SILENCE_DEFAULTS,
): Signal {
  if (test.hours === 0) return 'normal';
  if (test.threshold !== null && test.hours >= settings.minHours && test.p < test.threshold) {
    return 'breach';
  }
  return 'unclear';
}

/**
 * Evaluates a silence rule at the whole hour `hour` (a UTC instant on the
 * hour, from dueHours): `silentSlots` are silentHourSlots(lastAnswerAt, hour,
 * …) for the last answer before that hour. One all clear follows the first
 * hour with answers.
 */
export function evaluateSilence(
  input: {
    subject: string;
    state: EpisodeState;
    hour: number;
    profile: HourOfWeekProfile;
    silentSlots: readonly number[];
  },
  settings: SilenceSettings = SILENCE_DEFAULTS,
): SubjectEvaluation<SilenceTest> {
  const { subject, state } = input;
  const test = silenceTest(input.profile, input.silentSlots, settings);
  const signal = silenceSignal(test, settings);
  const at = new Date(input.hour).toISOString();
  const next = advanceEpisode(state, { at, signal }, { subject, clearAfter: 1 });
  return { subject, test, signal, ...next };
}
