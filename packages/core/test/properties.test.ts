// Property-based checks over random distributions (fast-check): the algebra
// that lets rollups stand in for raw rows, and the bounds every metric keeps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareDistributions,
  distributionOf,
  mergeDistributions,
  SCALES,
  SURVEY_TYPES,
  type SurveyType,
  scaleSize,
  summarize,
} from '../src/index';

const RUNS = 500;

const distribution = (type: SurveyType, maxCount = 1000) =>
  fc.array(fc.nat(maxCount), { minLength: scaleSize(type), maxLength: scaleSize(type) });

const rawScores = (type: SurveyType) =>
  fc.array(fc.integer({ min: SCALES[type].min, max: SCALES[type].max }), { maxLength: 300 });

/**
 * Counts that are mostly 0 or tiny, so n = 1, all answers on one point and
 * other degenerate shapes come up often, with a few large counts among them.
 */
const sparseDistribution = (type: SurveyType) =>
  fc
    .array(
      fc.oneof(
        { arbitrary: fc.constant(0), weight: 4 },
        { arbitrary: fc.integer({ min: 1, max: 3 }), weight: 2 },
        { arbitrary: fc.nat(1_000_000), weight: 1 },
      ),
      { minLength: scaleSize(type), maxLength: scaleSize(type) },
    )
    .filter((counts) => counts.some((count) => count > 0));
const surveyType = fc.constantFrom(...SURVEY_TYPES);

/** True when no number anywhere in the value is NaN or infinite. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

describe('merging distributions', () => {
  it('is associative and order-free', () => {
    fc.assert(
      fc.property(
        surveyType.chain((type) =>
          fc.tuple(distribution(type), distribution(type), distribution(type)),
        ),
        ([a, b, c]) => {
          const left = mergeDistributions(mergeDistributions(a, b), c);
          expect(mergeDistributions(a, mergeDistributions(b, c))).toEqual(left);
          expect(mergeDistributions(c, a, b)).toEqual(left);
          expect(mergeDistributions(b, c, a)).toEqual(left);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('metrics of a merge equal metrics of the concatenated raw scores', () => {
    fc.assert(
      fc.property(
        surveyType.chain((type) =>
          fc.tuple(fc.constant(type), fc.array(rawScores(type), { minLength: 1, maxLength: 6 })),
        ),
        ([type, parts]) => {
          const merged = mergeDistributions(
            ...(parts.map((scores) => distributionOf(type, scores)) as [number[], ...number[][]]),
          );
          const concatenated = distributionOf(type, parts.flat());
          expect(summarize(type, merged)).toEqual(summarize(type, concatenated));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('refuses to merge distributions of different scales', () => {
    expect(() =>
      mergeDistributions(distributionOf('nps', [1]), distributionOf('csat', [1])),
    ).toThrow(RangeError);
  });
});

describe('metric bounds', () => {
  it('NPS: score in [−100, 100], interval ordered and inside [−100, 100], percents sum to 100', () => {
    fc.assert(
      fc.property(distribution('nps'), (counts) => {
        const r = summarize('nps', counts);
        if (r.metric !== 'nps') throw new Error('wrong metric');
        expect(allFinite(r)).toBe(true);
        if (r.n === 0) return;
        expect(r.score).toBeGreaterThanOrEqual(-100);
        expect(r.score).toBeLessThanOrEqual(100);
        const [lo, hi] = r.ci95 ?? [Number.NaN, Number.NaN];
        expect(lo).toBeLessThanOrEqual(hi);
        expect(lo).toBeGreaterThanOrEqual(-100);
        expect(hi).toBeLessThanOrEqual(100);
        const total =
          (r.promoters.percent ?? 0) + (r.passives.percent ?? 0) + (r.detractors.percent ?? 0);
        expect(total).toBeCloseTo(100, 9);
      }),
      { numRuns: RUNS },
    );
  });

  it('CSAT: 0 ≤ low ≤ score ≤ high ≤ 100 and 1 ≤ mean ≤ 5', () => {
    fc.assert(
      fc.property(distribution('csat'), (counts) => {
        const r = summarize('csat', counts);
        if (r.metric !== 'csat') throw new Error('wrong metric');
        expect(allFinite(r)).toBe(true);
        if (r.n === 0) return;
        const [lo, hi] = r.ci95 ?? [Number.NaN, Number.NaN];
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(lo).toBeLessThanOrEqual((r.score as number) + 1e-9);
        expect(hi).toBeGreaterThanOrEqual((r.score as number) - 1e-9);
        expect(hi).toBeLessThanOrEqual(100);
        expect(r.mean).toBeGreaterThanOrEqual(1);
        expect(r.mean).toBeLessThanOrEqual(5);
      }),
      { numRuns: RUNS },
    );
  });

  it('no metric has a zero-width interval once there is an answer (n ≥ 1, any distribution)', () => {
    fc.assert(
      fc.property(
        surveyType.chain((type) => fc.tuple(fc.constant(type), sparseDistribution(type))),
        ([type, counts]) => {
          const { ci95 } = summarize(type, counts);
          expect(ci95).not.toBeNull();
          const [low, high] = ci95 ?? [0, 0];
          expect(high - low).toBeGreaterThan(0);
        },
      ),
      { numRuns: 3 * RUNS },
    );
  });

  it('CES: mean in [1, 7] and inside its interval, percentAgree in [0, 100]', () => {
    fc.assert(
      fc.property(fc.oneof(distribution('ces'), sparseDistribution('ces')), (counts) => {
        const r = summarize('ces', counts);
        if (r.metric !== 'ces') throw new Error('wrong metric');
        expect(allFinite(r)).toBe(true);
        if (r.n === 0) return;
        const mean = r.score as number;
        expect(mean).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(mean).toBeLessThanOrEqual(7 + 1e-9);
        const [lo, hi] = r.ci95 ?? [Number.NaN, Number.NaN];
        expect(lo).toBeGreaterThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(mean + 1e-9);
        expect(hi).toBeGreaterThanOrEqual(mean - 1e-9);
        expect(hi).toBeLessThanOrEqual(7);
        expect(r.percentAgree).toBeGreaterThanOrEqual(0);
        expect(r.percentAgree).toBeLessThanOrEqual(100);
      }),
      { numRuns: RUNS },
    );
  });

  it('comparisons: p in [0, 1] only with an interval of positive width, which contains the difference; swapping periods negates it', () => {
    const anyDistribution = (type: SurveyType) =>
      fc.oneof(distribution(type), sparseDistribution(type));
    fc.assert(
      fc.property(
        surveyType.chain((type) =>
          fc.tuple(fc.constant(type), anyDistribution(type), anyDistribution(type)),
        ),
        ([type, current, previous]) => {
          const forward = compareDistributions(type, current, previous);
          const backward = compareDistributions(type, previous, current);
          expect(allFinite(forward)).toBe(true);
          if (forward.p !== null) {
            // A p-value needs variance to test against (no p = 0 from zero variance).
            const [low, high] = forward.deltaCi95 ?? [0, 0];
            expect(high - low).toBeGreaterThan(0);
            expect(forward.p).toBeGreaterThanOrEqual(0);
            expect(forward.p).toBeLessThanOrEqual(1);
            expect(backward.p).toBeCloseTo(forward.p, 9);
          }
          if (forward.delta !== null && forward.deltaCi95) {
            expect(forward.deltaCi95[0]).toBeLessThanOrEqual(forward.delta + 1e-9);
            expect(forward.deltaCi95[1]).toBeGreaterThanOrEqual(forward.delta - 1e-9);
            expect(backward.delta).toBeCloseTo(-forward.delta, 9);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
