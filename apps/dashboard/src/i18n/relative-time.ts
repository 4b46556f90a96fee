// "2 minutes ago" / "2 分前" in the UI language (Intl.RelativeTimeFormat),
// for when an install was seen or a key last used. Under a minute is "just
// now": seconds would change on every look and mean nothing.
import type { Language } from './messages';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** null when under a minute (say "just now"), else the phrase. */
export function timeAgo(lang: Language, at: number, now: number): string | null {
  const elapsed = now - at;
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(elapsed) >= ms) return format.format(-Math.floor(elapsed / ms), unit);
  }
  return null;
}
