// Local calendar buckets across DST changes and in half/quarter-hour zones,
// checked against hand-worked offsets.
import { describe, expect, it } from 'vitest';
import { isoInZone, isoWithOffset, localMidnight, offsetAt, timeBuckets } from '../src/index';

const H = 3_600_000;
const utc = (iso: string) => Date.parse(iso);

describe('offsets and local midnights', () => {
  it.each([
    ['Asia/Tokyo', '2026-06-01T00:00:00Z', 9 * 60],
    ['Asia/Kolkata', '2026-06-01T00:00:00Z', 5 * 60 + 30],
    ['Asia/Kathmandu', '2026-06-01T00:00:00Z', 5 * 60 + 45],
    ['America/New_York', '2026-01-15T12:00:00Z', -5 * 60],
    ['America/New_York', '2026-07-15T12:00:00Z', -4 * 60],
    ['UTC', '2026-07-15T12:00:00Z', 0],
  ])('%s at %s is UTC%+d min', (zone, at, minutes) => {
    expect(offsetAt(utc(at), zone)).toBe(minutes * 60_000);
  });

  it('finds local midnight in every kind of zone', () => {
    expect(localMidnight(2026, 6, 1, 'Asia/Tokyo')).toBe(utc('2026-05-31T15:00:00Z'));
    expect(localMidnight(2026, 6, 1, 'Asia/Kolkata')).toBe(utc('2026-05-31T18:30:00Z'));
    expect(localMidnight(2026, 6, 1, 'Asia/Kathmandu')).toBe(utc('2026-05-31T18:15:00Z'));
    expect(localMidnight(2026, 3, 8, 'America/New_York')).toBe(utc('2026-03-08T05:00:00Z'));
    expect(localMidnight(2026, 3, 9, 'America/New_York')).toBe(utc('2026-03-09T04:00:00Z'));
  });

  it('where DST skips midnight (America/Santiago, 2026-09-06), the day starts at 01:00', () => {
    const start = localMidnight(2026, 9, 6, 'America/Santiago');
    expect(isoInZone(start, 'America/Santiago')).toBe('2026-09-06T01:00:00-03:00');
  });
});

describe('timeBuckets', () => {
  it('daily buckets over the spring-forward change are 24, 23 and 24 hours long', () => {
    const from = utc('2026-03-07T05:00:00Z'); // 2026-03-07 00:00 in New York
    const to = utc('2026-03-10T04:00:00Z');
    const buckets = timeBuckets(from, to, 'day', 'America/New_York');
    expect(buckets.map((b) => (b.end - b.start) / H)).toEqual([24, 23, 24]);
    expect(buckets.map((b) => isoInZone(b.start, 'America/New_York'))).toEqual([
      '2026-03-07T00:00:00-05:00',
      '2026-03-08T00:00:00-05:00',
      '2026-03-09T00:00:00-04:00',
    ]);
  });

  it('the fall-back day is 25 hours long', () => {
    const buckets = timeBuckets(
      utc('2026-11-01T04:00:00Z'),
      utc('2026-11-02T05:00:00Z'),
      'day',
      'America/New_York',
    );
    expect(buckets.map((b) => (b.end - b.start) / H)).toEqual([25]);
  });

  it('+05:45 days start at 18:15 UTC; the first bucket is clipped to from', () => {
    const buckets = timeBuckets(
      utc('2026-06-01T00:00:00Z'),
      utc('2026-06-03T00:00:00Z'),
      'day',
      'Asia/Kathmandu',
    );
    expect(buckets.map((b) => new Date(b.start).toISOString())).toEqual([
      '2026-06-01T00:00:00.000Z',
      '2026-06-01T18:15:00.000Z',
      '2026-06-02T18:15:00.000Z',
    ]);
    expect(buckets.at(-1)?.end).toBe(utc('2026-06-03T00:00:00Z'));
  });

  it('weeks start on Monday and months on the 1st, in local time', () => {
    const weeks = timeBuckets(
      utc('2026-06-03T00:00:00Z'),
      utc('2026-06-20T00:00:00Z'),
      'week',
      'Asia/Tokyo',
    );
    expect(weeks.slice(1).map((b) => isoInZone(b.start, 'Asia/Tokyo'))).toEqual([
      '2026-06-08T00:00:00+09:00',
      '2026-06-15T00:00:00+09:00',
    ]);
    const months = timeBuckets(
      utc('2026-01-15T00:00:00Z'),
      utc('2026-04-01T00:00:00Z'),
      'month',
      'Asia/Kolkata',
    );
    // 2026-04-01T00:00Z is already 05:30 on 1 April in Kolkata: a short fourth bucket.
    expect(months.slice(1).map((b) => isoInZone(b.start, 'Asia/Kolkata'))).toEqual([
      '2026-02-01T00:00:00+05:30',
      '2026-03-01T00:00:00+05:30',
      '2026-04-01T00:00:00+05:30',
    ]);
    expect(months.at(-1)?.end).toBe(utc('2026-04-01T00:00:00Z'));
  });

  it('buckets tile the range with no gap or overlap', () => {
    const from = utc('2025-01-01T00:00:00Z');
    const to = utc('2026-12-31T00:00:00Z');
    for (const zone of [
      'Europe/London',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/Santiago',
    ]) {
      const buckets = timeBuckets(from, to, 'day', zone);
      expect(buckets[0]?.start).toBe(from);
      expect(buckets.at(-1)?.end).toBe(to);
      for (let i = 1; i < buckets.length; i++) expect(buckets[i]?.start).toBe(buckets[i - 1]?.end);
    }
  });

  it.each([
    'America/Havana',
    'America/Santiago',
    'Asia/Beirut',
    'Australia/Lord_Howe',
    'Europe/London',
    'Asia/Kathmandu',
  ])('day boundaries in %s are the local midnights found without a hint, with their offsets, for two years', (zone) => {
    // timeBuckets reuses the previous offset as a hint; it must never change a boundary,
    // also in zones whose clocks change at midnight.
    const buckets = timeBuckets(
      utc('2025-01-01T00:00:00Z'),
      utc('2027-01-01T00:00:00Z'),
      'day',
      zone,
    );
    for (const { end, endOffset } of buckets)
      expect(isoWithOffset(end, endOffset)).toBe(isoInZone(end, zone));
    for (const { end } of buckets.slice(0, -1)) {
      const local = new Date(end + offsetAt(end, zone));
      const midnight = localMidnight(
        local.getUTCFullYear(),
        local.getUTCMonth() + 1,
        local.getUTCDate(),
        zone,
      );
      expect(isoInZone(end, zone)).toBe(isoInZone(midnight, zone));
    }
  });
});
