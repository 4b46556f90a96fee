// Calendar buckets (day, ISO week, month) in any IANA time zone, as UTC
// instants. Boundaries are local midnights, found through Intl, so they are
// right across daylight-saving changes (23- and 25-hour days) and in zones
// with half- and quarter-hour offsets (Asia/Kolkata +05:30, Asia/Kathmandu
// +05:45). Pure functions: no I/O.

export type BucketInterval = 'day' | 'week' | 'month';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows the zone (an invalid zone would throw later). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Local calendar fields of an instant in a zone. */
export function zonedParts(instant: number, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(instant)) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  return parts as {
    year: number;
    month: number;
    day: number;
    hour: number;
    minute: number;
    second: number;
  };
}

/** Offset of the zone from UTC at an instant, in ms (east positive). */
export function offsetAt(instant: number, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (instant - (instant % 1000));
}

/**
 * The instant of local midnight starting a calendar date. Where a DST change
 * skips midnight, the first instant of that day.
 */
export function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  return dayStart(year, month, day, timeZone).instant;
}

/**
 * The first instant of a local date and the zone's offset there. `offsetHint`,
 * the offset at the previous boundary, is usually still right: one Intl call
 * checks it instead of four to find it (a year of days costs 365, not 1,400).
 */
function dayStart(
  year: number,
  month: number,
  day: number,
  timeZone: string,
  offsetHint?: number,
): { instant: number; offset: number } {
  const wall = Date.UTC(year, month - 1, day);
  if (offsetHint !== undefined) {
    // The hint is the offset before any change on this date, so where midnight
    // happens twice (clocks back at 01:00) this is its first occurrence.
    const guess = wall - offsetHint;
    const p = zonedParts(guess, timeZone);
    if (
      p.year === year &&
      p.month === month &&
      p.day === day &&
      p.hour === 0 &&
      p.minute === 0 &&
      p.second === 0
    )
      return { instant: guess, offset: offsetHint };
  }
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  // Midnight did not exist (clocks jumped from 23:59 to 01:00): the estimate
  // lands on the evening before; step to the day's first instant.
  for (let step = 0; step < 12 && zonedParts(instant, timeZone).day !== day; step++)
    instant += 15 * 60_000;
  return { instant, offset: offsetAt(instant, timeZone) };
}

/** Calendar date of the bucket containing an instant. */
function bucketDate(instant: number, interval: BucketInterval, timeZone: string) {
  const p = zonedParts(instant, timeZone);
  if (interval === 'month') return { year: p.year, month: p.month, day: 1 };
  if (interval === 'day') return { year: p.year, month: p.month, day: p.day };
  // ISO week: back to Monday.
  const weekday = (new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(p.year, p.month - 1, p.day - weekday));
  return {
    year: monday.getUTCFullYear(),
    month: monday.getUTCMonth() + 1,
    day: monday.getUTCDate(),
  };
}

/** The first instant of the local day, ISO week or month containing an instant. */
export function bucketStart(instant: number, interval: BucketInterval, timeZone: string): number {
  const { year, month, day } = bucketDate(instant, interval, timeZone);
  return dayStart(year, month, day, timeZone).instant;
}

function nextDate(
  { year, month, day }: { year: number; month: number; day: number },
  interval: BucketInterval,
) {
  const d =
    interval === 'month'
      ? new Date(Date.UTC(year, month, 1))
      : new Date(Date.UTC(year, month - 1, day + (interval === 'week' ? 7 : 1)));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export interface TimeBucket {
  /** First instant of the bucket (clipped to `from`). */
  start: number;
  /** First instant after the bucket (clipped to `to`). */
  end: number;
  /** The zone's offset from UTC at `end`, in ms: formatting the edge needs no Intl call. */
  endOffset: number;
}

/** The buckets covering [from, to), at most maxBuckets of them. */
export function timeBuckets(
  from: number,
  to: number,
  interval: BucketInterval,
  timeZone: string,
  maxBuckets = 1200,
): TimeBucket[] {
  const buckets: TimeBucket[] = [];
  let date = bucketDate(from, interval, timeZone);
  let start = from;
  let offset: number | undefined;
  while (start < to) {
    if (buckets.length >= maxBuckets)
      throw new RangeError(`more than ${maxBuckets} ${interval} buckets`);
    date = nextDate(date, interval);
    const next = dayStart(date.year, date.month, date.day, timeZone, offset);
    offset = next.offset;
    const end = Math.min(to, next.instant);
    // A clipped end is not a day start: its offset is asked for (once, at the end).
    buckets.push({
      start,
      end,
      endOffset: end === next.instant ? offset : offsetAt(end, timeZone),
    });
    start = end;
  }
  return buckets;
}

/** ISO 8601 text of an instant with the zone's offset at that instant: 2026-03-08T00:00:00-05:00. */
export function isoInZone(instant: number, timeZone: string): string {
  return isoWithOffset(instant, offsetAt(instant, timeZone));
}

/** ISO 8601 text of an instant at a known offset from UTC (ms). */
export function isoWithOffset(instant: number, offset: number): string {
  const local = new Date(instant + offset).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(offset) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}
