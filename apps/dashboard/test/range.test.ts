// Date ranges: whole local days in the chosen zone, as the API's [from, to).
import { describe, expect, it } from 'vitest';
import { addDays, daysIn, defaultInterval, presetRange, rangeInstants } from '../src/range';

const NOW = Date.UTC(2026, 10, 1, 20, 30); // 05:30 on 2 November in Tokyo

describe('date ranges', () => {
  it('ends "last 7 days" today in the chosen zone', () => {
    expect(presetRange('last7', NOW, 'UTC')).toMatchObject({
      fromDate: '2026-10-26',
      toDate: '2026-11-01',
      interval: 'day',
    });
    expect(presetRange('last7', NOW, 'Asia/Tokyo')).toMatchObject({
      fromDate: '2026-10-27',
      toDate: '2026-11-02',
    });
  });

  it.each([
    ['UTC', '2026-10-26T00:00:00.000Z', '2026-11-02T00:00:00.000Z'],
    ['Asia/Tokyo', '2026-10-25T15:00:00.000Z', '2026-11-01T15:00:00.000Z'],
    ['Asia/Kolkata', '2026-10-25T18:30:00.000Z', '2026-11-01T18:30:00.000Z'],
  ])('turns local days into instants in %s', (tz, from, to) => {
    expect(
      rangeInstants({
        preset: 'custom',
        fromDate: '2026-10-26',
        toDate: '2026-11-01',
        interval: 'day',
        tz,
      }),
    ).toEqual({ from, to });
  });

  it('spans a daylight-saving change with the local midnights of each end', () => {
    // New York falls back on 1 November 2026: that day has 25 hours.
    expect(
      rangeInstants({
        preset: 'custom',
        fromDate: '2026-11-01',
        toDate: '2026-11-01',
        interval: 'day',
        tz: 'America/New_York',
      }),
    ).toEqual({ from: '2026-11-01T04:00:00.000Z', to: '2026-11-02T05:00:00.000Z' });
  });

  it('counts days and picks a readable interval', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(daysIn({ fromDate: '2026-01-01', toDate: '2026-12-31' })).toBe(365);
    expect([7, 31, 32, 184, 185].map(defaultInterval)).toEqual([
      'day',
      'day',
      'week',
      'week',
      'month',
    ]);
  });
});
