// The reference values from issue #2, computed independently of this code.
// Each metric is checked at 2 decimals, as koe reports it.
import { describe, expect, it } from 'vitest';
import { cesOf, csatOf, distributionOf, npsOf } from '../src/index';

const round2 = (x: number | null | undefined) => (x == null ? x : Math.round(x * 100) / 100);
const round3 = (x: number | null | undefined) => (x == null ? x : Math.round(x * 1000) / 1000);

/** An NPS distribution with the given promoter/passive/detractor counts. */
function nps(promoters: number, passives: number, detractors: number): number[] {
  const counts = new Array(11).fill(0);
  counts[10] = promoters;
  counts[8] = passives;
  counts[3] = detractors;
  return counts;
}

describe('NPS (adjusted-Wald interval, Rocks 2016)', () => {
  it.each([
    [32, 13, 6, 50.98, [29.29, 67.0]],
    [200, 150, 50, 37.5, [30.42, 44.02]],
    [7, 2, 11, -20.0, [-54.34, 19.56]],
    [1, 0, 0, 100.0, [-48.5, 98.5]],
  ])('P/Pa/D = %i/%i/%i → score %d, ci95 %j', (p, pa, d, score, ci) => {
    const result = npsOf(nps(p, pa, d));
    expect(result.n).toBe(p + pa + d);
    expect(round2(result.score)).toBe(score);
    expect(result.ci95?.map(round2)).toEqual(ci);
  });

  it('reports promoter, passive and detractor counts and percents', () => {
    const result = npsOf(nps(32, 13, 6));
    expect(result.promoters).toEqual({ count: 32, percent: (100 * 32) / 51 });
    expect(result.passives).toEqual({ count: 13, percent: (100 * 13) / 51 });
    expect(result.detractors).toEqual({ count: 6, percent: (100 * 6) / 51 });
  });

  it('puts 0–6 in detractors, 7–8 in passives and 9–10 in promoters', () => {
    const result = npsOf(distributionOf('nps', [0, 6, 7, 8, 9, 10]));
    expect([result.detractors.count, result.passives.count, result.promoters.count]).toEqual([
      2, 2, 2,
    ]);
  });
});

describe('CSAT (top-2-box with Wilson interval)', () => {
  it('distribution 2,3,5,20,30 → 83.33 %, Wilson [71.97, 90.69], mean 4.217', () => {
    const result = csatOf([2, 3, 5, 20, 30]);
    expect(result.n).toBe(60);
    expect(round2(result.score)).toBe(83.33);
    expect(result.ci95?.map(round2)).toEqual([71.97, 90.69]);
    expect(round3(result.mean)).toBe(4.217);
  });
});

describe('CES (mean with the adjusted-Wald interval: one pseudo-answer at 1 and at 7)', () => {
  // Until the coverage study the interval was the t interval, [4.708, 5.692] here; the
  // pseudo-answers pull it slightly toward 4 and widen it (docs/statistics.md).
  it('distribution 1,2,3,4,10,12,8 → mean 5.200, ci95 [4.640, 5.645], agree 75.00 %', () => {
    const result = cesOf([1, 2, 3, 4, 10, 12, 8]);
    expect(result.n).toBe(40);
    expect(round3(result.score)).toBe(5.2);
    expect(result.ci95?.map(round3)).toEqual([4.64, 5.645]);
    expect(round2(result.percentAgree)).toBe(75);
  });

  it.each([
    ['three answers of 3', [0, 0, 3, 0, 0, 0, 0], 3, [1.48, 5.32]],
    ['one answer of 7', [0, 0, 0, 0, 0, 0, 1], 7, [1.08, 7]],
    ['1,000 answers of 7', [0, 0, 0, 0, 0, 0, 1000], 7, [6.982, 7]],
    ['five 1s and five 7s', [5, 0, 0, 0, 0, 0, 5], 4, [2.227, 5.773]],
  ])('%s → mean %d, ci95 %j: never zero width', (_, counts, mean, ci) => {
    const result = cesOf(counts);
    expect(result.score).toBe(mean);
    expect(result.ci95?.map(round3)).toEqual(ci);
  });
});
