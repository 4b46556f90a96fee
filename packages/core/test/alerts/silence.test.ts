// The silence test: hour-of-week slots in the site's zone (DST and
// quarter-hour offsets), the profile, the probability of a silence, and
// which silences fire: a quiet night never, a dead weekday noon quickly.
import { describe, expect, it } from 'vitest';
import {
  evaluateSilence,
  HOURS_PER_WEEK,
  type HourOfWeekProfile,
  hourOfWeekProfile,
  hourOfWeekSlot,
  NO_EPISODE,
  silenceSignal,
  silenceTest,
  silentHourSlots,
} from '../../src/index';

const HOUR = 3_600_000;

/** A profile of `weeks` weeks with `perHour(slot)` answers in every occurrence of each slot. */
function profileOf(perHour: (slot: number) => number, weeks = 4): HourOfWeekProfile {
  const answers = Array.from({ length: HOURS_PER_WEEK }, (_, slot) => weeks * perHour(slot));
  return {
    answers,
    hours: new Array(HOURS_PER_WEEK).fill(weeks),
    answersPerWeek: answers.reduce((s, a) => s + a, 0) / weeks,
  };
}
/** 2 answers an hour from 9:00 to 21:00 every day, none at night: 24 a day. */
const DAYTIME = profileOf((slot) => (slot % 24 >= 9 && slot % 24 < 21 ? 2 : 0));

describe('hourOfWeekSlot', () => {
  it('counts local hours from Monday midnight', () => {
    // Monday 2026-03-02 00:30 in Tokyo is Sunday 15:30 UTC.
    expect(hourOfWeekSlot(Date.parse('2026-03-01T15:30:00Z'), 'Asia/Tokyo')).toBe(0);
    expect(hourOfWeekSlot(Date.parse('2026-03-01T15:30:00Z'), 'UTC')).toBe(6 * 24 + 15);
    // +05:45: 06:15 UTC on Monday is 12:00 in Kathmandu.
    expect(hourOfWeekSlot(Date.parse('2026-03-02T06:15:00Z'), 'Asia/Kathmandu')).toBe(12);
  });
});

describe('hourOfWeekProfile', () => {
  it('counts each slot’s hours and answers over the range, in the zone', () => {
    const from = Date.parse('2026-03-01T15:00:00Z'); // Monday 00:00 in Tokyo
    const to = from + 2 * HOURS_PER_WEEK * HOUR;
    const profile = hourOfWeekProfile(from, to, 'Asia/Tokyo', [
      { start: from, count: 3 },
      { start: from + HOURS_PER_WEEK * HOUR, count: 1 },
      { start: from + 13 * HOUR, count: 2 },
      { start: to, count: 99 }, // outside the range
    ]);
    expect(profile.hours.every((h) => h === 2)).toBe(true);
    expect(profile.answers[0]).toBe(4);
    expect(profile.answers[13]).toBe(2);
    expect(profile.answersPerWeek).toBe(3);
  });

  it('gives the hour repeated when clocks go back to its slot twice (America/New_York, 2026-11-01)', () => {
    const from = Date.parse('2026-10-26T04:00:00Z'); // Monday 00:00 EDT
    const to = Date.parse('2026-11-02T05:00:00Z'); // Monday 00:00 EST
    const profile = hourOfWeekProfile(from, to, 'America/New_York', []);
    const sundayOne = 6 * 24 + 1;
    expect(profile.hours[sundayOne]).toBe(2);
    expect(profile.hours.reduce((s, h) => s + h, 0)).toBe(HOURS_PER_WEEK + 1);
  });
});

describe('silentHourSlots', () => {
  it('counts the whole hours after the last answer’s hour, up to the last whole hour', () => {
    const last = Date.parse('2026-03-02T11:40:00Z'); // Monday
    const now = Date.parse('2026-03-02T15:20:00Z');
    expect(silentHourSlots(last, now, 'UTC', 0)).toEqual([12, 13, 14]);
    expect(silentHourSlots(Date.parse('2026-03-02T15:05:00Z'), now, 'UTC', 0)).toEqual([]);
    // An answer exactly on the hour belongs to that hour.
    expect(silentHourSlots(Date.parse('2026-03-02T14:00:00Z'), now, 'UTC', 0)).toEqual([]);
  });

  it('without any answer, counts from `since`', () => {
    const since = Date.parse('2026-03-02T10:30:00Z');
    expect(silentHourSlots(null, Date.parse('2026-03-02T13:00:00Z'), 'UTC', since)).toEqual([
      11, 12,
    ]);
  });
});

describe('silenceTest', () => {
  it('P(no answers) is Π (m/(m + c))^S over the silent hours', () => {
    // Monday 12:00–14:00: S = 8 in each of two slots seen 4 times.
    const test = silenceTest(DAYTIME, [12, 13]);
    expect(test.expected).toBe(4);
    expect(test.p).toBeCloseTo((4 / 5) ** 16, 12);
    // A week-long silence meets each slot once more: (m/(m + 2))^S.
    expect(silenceTest(DAYTIME, [12, 12]).p).toBeCloseTo((4 / 6) ** 8, 12);
  });

  it('sets the bar by the answers a year: falseAlertsPerYear / (answers a week × 52.18)', () => {
    const test = silenceTest(DAYTIME, [12], { falseAlertsPerYear: 0.25 });
    expect(test.threshold).toBeCloseTo(0.25 / ((24 * 7 * 365.25) / 7), 12);
    expect(
      silenceTest(
        profileOf(() => 0),
        [12],
      ).threshold,
    ).toBeNull();
  });

  it('never fires on a quiet night, however long', () => {
    const night = Array.from({ length: 9 }, (_, h) => (21 + h) % 24);
    const test = silenceTest(DAYTIME, night);
    expect(test.p).toBe(1);
    expect(silenceSignal(test)).toBe('unclear');
  });

  it('fires on a dead weekday afternoon, and only once the silence is long enough', () => {
    const afternoon = (hours: number) => Array.from({ length: hours }, (_, h) => 12 + h);
    expect(silenceSignal(silenceTest(DAYTIME, afternoon(3)))).toBe('unclear');
    expect(silenceSignal(silenceTest(DAYTIME, afternoon(8)))).toBe('breach');
    expect(silenceSignal(silenceTest(DAYTIME, afternoon(8)), { minHours: 9 })).toBe('unclear');
  });

  it('is normal as soon as the last hour had answers', () => {
    expect(silenceSignal(silenceTest(DAYTIME, []))).toBe('normal');
  });
});

describe('evaluateSilence', () => {
  it('keys its events by the rule and the evaluated hour', () => {
    const hour = Date.parse('2026-03-02T20:00:00Z');
    const result = evaluateSilence({
      subject: 'rule_s',
      state: NO_EPISODE,
      hour,
      profile: DAYTIME,
      silentSlots: Array.from({ length: 8 }, (_, h) => 12 + h),
    });
    expect(result.events.map((e) => e.key)).toEqual(['rule_s@2026-03-02T20:00:00.000Z#triggered']);
  });
});
