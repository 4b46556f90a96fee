// Period comparisons checked against SciPy (Welch t-test, two-proportion z).
import { describe, expect, it } from 'vitest';
import { compareDistributions, distributionOf } from '../src/index';

describe('compareDistributions', () => {
  it('NPS: difference, interval and p from the unadjusted trinomial standard errors', () => {
    const current = [0, 0, 0, 50, 0, 0, 0, 0, 150, 0, 200];
    const previous = [0, 0, 0, 6, 0, 0, 0, 0, 13, 0, 32];
    const result = compareDistributions('nps', current, previous);
    expect(result.delta).toBeCloseTo(-13.480392, 5);
    expect(result.deltaCi95?.[0]).toBeCloseTo(-33.778105, 4);
    expect(result.deltaCi95?.[1]).toBeCloseTo(6.817321, 4);
    expect(result.p).toBeCloseTo(0.1930184, 5);
  });

  it('CSAT: difference of top-2-box proportions (80/100 vs 70/100)', () => {
    const result = compareDistributions('csat', [10, 5, 5, 40, 40], [10, 10, 10, 40, 30]);
    expect(result.delta).toBeCloseTo(10, 10);
    expect(result.deltaCi95?.[0]).toBeCloseTo(-1.9222146, 5);
    expect(result.deltaCi95?.[1]).toBeCloseTo(21.9222146, 5);
    expect(result.p).toBeCloseTo(0.1001783, 5);
  });

  it("CES: Welch's t-test on the means", () => {
    const result = compareDistributions('ces', [1, 2, 3, 4, 10, 12, 8], [3, 4, 5, 6, 8, 6, 3]);
    expect(result.delta).toBeCloseTo(1, 10);
    expect(result.deltaCi95?.[0]).toBeCloseTo(0.2324232, 5);
    expect(result.deltaCi95?.[1]).toBeCloseTo(1.7675768, 5);
    expect(result.p).toBeCloseTo(0.0114337, 5);
  });

  it.each([
    'nps',
    'csat',
    'ces',
  ] as const)('%s: no comparison when a period has no answers', (type) => {
    const some = distributionOf(type, type === 'nps' ? [9, 3] : [5, 1]);
    const none = distributionOf(type, []);
    const expected = { delta: null, deltaCi95: null, p: null };
    expect(compareDistributions(type, some, none)).toEqual(expected);
    expect(compareDistributions(type, none, some)).toEqual(expected);
  });

  it.each([
    ['nps', [10, 10, 9], [0, 1], 200],
    ['csat', [5, 4, 4], [1, 2, 3, 3], 100],
    ['ces', [3, 3, 3], [5, 5], -2],
  ] as const)('%s: the difference but no interval or p-value when neither period varies (%j vs %j)', (type, current, previous, delta) => {
    // Zero variance in both periods leaves nothing to test against: p = 0 would be a claim
    // of certainty that the answers cannot support.
    expect(
      compareDistributions(type, distributionOf(type, current), distributionOf(type, previous)),
    ).toEqual({ delta, deltaCi95: null, p: null });
  });

  it('CES needs two answers per period to estimate variance', () => {
    const result = compareDistributions(
      'ces',
      distributionOf('ces', [7]),
      distributionOf('ces', [1, 2]),
    );
    expect(result).toEqual({ delta: 5.5, deltaCi95: null, p: null });
  });
});
