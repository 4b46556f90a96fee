// Segment ranking: the pull of each segment on the overall score.
import { describe, expect, it } from 'vitest';
import { rankByPull } from '../src/segments';

describe('rankByPull', () => {
  const overall = { n: 10, score: 50, ci95: null, lowN: false };

  it('puts the biggest drag first and the pulls add up to zero', () => {
    const ranked = rankByPull(
      [
        { key: 'checkout', n: 6, score: 100, ci95: null, lowN: false },
        { key: 'support', n: 3, score: -33.333333333333336, ci95: null, lowN: false },
        { key: 'sign-up', n: 1, score: 0, ci95: null, lowN: false },
      ],
      overall,
    );
    expect(ranked.map((s) => s.key)).toEqual(['support', 'sign-up', 'checkout']);
    const pulls = ranked.map((s) => Math.round((s.pull ?? Number.NaN) * 1e9) / 1e9);
    expect(pulls).toEqual([-25, -5, 30]);
    expect(ranked.reduce((sum, s) => sum + (s.pull ?? 0), 0)).toBeCloseTo(0, 10);
  });

  it('weighs by size: a big lukewarm segment pulls more than a tiny angry one', () => {
    const ranked = rankByPull(
      [
        { key: 'tiny', n: 1, score: -100, ci95: null, lowN: false },
        { key: 'big', n: 8, score: 30, ci95: null, lowN: false },
      ],
      { n: 100, score: 50, ci95: null, lowN: false },
    );
    expect(ranked.map((s) => s.key)).toEqual(['big', 'tiny']);
  });

  it('lists segments without a score last, with no pull', () => {
    const ranked = rankByPull(
      [
        { key: null, n: 0, score: null, ci95: null, lowN: false },
        { key: 'a', n: 10, score: 50, ci95: null, lowN: false },
      ],
      overall,
    );
    expect(ranked.map((s) => [s.key, s.pull])).toEqual([
      ['a', 0],
      [null, null],
    ]);
  });
});
