// Local calendar dates ("2026-03-08", a day in the site's time zone) and the
// day windows alerts compare. A date is plain text rather than an instant so
// that a rule's windows, its state and its idempotency keys mean the same
// day whatever the offset that day (23- and 25-hour days included); the
// server turns a window into instants with dayWindowInstants, in the zone.
import { localMidnight, zonedParts } from '../time-buckets';

/** A local calendar date, YYYY-MM-DD (ISO 8601); such strings sort in date order. */
export type LocalDate = string;

/** Local days [from, to): `to` is the first day after the window. */
export interface DayWindow {
  from: LocalDate;
  to: LocalDate;
}

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcNoonOf(date: LocalDate): number {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`${date} is not a YYYY-MM-DD date`);
  const [, y, m, d] = match;
  const noon = Date.UTC(Number(y), Number(m) - 1, Number(d), 12);
  if (new Date(noon).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`${date} is not a calendar date`);
  }
  return noon;
}

export function isLocalDate(value: string): boolean {
  try {
    utcNoonOf(value);
    return true;
  } catch {
    return false;
  }
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(utcNoonOf(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcNoonOf(to) - utcNoonOf(from)) / DAY_MS);
}

/** ISO weekday: 0 = Monday … 6 = Sunday. */
export function weekdayOf(date: LocalDate): number {
  return (new Date(utcNoonOf(date)).getUTCDay() + 6) % 7;
}

/** The local date of an instant in an IANA zone. */
export function localDateOf(instant: number, timeZone: string): LocalDate {
  const { year, month, day } = zonedParts(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The instants [from, to) of a window of local days: local midnight to local midnight. */
export function dayWindowInstants(
  window: DayWindow,
  timeZone: string,
): { from: number; to: number } {
  const midnight = (date: LocalDate) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return localMidnight(y, m, d, timeZone);
  };
  return { from: midnight(window.from), to: midnight(window.to) };
}
