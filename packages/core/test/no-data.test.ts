// With no answers every metric says so plainly: nulls, never NaN, Infinity or
// a made-up zero. From one answer on there is always an interval.
import { describe, expect, it } from 'vitest';
import { emptyDistribution, SURVEY_TYPES, summarize } from '../src/index';

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
