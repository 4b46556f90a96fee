// When to try a failed delivery again: the Standard Webhooks schedule, from
// seconds to about a day in all, each delay varied by ±20 % so that many
// deliveries failing together do not all come back at once.

/** Delays after attempt 1, 2, …; a delivery is given up after the last one fails. */
export const DEFAULT_RETRY_DELAYS_MS = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];

/** The delay before the next attempt, or undefined when `attempt` was the last. */
export function nextDelay(
  attempt: number,
  delays: readonly number[],
  random: () => number = Math.random,
): number | undefined {
  const base = delays[attempt - 1];
  if (base === undefined) return undefined;
  return Math.round(base * (0.8 + 0.4 * random()));
}
