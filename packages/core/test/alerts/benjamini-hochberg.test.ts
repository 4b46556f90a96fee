// Benjamini–Hochberg: the paper's example, R's adjusted values, and the
// properties that make it the right correction between "no correction" and
// Bonferroni.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg, benjaminiHochbergAdjusted } from '../../src/index';

/** The 15 p-values of Benjamini & Hochberg (1995, §4), from Neuhaus et al.'s myocardial infarction trial. */
const PAPER_EXAMPLE = [
  0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719,
  0.6528, 0.759, 1,
];

const pValues = fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(null)), {
  maxLength: 30,
});
const q = fc.double({ min: 0.001, max: 0.5, noNaN: true });

/** The step-up rule as the paper states it, to check the implementation against. */
function textbook(ps: readonly (number | null)[], level: number): boolean[] {
  const tested = ps.filter((p): p is number => p !== null).sort((a, b) => a - b);
  const m = tested.length;
  let k = 0;
  tested.forEach((p, i) => {
    if (p <= ((i + 1) * level) / m) k = i + 1;
  });
  const cutoff = k === 0 ? -1 : (tested[k - 1] as number);
  return ps.map((p) => p !== null && p <= cutoff);
}

describe('benjaminiHochberg', () => {
  it('rejects the first four hypotheses of the paper’s example at q = 0.05 (Bonferroni: three)', () => {
    const rejected = benjaminiHochberg(PAPER_EXAMPLE, 0.05);
    expect(rejected.filter(Boolean)).toHaveLength(4);
    expect(rejected.slice(0, 4)).toEqual([true, true, true, true]);
    expect(PAPER_EXAMPLE.filter((p) => p <= 0.05 / PAPER_EXAMPLE.length)).toHaveLength(3);
  });

  it('adjusts p-values as R’s p.adjust(p, "BH") does', () => {
    const adjusted = benjaminiHochbergAdjusted(PAPER_EXAMPLE);
    const expected = [
      0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.063857, 0.063857, 0.0645, 0.0765, 0.486, 0.581182,
      0.714875, 0.753231, 0.813214, 1,
    ];
    adjusted.forEach((value, i) => {
      expect(value).toBeCloseTo(expected[i] as number, 6);
    });
  });

  it('leaves a single p-value as it is', () => {
    expect(benjaminiHochbergAdjusted([0.004])).toEqual([0.004]);
  });

  it('ignores untested hypotheses (null): they stay null and do not count in m', () => {
    expect(benjaminiHochbergAdjusted([0.01, null, 0.04])).toEqual([0.02, null, 0.04]);
    expect(benjaminiHochberg([null, null], 0.05)).toEqual([false, false]);
  });

  it('agrees with the paper’s step-up rule', () => {
    fc.assert(
      fc.property(pValues, q, (ps, level) => {
        expect(benjaminiHochberg(ps, level)).toEqual(textbook(ps, level));
      }),
    );
  });

  it('rejects at least what Bonferroni rejects and at most what uncorrected tests reject', () => {
    fc.assert(
      fc.property(pValues, q, (ps, level) => {
        const m = ps.filter((p) => p !== null).length;
        const rejected = benjaminiHochberg(ps, level);
        ps.forEach((p, i) => {
          if (p !== null && p <= level / m) expect(rejected[i]).toBe(true);
          if (rejected[i]) expect(p).not.toBeNull();
          if (rejected[i]) expect(p as number).toBeLessThanOrEqual(level);
        });
      }),
    );
  });

  it('is monotone: a smaller p is rejected whenever a larger one is, and lowering a p loses no rejection', () => {
    fc.assert(
      fc.property(
        pValues,
        q,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (ps, level, pick, factor) => {
          const rejected = benjaminiHochberg(ps, level);
          ps.forEach((p, i) => {
            ps.forEach((other, j) => {
              if (p !== null && other !== null && p <= other && rejected[j])
                expect(rejected[i]).toBe(true);
            });
          });
          if (ps.length === 0) return;
          const index = pick % ps.length;
          const lowered = ps.map((p, i) => (i === index && p !== null ? p * factor : p));
          const after = benjaminiHochberg(lowered, level);
          rejected.forEach((was, i) => {
            if (was) expect(after[i]).toBe(true);
          });
        },
      ),
    );
  });

  it('gives adjusted values between the raw p and 1, in the same order as the p-values', () => {
    fc.assert(
      fc.property(pValues, (ps) => {
        const adjusted = benjaminiHochbergAdjusted(ps);
        ps.forEach((p, i) => {
          const a = adjusted[i];
          if (p === null) {
            expect(a).toBeNull();
            return;
          }
          expect(a as number).toBeGreaterThanOrEqual(p);
          expect(a as number).toBeLessThanOrEqual(1);
          ps.forEach((other, j) => {
            if (other !== null && p < other)
              expect(a as number).toBeLessThanOrEqual(adjusted[j] as number);
          });
        });
      }),
    );
  });

  it('keeps the false discovery rate at most q·m₀/m with independent tests (seeded Monte Carlo)', () => {
    // 20 hypotheses, 15 true (uniform p) and 5 false (p concentrated near 0).
    let state = 12345;
    const uniform = () => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return state / 2 ** 32;
    };
    const replications = 4000;
    const level = 0.1;
    let fdrSum = 0;
    for (let r = 0; r < replications; r++) {
      const ps = Array.from({ length: 20 }, (_, i) => (i < 15 ? uniform() : uniform() ** 6 / 50));
      const rejected = benjaminiHochberg(ps, level);
      const total = rejected.filter(Boolean).length;
      const falses = rejected.slice(0, 15).filter(Boolean).length;
      fdrSum += total === 0 ? 0 : falses / total;
    }
    // Theorem 1 of the paper: FDR ≤ m₀/m · q = 0.075; the standard error here is below 0.004.
    expect(fdrSum / replications).toBeLessThan(0.075 + 0.01);
  });
});
