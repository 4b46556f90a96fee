// Summaries of the simulated runs: quantiles of delays (some never
// detected), shares, and intervals for rates of rare events.

/** The q-quantile (the value at rank ⌈q·n⌉) of values that may contain Infinity for "never". */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] as number;
}

export function shareAtMost(values: readonly number[], limit: number): number {
  return values.filter((v) => v <= limit).length / values.length;
}

/**
 * A 95% interval for a Poisson count k (events per run × runs), by Byar's
 * approximation to the exact (Garwood) interval, within about 1 % of it from
 * k = 5 on (Rothman & Boice 1979).
 */
export function poissonInterval(k: number): [number, number] {
  const z = 1.96;
  const low = k === 0 ? 0 : k * (1 - 1 / (9 * k) - z / (3 * Math.sqrt(k))) ** 3;
  const k1 = k + 1;
  const high = k1 * (1 - 1 / (9 * k1) + z / (3 * Math.sqrt(k1))) ** 3;
  return [low, high];
}
