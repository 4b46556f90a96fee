// With no answers every metric says so plainly: nulls, never NaN, Infinity or
// a made-up zero. From one answer on there is always an interval.
import { describe, expect, it } from 'vitest';
import { emptyDistribution, LOW_N_THRESHOLDS, SURVEY_TYPES, summarize } from '../src/index';

describe('metrics at n = 0', () => {
  it('NPS has a clear no-data shape', () => {
    expect(summarize('nps', emptyDistribution('nps'))).toEqual({
      metric: 'nps',
      n: 0,
      score: null,
      ci95: null,
      distribution: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      promoters: { count: 0, percent: null },
      passives: { count: 0, percent: null },
      detractors: { count: 0, percent: null },
      lowN: true,
    });
  });

  it('CSAT has a clear no-data shape', () => {
    expect(summarize('csat', emptyDistribution('csat'))).toEqual({
      metric: 'csat',
      n: 0,
      score: null,
      ci95: null,
      distribution: [0, 0, 0, 0, 0],
      mean: null,
      lowN: true,
    });
  });

  it('CES has a clear no-data shape', () => {
    expect(summarize('ces', emptyDistribution('ces'))).toEqual({
      metric: 'ces',
      n: 0,
      score: null,
      ci95: null,
      distribution: [0, 0, 0, 0, 0, 0, 0],
      percentAgree: null,
      lowN: true,
    });
  });

  it.each(SURVEY_TYPES)('%s output is valid JSON with no NaN at n = 0 and n = 1', (type) => {
    for (const n of [0, 1]) {
      const distribution = emptyDistribution(type);
      distribution[distribution.length - 1] = n;
      const json = JSON.stringify(summarize(type, distribution));
      expect(json).not.toMatch(/NaN|Infinity/);
      expect(JSON.parse(json)).toEqual(summarize(type, distribution));
    }
  });

  it.each(
    SURVEY_TYPES,
  )('%s: a single answer has a score and an interval of positive width', (type) => {
    const distribution = emptyDistribution(type);
    distribution[distribution.length - 1] = 1;
    const [low, high] = summarize(type, distribution).ci95 ?? [0, 0];
    expect(high - low).toBeGreaterThan(0);
  });
});

describe('lowN', () => {
  it.each(SURVEY_TYPES)('%s is low n below its threshold and not from it on', (type) => {
    const threshold = LOW_N_THRESHOLDS[type];
    const withAnswers = (n: number) => {
      const distribution = emptyDistribution(type);
      distribution[0] = n;
      return summarize(type, distribution).lowN;
    };
    expect([0, 1, threshold - 1].map(withAnswers)).toEqual([true, true, true]);
    expect([threshold, threshold + 1, 1000].map(withAnswers)).toEqual([false, false, false]);
  });

  it('follows the coverage study: every metric is reliable from 20 answers', () => {
    expect(LOW_N_THRESHOLDS).toEqual({ nps: 20, csat: 20, ces: 20 });
  });
});
