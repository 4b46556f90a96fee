// Which evaluations are due. The server runs its schedule whenever it likes
// (and may be down for a while); these functions say which windows that run
// must evaluate, oldest first, so every window is evaluated once and in
// order: a restart catches up instead of missing one, and the episode state
// (episodes.ts) ignores any it has already seen.
import { addDays, daysBetween, type LocalDate, weekdayOf } from './local-dates';

export type Cadence = 'daily' | 'weekly';

const HOUR_MS = 3_600_000;

/** Whether the window ending at this local midnight is evaluated: every day, or Mondays (a Monday-to-Sunday week). */
export function isEvaluationDay(windowEnd: LocalDate, cadence: Cadence): boolean {
  return cadence === 'daily' || weekdayOf(windowEnd) === 0;
}

/**
 * The window ends due by `today` (the site's local date now; its midnight has
 * passed), after `lastEvaluated`, oldest first. A rule never evaluated starts
 * with the latest one (it does not replay history); one far behind catches up
 * at most `maxCatchUp` days.
 */
export function dueWindowEnds(
  lastEvaluated: LocalDate | null,
  today: LocalDate,
  cadence: Cadence,
  maxCatchUp = 35,
): LocalDate[] {
  const due: LocalDate[] = [];
  const earliest = addDays(today, -maxCatchUp);
  let day =
    lastEvaluated === null || lastEvaluated < earliest ? earliest : addDays(lastEvaluated, 1);
  for (; daysBetween(day, today) >= 0; day = addDays(day, 1)) {
    if (isEvaluationDay(day, cadence)) due.push(day);
  }
  return lastEvaluated === null ? due.slice(-1) : due;
}

/** The whole hours (UTC instants on the hour) due after `lastEvaluated` up to `now`, oldest first, at most maxCatchUp. */
export function dueHours(lastEvaluated: number | null, now: number, maxCatchUp = 48): number[] {
  const latest = Math.floor(now / HOUR_MS) * HOUR_MS;
  const first =
    lastEvaluated === null
      ? latest
      : Math.max(
          Math.floor(lastEvaluated / HOUR_MS) * HOUR_MS + HOUR_MS,
          latest - (maxCatchUp - 1) * HOUR_MS,
        );
  const due: number[] = [];
  for (let hour = first; hour <= latest; hour += HOUR_MS) due.push(hour);
  return due;
}
