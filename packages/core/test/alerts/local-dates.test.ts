// Local dates and day windows: calendar arithmetic on plain dates, and
// windows turned into instants across daylight-saving changes.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  dayWindowInstants,
  isLocalDate,
  localDateOf,
  weekdayOf,
} from '../../src/index';

describe('local dates', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -28, '2026-02-01'],
  ])('%s + %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(days);
  });

  it('weekdays are ISO: Monday 0 … Sunday 6', () => {
    expect(weekdayOf('2026-03-02')).toBe(0);
    expect(weekdayOf('2026-03-08')).toBe(6);
  });

  it('rejects text that is not a calendar date', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2026-3-1')).toBe(false);
    expect(() => addDays('tomorrow', 1)).toThrow(RangeError);
  });

  it('the local date of an instant depends on the zone', () => {
    const instant = Date.parse('2026-03-01T16:00:00Z');
    expect(localDateOf(instant, 'UTC')).toBe('2026-03-01');
    expect(localDateOf(instant, 'Asia/Tokyo')).toBe('2026-03-02');
  });

  it('a window of days runs from local midnight to local midnight (23 hours over a spring-forward day)', () => {
    const { from, to } = dayWindowInstants(
      { from: '2026-03-08', to: '2026-03-09' },
      'America/New_York',
    );
    expect(new Date(from).toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect((to - from) / 3_600_000).toBe(23);
  });
});
