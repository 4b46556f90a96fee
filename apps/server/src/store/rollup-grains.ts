// The grains of response_rollups and how a time range is covered by them.
// Every IANA zone's offset is a multiple of 15 minutes, so local calendar
// boundaries are always whole quarter-hours; a range is split into whole
// days, whole hours at the day edges, quarter-hours at the hour edges, and
// (only when `from`/`to` are not quarter-aligned) raw rows at the very edges.
export const GRAINS = [
  { grain: 0, ms: 15 * 60_000 },
  { grain: 1, ms: 3_600_000 },
  { grain: 2, ms: 86_400_000 },
] as const;

/** [from, to) of a range in ms, an open end replaced by the widest safe integer. */
export const bounds = (range: { from?: number; to?: number }) =>
  [range.from ?? Number.MIN_SAFE_INTEGER, range.to ?? Number.MAX_SAFE_INTEGER] as const;

export const slotStart = (time: number, ms: number) => time - (((time % ms) + ms) % ms);

export interface RollupRange {
  grain: number;
  /** First slot start included. */
  from: number;
  /** First slot start excluded. */
  to: number;
}

export interface Cover {
  rollups: RollupRange[];
  /** Edges not aligned to a quarter-hour, read from raw rows. */
  raw: Array<{ from: number; to: number }>;
}

const ceilTo = (time: number, ms: number) => slotStart(time + ms - 1, ms);

/** Covers [from, to) with as few rollup slots as possible. */
export function coverRange(from: number, to: number): Cover {
  const cover: Cover = { rollups: [], raw: [] };
  if (from >= to) return cover;
  const [quarter, hour, day] = GRAINS.map((g) => g.ms) as [number, number, number];
  const a = ceilTo(from, quarter);
  const b = slotStart(to, quarter);
  if (a >= b) {
    cover.raw.push({ from, to });
    return cover;
  }
  if (from < a) cover.raw.push({ from, to: a });
  if (b < to) cover.raw.push({ from: b, to });
  const add = (grain: number, lo: number, hi: number) => {
    if (lo >= hi) return;
    // A range with no whole day (or hour) inside is two adjacent ones of the
    // finer grain: keep it one range, one index seek (a Tokyo day is 15 + 9 hours).
    const joined = cover.rollups.find((r) => r.grain === grain && r.to === lo);
    if (joined) joined.to = hi;
    else cover.rollups.push({ grain, from: lo, to: hi });
  };
  const ha = Math.min(ceilTo(a, hour), b);
  const hb = Math.max(slotStart(b, hour), ha);
  add(0, a, ha);
  add(0, hb, b);
  const da = Math.min(ceilTo(ha, day), hb);
  const db = Math.max(slotStart(hb, day), da);
  add(1, ha, da);
  add(1, db, hb);
  add(2, da, db);
  return cover;
}
