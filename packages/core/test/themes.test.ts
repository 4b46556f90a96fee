// Terms of a comment (words and two-word phrases, in any script) and the
// weighted log-odds ranking that finds what sets one group's comments apart.
import { describe, expect, it } from 'vitest';
import { distinctiveTerms, type TermCount, termsOf } from '../src/index';

describe('termsOf', () => {
  it.each([
    ['配送が遅いです', ['配送', '遅い']],
    ['The delivery was very slow.', ['delivery', 'slow']],
    [
      'Slow delivery, rude support',
      ['slow', 'slow delivery', 'delivery', 'rude', 'rude support', 'support'],
    ],
    ['ＢＡＤ Service', ['bad', 'bad service', 'service']],
    ['返金対応', ['返金', '返金対応', '対応']],
    ['快递太慢了', ['快递', '快递太慢', '太慢']],
    ['I I I 42 a', []],
  ])('%s → %j', (comment, terms) => {
    expect(termsOf(comment).sort()).toEqual([...terms].sort());
  });

  it('counts a term once per comment however often it is repeated', () => {
    expect(termsOf('slow slow slow')).toEqual(['slow', 'slow slow']);
  });
});

/** Counts per term from lists of comments, the way the server keeps them. */
function countTerms(focus: string[], rest: string[]): TermCount[] {
  const counts = new Map<string, TermCount>();
  const add = (comment: string, group: 'focus' | 'rest') => {
    for (const term of termsOf(comment)) {
      const count = counts.get(term) ?? { term, focus: 0, rest: 0 };
      count[group]++;
      counts.set(term, count);
    }
  };
  for (const c of focus) add(c, 'focus');
  for (const c of rest) add(c, 'rest');
  return [...counts.values()];
}

describe('distinctiveTerms', () => {
  it('finds a planted word as the top detractor term (English)', () => {
    const common = ['the app works', 'nice design', 'fast checkout', 'good prices', 'app design'];
    const detractors = [
      ...Array.from({ length: 30 }, (_, i) => `${common[i % 5]} but the refund was refused`),
      ...common,
    ];
    const promoters = Array.from({ length: 60 }, (_, i) => `${common[i % 5]} overall`);
    const ranked = distinctiveTerms(
      countTerms(detractors, promoters),
      detractors.length,
      promoters.length,
    );
    expect(ranked[0]?.term).toMatch(/refund|refused/);
    expect(ranked[0]?.z).toBeGreaterThan(3);
    // Words everyone uses are not distinctive.
    const design = ranked.find((t) => t.term === 'design');
    expect(Math.abs(design?.z ?? 0)).toBeLessThan(1.96);
  });

  it('finds a planted word as the top detractor term (Japanese, no spaces)', () => {
    const common = ['アプリは使いやすい', 'デザインが良い', '品揃えが多い', '値段は普通'];
    const detractors = [
      ...Array.from({ length: 25 }, (_, i) => `${common[i % 4]}けど配送が遅い`),
      ...common,
    ];
    const promoters = Array.from({ length: 50 }, (_, i) => common[i % 4] as string);
    const ranked = distinctiveTerms(
      countTerms(detractors, promoters),
      detractors.length,
      promoters.length,
    );
    expect(['配送', '遅い']).toContain(ranked[0]?.term);
  });

  it('shrinks rare terms: twice in the focus group is not enough to lead', () => {
    const ranked = distinctiveTerms(
      [
        { term: 'rare', focus: 2, rest: 0 },
        { term: 'common', focus: 80, rest: 20 },
      ],
      100,
      100,
    );
    expect(ranked.map((t) => t.term)).toEqual(['common', 'rare']);
  });

  it('never gives NaN: a term in every comment sets nothing apart; one group alone has no rest', () => {
    expect(distinctiveTerms([{ term: 'app', focus: 10, rest: 10 }], 10, 10)).toEqual([]);
    expect(distinctiveTerms([{ term: 'app', focus: 5, rest: 0 }], 10, 0)).toEqual([]);
    const [only] = distinctiveTerms([{ term: 'slow', focus: 12, rest: 0 }], 22, 20);
    // α₀ = 42, α = 12: δ = ln((24/40)/(12/50)) = ln 2.5; σ² = 1/24 + 1/12.
    expect(only?.delta).toBeCloseTo(Math.log(2.5), 10);
    expect(only?.z).toBeCloseTo(Math.log(2.5) / Math.sqrt(1 / 24 + 1 / 12), 10);
  });
});
