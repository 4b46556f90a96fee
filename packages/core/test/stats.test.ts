// Special functions and distributions checked against SciPy 1.17 values.
import { describe, expect, it } from 'vitest';
import {
  negativeBinomialCdf,
  normalLowerP,
  normalTwoSidedP,
  studentLowerP,
  studentT975,
  studentTwoSidedP,
} from '../src/index';
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

describe('one-sided p-values', () => {
  it('normal lower tail: P(Z ≤ −2.326) ≈ 0.01, P(Z ≤ 1) ≈ 0.8413', () => {
    expect(normalLowerP(-2.326)).toBeCloseTo(0.01000928, 7);
    expect(normalLowerP(-3.5)).toBeCloseTo(0.000232629, 8);
    expect(normalLowerP(1)).toBeCloseTo(0.8413447, 6);
    expect(normalLowerP(0)).toBeCloseTo(0.5, 7);
  });

  it('Student t lower tail on both sides of 0, fractional df', () => {
    expect(studentLowerP(-2.5, 7.3)).toBeCloseTo(0.01982512, 7);
    expect(studentLowerP(1.2, 4.5)).toBeCloseTo(0.8552614, 6);
    expect(studentLowerP(-4, 30)).toBeCloseTo(0.000190923, 8);
    expect(studentLowerP(Number.NEGATIVE_INFINITY, 3)).toBe(0);
  });

  it('negative binomial CDF by mean and size (SciPy nbinom with n = size, p = size/(size + mean))', () => {
    expect(negativeBinomialCdf(3, 20, 80)).toBeCloseTo(1.5107956e-5, 10);
    expect(negativeBinomialCdf(0, 9, 4.5)).toBeCloseTo(0.00712778, 7);
    expect(negativeBinomialCdf(12, 10, 2.5)).toBeCloseTo(0.7055779, 6);
    expect(negativeBinomialCdf(-1, 10, 2.5)).toBe(0);
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
