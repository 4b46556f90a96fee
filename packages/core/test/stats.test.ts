// Special functions and distributions checked against SciPy 1.17 values.
import { describe, expect, it } from 'vitest';
import { normalTwoSidedP, studentT975, studentTwoSidedP } from '../src/index';
import { erfc, regularizedBeta } from '../src/stats/special';

describe('studentT975', () => {
  it.each([
    [1, 12.706205],
    [2, 4.302653],
    [5, 2.570582],
    [10, 2.228139],
    [30, 2.042272],
    [39, 2.022691],
    [100, 1.983972],
    [1000, 1.962339],
  ])('df = %i → %f', (df, expected) => {
    expect(studentT975(df)).toBeCloseTo(expected, 5);
  });

  it('rejects non-positive degrees of freedom', () => {
    expect(() => studentT975(0)).toThrow(RangeError);
  });
});

describe('p-values', () => {
  it('two-sided normal p of 1.96 is 0.05 and of 3 is 0.0027', () => {
    expect(normalTwoSidedP(1.96)).toBeCloseTo(0.0499958, 6);
    expect(normalTwoSidedP(-3)).toBeCloseTo(0.0026998, 6);
    expect(normalTwoSidedP(0)).toBe(1);
  });

  it('two-sided t p with fractional df (Welch)', () => {
    expect(studentTwoSidedP(2.5, 7.3)).toBeCloseTo(0.0396502, 6);
    expect(studentTwoSidedP(Number.POSITIVE_INFINITY, 3)).toBe(0);
  });
});

describe('special functions', () => {
  it('erfc', () => {
    expect(erfc(0.5)).toBeCloseTo(0.4795001, 6);
    expect(erfc(2.5)).toBeCloseTo(0.000406952, 8);
    expect(erfc(-1)).toBeCloseTo(1.8427008, 6);
  });

  it('regularized incomplete beta', () => {
    expect(regularizedBeta(0.3, 2.5, 0.5)).toBeCloseTo(0.0189271, 7);
    expect(regularizedBeta(0.9, 50, 0.5)).toBeCloseTo(0.00120415, 8);
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });
});
