// The score-drop test: one-sided p-values checked against SciPy, the
// minimum number of answers, the windows (and the baseline kept while an
// episode is open), and Benjamini–Hochberg across segments.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDistributions,
  distributionOf,
  evaluateScoreDrop,
  NO_EPISODE,
  SCORE_DROP_DEFAULTS,
  type ScoreDropTest,
  SURVEY_TYPES,
  type SurveyType,
  scaleSize,
  scoreDropSignals,
  scoreDropTest,
  scoreDropWindows,
} from '../../src/index';

const anyN = { minAnswers: 1 };

describe('scoreDropTest', () => {
  it('NPS: the lower tail of the trinomial z (SciPy norm.cdf)', () => {
    const recent = [0, 0, 0, 50, 0, 0, 0, 0, 150, 0, 200];
    const baseline = [0, 0, 0, 6, 0, 0, 0, 0, 13, 0, 32];
    const test = scoreDropTest('nps', recent, baseline, anyN);
    expect(test.delta).toBeCloseTo(-13.480392, 5);
    expect(test.p).toBeCloseTo(0.0965092, 6);
    expect([test.recentN, test.baselineN]).toEqual([400, 51]);
  });

  it('CSAT: the lower tail of the two-proportion z, 70 % against 80 % satisfied', () => {
    const test = scoreDropTest('csat', [10, 10, 10, 40, 30], [10, 5, 5, 40, 40], anyN);
    expect(test.delta).toBeCloseTo(-10, 10);
    expect(test.p).toBeCloseTo(0.0500891, 6);
  });

  it("CES: Welch's t, one-sided (SciPy ttest_ind(equal_var=False, alternative='less'))", () => {
    const test = scoreDropTest('ces', [3, 4, 5, 6, 8, 6, 3], [1, 2, 3, 4, 10, 12, 8], anyN);
    expect(test.delta).toBeCloseTo(-1, 10);
    expect(test.p).toBeCloseTo(0.00571687, 7);
  });

  it('a higher recent score gives a p above one half: it is not a drop', () => {
    const test = scoreDropTest('csat', [10, 5, 5, 40, 40], [10, 10, 10, 40, 30], anyN);
    expect(test.p).toBeCloseTo(1 - 0.0500891, 6);
  });

  it('is half the two-sided p of the period comparison, on the side of the difference', () => {
    const counts = (type: SurveyType) =>
      fc.array(fc.nat(60), { minLength: scaleSize(type), maxLength: scaleSize(type) });
    fc.assert(
      fc.property(
        fc
          .constantFrom(...SURVEY_TYPES)
          .chain((type) => fc.tuple(fc.constant(type), counts(type), counts(type))),
        ([type, recent, baseline]) => {
          const one = scoreDropTest(type, recent, baseline, anyN);
          const two = compareDistributions(type, recent, baseline);
          if (one.p === null || two.p === null || two.delta === null) return;
          const expected = two.delta < 0 ? two.p / 2 : 1 - two.p / 2;
          expect(one.p).toBeCloseTo(expected, 9);
        },
      ),
    );
  });

  it('does not test with fewer than minAnswers in either window', () => {
    const twenty = distributionOf(
      'nps',
      Array.from({ length: 20 }, (_, i) => i % 11),
    );
    const nineteen = distributionOf(
      'nps',
      Array.from({ length: 19 }, (_, i) => i % 11),
    );
    expect(scoreDropTest('nps', twenty, twenty).p).not.toBeNull();
    expect(scoreDropTest('nps', nineteen, twenty)).toMatchObject({ recentN: 19, p: null });
    expect(scoreDropTest('nps', twenty, nineteen)).toMatchObject({ baselineN: 19, p: null });
  });

  it('does not claim p = 0 when neither window varies', () => {
    const allSix = distributionOf('nps', new Array(30).fill(6));
    const allTen = distributionOf('nps', new Array(30).fill(10));
    expect(scoreDropTest('nps', allSix, allTen)).toEqual({
      recentN: 30,
      baselineN: 30,
      delta: -200,
      p: null,
    });
  });
});

describe('scoreDropWindows', () => {
  it('compares the 7 days before the window end with the 28 days before those', () => {
    expect(scoreDropWindows('2026-03-08', null)).toEqual({
      recent: { from: '2026-03-01', to: '2026-03-08' },
      baseline: { from: '2026-02-01', to: '2026-03-01' },
    });
  });

  it('keeps the baseline that opened the episode while it is open', () => {
    expect(scoreDropWindows('2026-03-20', '2026-03-08')).toEqual({
      recent: { from: '2026-03-13', to: '2026-03-20' },
      baseline: { from: '2026-02-01', to: '2026-03-01' },
    });
  });
});

describe('scoreDropSignals', () => {
  const test = (p: number | null): ScoreDropTest => ({ recentN: 50, baselineN: 200, delta: -1, p });

  it('breach below α, normal at or above clearP, unclear between or untested', () => {
    expect(scoreDropSignals([test(0.009)])).toEqual(['breach']);
    expect(scoreDropSignals([test(0.01)])).toEqual(['unclear']);
    expect(scoreDropSignals([test(0.19)])).toEqual(['unclear']);
    expect(scoreDropSignals([test(0.2)])).toEqual(['normal']);
    expect(scoreDropSignals([test(null)])).toEqual(['unclear']);
  });

  it('across segments, breaches by the Benjamini–Hochberg adjusted p', () => {
    // Alone each of 0.002, 0.004 and 0.008 is below 0.01; among four segments
    // only the two smallest survive BH (0.002·4/1, 0.004·4/2 < 0.01 < 0.008·4/3).
    expect(scoreDropSignals([test(0.5), test(0.008), test(0.002), test(0.004)])).toEqual([
      'normal',
      'unclear',
      'breach',
      'breach',
    ]);
  });
});

describe('evaluateScoreDrop', () => {
  it('tests each subject, signals across them and advances each one’s episode', () => {
    const baseline = distributionOf('csat', [...new Array(160).fill(5), ...new Array(40).fill(1)]);
    const dropped = distributionOf('csat', [...new Array(25).fill(5), ...new Array(25).fill(1)]);
    const steady = distributionOf('csat', [...new Array(40).fill(5), ...new Array(10).fill(1)]);
    const settings = { ...SCORE_DROP_DEFAULTS, openAfter: 1 };
    const results = evaluateScoreDrop(
      'csat',
      '2026-03-08',
      [
        { subject: 'r|device=mobile', state: NO_EPISODE, recent: dropped, baseline },
        { subject: 'r|device=desktop', state: NO_EPISODE, recent: steady, baseline },
      ],
      settings,
    );
    expect(results.map((r) => r.signal)).toEqual(['breach', 'normal']);
    expect(results[0]?.events.map((e) => e.key)).toEqual(['r|device=mobile@2026-03-08#triggered']);
    expect(results[0]?.state.openedAt).toBe('2026-03-08');
    expect(results[1]?.events).toEqual([]);
  });
});
