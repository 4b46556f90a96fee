// coverRange tiles a range exactly with day, hour and quarter slots plus raw
// edges — checked by property against millisecond-exact coverage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverRange, GRAINS } from '../src/store/rollup-grains';

const MS: Record<number, number> = Object.fromEntries(GRAINS.map((g) => [g.grain, g.ms]));
const ms = (grain: number) => MS[grain] as number;

describe('coverRange', () => {
  it('covers a long aligned range with days, and its ragged edges with hours and quarters', () => {
    const from = Date.UTC(2026, 0, 1, 18, 30); // Kolkata midnight
    const to = Date.UTC(2026, 0, 5, 18, 30);
    const cover = coverRange(from, to);
    expect(cover.raw).toEqual([]);
    expect(cover.rollups.map((r) => [r.grain, (r.to - r.from) / ms(r.grain)])).toEqual([
      [0, 2],
      [0, 2],
      [1, 5],
      [1, 18],
      [2, 3],
    ]);
  });

  it('is exact: every instant of [from, to) is covered once, nothing outside', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 * day }),
        fc.integer({ min: 0, max: 40 * day }),
        (x, y) => {
          const [from, to] = x <= y ? [x, y] : [y, x];
          const cover = coverRange(from, to);
          const pieces: Array<{ from: number; to: number; ms?: number }> = [
            ...cover.raw,
            ...cover.rollups.map((r) => ({ from: r.from, to: r.to, ms: ms(r.grain) })),
          ].sort((p, q) => p.from - q.from);
          // Contiguous tiling of [from, to).
          let at = from;
          for (const piece of pieces) {
            expect(piece.from).toBe(at);
            if (piece.ms) {
              expect(piece.from % piece.ms).toBe(0);
              expect(piece.to % piece.ms).toBe(0);
            }
            at = piece.to;
          }
          expect(at).toBe(to);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
