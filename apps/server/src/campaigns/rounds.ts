// When each round of a campaign is due for a recipient. Round 0 is on the
// start date (or at once, when the campaign starts without one); round k is
// k × 3 or 12 months on, at the campaign's hour in the recipient's zone. A
// recipient gets the latest round that is due and that they have not had, so
// someone added mid-quarter gets this quarter's email at once, and a campaign
// paused through a round and resumed sends the current round, not the missed.
import { type CampaignRepeat, type LocalDate, localDateOf, offsetAt, zonedParts } from '@koe/core';

const HOUR_MS = 3_600_000;
const MONTHS: Record<CampaignRepeat, number | null> = { once: null, quarterly: 3, yearly: 12 };

export interface RoundPlan {
  repeat: CampaignRepeat;
  startDate: LocalDate | null;
  hour: number;
  timeZone: string;
  /** When the campaign was first started (null: a draft, nothing is due). */
  startedAt: number | null;
}

/** `months` later; the 31st becomes the month's last day (31 Jan + 3 months = 30 Apr). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The instant a local date's hour begins in a zone (a skipped hour: the instant after the gap). */
export function localHourInstant(date: LocalDate, hour: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour);
  // The offset at the wall time read as UTC is right but near a change; one more step settles it.
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  if (zonedParts(second, timeZone).hour === hour) return second;
  // The hour is skipped (clocks went forward): the later candidate is just after the gap.
  return Math.max(first, second);
}

/** The first round's local date: the start date, or the day it was started in the campaign's zone. */
const firstDate = (plan: RoundPlan): LocalDate | null =>
  plan.startDate ?? (plan.startedAt === null ? null : localDateOf(plan.startedAt, plan.timeZone));

/** When round `round` is due for someone in `zone`; null when there is no such round. */
export function roundDueAt(plan: RoundPlan, round: number, zone: string): number | null {
  if (plan.startedAt === null) return null;
  const months = MONTHS[plan.repeat];
  if (round > 0 && months === null) return null;
  // Started without a date: round 0 goes at once, everywhere.
  if (round === 0 && plan.startDate === null) return plan.startedAt;
  const first = firstDate(plan) as LocalDate;
  return localHourInstant(addMonths(first, round * (months ?? 0)), plan.hour, zone);
}

/** The latest round due at `now` in `zone` (null: none yet). */
export function currentRound(plan: RoundPlan, now: number, zone: string): number | null {
  const first = roundDueAt(plan, 0, zone);
  if (first === null || first > now) return null;
  const months = MONTHS[plan.repeat];
  if (months === null) return 0;
  // An estimate from elapsed time, then corrected by the calendar (months differ in length).
  let round = Math.max(0, Math.floor((now - first) / (months * 30.44 * 24 * HOUR_MS)));
  while (round > 0 && (roundDueAt(plan, round, zone) as number) > now) round--;
  while ((roundDueAt(plan, round + 1, zone) as number) <= now) round++;
  return round;
}

/** When the next round starts in the campaign's zone after `now` (null: none to come). */
export function nextRoundAt(plan: RoundPlan, now: number): number | null {
  if (plan.startedAt === null) {
    // A draft with a date: the first round, if it is still ahead.
    if (plan.startDate === null) return null;
    const at = localHourInstant(plan.startDate, plan.hour, plan.timeZone);
    return at > now ? at : null;
  }
  const current = currentRound(plan, now, plan.timeZone);
  return roundDueAt(plan, current === null ? 0 : current + 1, plan.timeZone);
}
