// Reason analysis: the score as a mean of answer values, the impact of a
// reason (hand-checked, a property against raw answers, and the coverage of
// its interval by simulation), shares and their change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseReason,
  answerValues,
  meanValue,
  reasonImpact,
  SURVEY_TYPES,
  type SurveyType,
  scaleSize,
  shareChange,
  summarize,
} from '../src/index';

const surveyType = fc.constantFrom(...SURVEY_TYPES);

/** A distribution and a part of it (the answers citing a reason). */
const allAndCiting = (type: SurveyType) =>
  fc
    .array(fc.tuple(fc.nat(60), fc.nat(60)), {
      minLength: scaleSize(type),
      maxLength: scaleSize(type),
    })
    .map((pairs) => ({
      citing: pairs.map(([c]) => c),
      all: pairs.map(([c, r]) => c + r),
    }));

describe('meanValue', () => {
  it('is the score of every metric (NPS points, CSAT percent, CES mean)', () => {
    fc.assert(
      fc.property(
        surveyType.chain((type) =>
          fc.tuple(
            fc.constant(type),
            fc.array(fc.nat(50), { minLength: scaleSize(type), maxLength: scaleSize(type) }),
          ),
        ),
        ([type, distribution]) => {
          const score = summarize(type, distribution).score;
          const mean = meanValue(type, distribution);
          if (score === null) expect(mean).toBeNull();
          else expect(mean).toBeCloseTo(score, 9);
        },
      ),
    );
  });

  it('gives NPS +100 / 0 / −100 and CSAT 100 for 4–5', () => {
    expect(answerValues('nps')).toEqual([-100, -100, -100, -100, -100, -100, -100, 0, 0, 100, 100]);
    expect(answerValues('csat')).toEqual([0, 0, 0, 100, 100]);
    expect(answerValues('ces')).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('reasonImpact', () => {
  it('hand-checked: 4 detractors cite it, 3 promoters and 3 passives do not → +60 points', () => {
    // All: (3·100 − 4·100)/10 = −10. Without the citers' low scores: 300/6 = 50.
    const all = [0, 0, 4, 0, 0, 0, 0, 3, 0, 0, 3];
    const citing = [0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0];
    const impact = reasonImpact('nps', all, citing);
    expect(impact.points).toBeCloseTo(60, 9);
    const [low, high] = impact.ci95 as [number, number];
    expect(low).toBeLessThan(60);
    expect(high).toBeGreaterThan(60);
  });

  it('is S_rest − S_all, computed from the raw answers', () => {
    fc.assert(
      fc.property(
        surveyType.chain((type) => fc.tuple(fc.constant(type), allAndCiting(type))),
        ([type, { all, citing }]) => {
          const rest = all.map((n, i) => n - (citing[i] as number));
          const values = answerValues(type);
          const raw = (d: number[]) => d.flatMap((n, i) => Array(n).fill(values[i]));
          const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
          const impact = reasonImpact(type, all, citing);
          if (raw(rest).length === 0) return expect(impact.points).toBeNull();
          expect(impact.points).toBeCloseTo(mean(raw(rest)) - mean(raw(all)), 9);
          if (impact.ci95) {
            expect(impact.ci95[0]).toBeLessThanOrEqual(impact.points as number);
            expect(impact.ci95[1]).toBeGreaterThanOrEqual(impact.points as number);
          }
        },
      ),
    );
  });

  it('its 95 % interval covers the true impact about 95 % of the time (n = 400)', () => {
    // True population: 30 % cite the reason; citers' NPS −40, the rest's +40.
    // True impact: 0.3 · (40 − (−40)) = 24 points.
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const draw = (cites: boolean) => {
      const u = random();
      // citers: 60 % detractors (2), 20 % passives (7), 20 % promoters (10)
      // rest:   20 % detractors, 20 % passives, 60 % promoters
      const [d, p] = cites ? [0.6, 0.8] : [0.2, 0.4];
      return u < d ? 2 : u < p ? 7 : 10;
    };
    let covered = 0;
    const replications = 2000;
    for (let r = 0; r < replications; r++) {
      const all = new Array(11).fill(0);
      const citing = new Array(11).fill(0);
      for (let i = 0; i < 400; i++) {
        const cites = random() < 0.3;
        const score = draw(cites);
        all[score]++;
        if (cites) citing[score]++;
      }
      const { ci95 } = reasonImpact('nps', all, citing);
      if (ci95 && ci95[0] <= 24 && 24 <= ci95[1]) covered++;
    }
    const coverage = covered / replications;
    expect(coverage).toBeGreaterThan(0.93);
    expect(coverage).toBeLessThan(0.97);
  });

  it('is null when every answer cites the reason, 0 without an interval when none does', () => {
    expect(reasonImpact('csat', [0, 0, 2, 0, 3], [0, 0, 2, 0, 3])).toEqual({
      points: null,
      ci95: null,
    });
    expect(reasonImpact('csat', [0, 0, 2, 0, 3], [0, 0, 0, 0, 0])).toEqual({
      points: 0,
      ci95: null,
    });
  });
});

describe('shares', () => {
  it('counts the share overall and within each bucket, with intervals', () => {
    const all = [0, 0, 4, 0, 0, 0, 0, 3, 0, 0, 3];
    const citing = [0, 0, 2, 0, 0, 0, 0, 1, 0, 0, 0];
    const analysis = analyseReason('nps', all, citing);
    expect(analysis.share).toMatchObject({ count: 3, n: 10, percent: 30 });
    expect(analysis.byBucket.detractor).toMatchObject({ count: 2, n: 4, percent: 50 });
    expect(analysis.byBucket.passive).toMatchObject({ count: 1, n: 3 });
    expect(analysis.byBucket.promoter).toMatchObject({ count: 0, n: 3, percent: 0 });
    expect(analysis.byBucket.promoter.ci95?.[1]).toBeGreaterThan(0);
    expect(analysis.score.n).toBe(3);
  });

  it('tests a change of share with two proportions (textbook: 30/100 vs 15/100)', () => {
    const change = shareChange(
      { count: 30, n: 100, percent: 30, ci95: null },
      { count: 15, n: 100, percent: 15, ci95: null },
    );
    expect(change.delta).toBeCloseTo(15, 9);
    // Pooled p̂ = 0.225, SE = √(0.225·0.775·0.02) = 0.05906, z = 2.540, p = 0.0111.
    expect(change.p).toBeCloseTo(0.0111, 3);
    expect(change.deltaCi95?.[0]).toBeGreaterThan(0);
  });

  it('gives no p-value when neither period varies', () => {
    const none = { count: 0, n: 50, percent: 0, ci95: null };
    expect(shareChange(none, none)).toMatchObject({ delta: 0, p: null });
  });
});
