// The period an analyst looks at: whole calendar days in a chosen time zone,
// turned into the half-open [from, to) instants the metrics API takes. Day
// boundaries come from @koe/core's localMidnight, the same function the
// server uses for its buckets, so "today" here is the server's last bucket.
import { type BucketInterval, localMidnight, zonedParts } from '@koe/core';

export const PRESETS = { last7: 7, last30: 30, last90: 90, last365: 365 } as const;
export type Preset = keyof typeof PRESETS;

export interface RangeChoice {
  preset: Preset | 'custom';
  /** First and last day shown, inclusive, as YYYY-MM-DD in `tz`. */
  fromDate: string;
  toDate: string;
  interval: BucketInterval;
  tz: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(date: string): { year: number; month: number; day: number } {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** Shifts a calendar date by whole days (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const { year, month, day } = parseDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function todayIn(now: number, tz: string): string {
  const p = zonedParts(now, tz);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

export function daysIn({ fromDate, toDate }: Pick<RangeChoice, 'fromDate' | 'toDate'>): number {
  const start = parseDate(fromDate);
  const end = parseDate(toDate);
  const ms =
    Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day);
  return Math.round(ms / 86_400_000) + 1;
}

/** A readable number of points: days up to a month, weeks up to half a year, then months. */
export function defaultInterval(days: number): BucketInterval {
  return days <= 31 ? 'day' : days <= 184 ? 'week' : 'month';
}

/** The last N days ending today in the zone. */
export function presetRange(preset: Preset, now: number, tz: string): RangeChoice {
  const toDate = todayIn(now, tz);
  const days = PRESETS[preset];
  return {
    preset,
    fromDate: addDays(toDate, 1 - days),
    toDate,
    interval: defaultInterval(days),
    tz,
  };
}

/** [from, to) as ISO instants: local midnight of the first day to local midnight after the last. */
export function rangeInstants({ fromDate, toDate, tz }: RangeChoice): { from: string; to: string } {
  const start = parseDate(fromDate);
  const end = parseDate(addDays(toDate, 1));
  return {
    from: new Date(localMidnight(start.year, start.month, start.day, tz)).toISOString(),
    to: new Date(localMidnight(end.year, end.month, end.day, tz)).toISOString(),
  };
}

export function isValidRange({ fromDate, toDate }: Pick<RangeChoice, 'fromDate' | 'toDate'>) {
  return DATE.test(fromDate) && DATE.test(toDate) && fromDate <= toDate;
}

/** The browser's zone, or UTC where the platform does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The zones to choose from: UTC, the current one, then every zone the platform knows. */
export function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf?.('timeZone') ?? [];
  return [...new Set(['UTC', current, ...zones])];
}
