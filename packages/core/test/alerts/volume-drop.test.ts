// The volume-drop test: which days it reads, its negative binomial p-value
// (checked against SciPy), and when it calls a day far below usual.
import { describe, expect, it } from 'vitest';
import {
  evaluateVolumeDrop,
  NO_EPISODE,
  VOLUME_DROP_DEFAULTS,
  volumeDropDays,
  volumeDropSignal,
  volumeDropTest,
} from '../../src/index';

/** Four weeks of daily counts, oldest first, each week starting on the weekday under test. */
const STEADY = [
  50, 40, 45, 38, 30, 20, 22, 48, 42, 44, 40, 31, 19, 25, 52, 41, 47, 37, 29, 21, 23, 46, 39, 43,
  41, 32, 22, 24,
];
/** The same with the tested weekday swinging (60, 30, 70, 40). */
const SWINGING = STEADY.map((count, i) =>
  i % 7 === 0 ? [60, 30, 70, 40][i / 7] : count,
) as number[];

describe('volumeDropDays', () => {
  it('reads the day before the window end and the four whole weeks before that day', () => {
    expect(volumeDropDays('2026-03-11', null)).toEqual({
      day: '2026-03-10',
      history: { from: '2026-02-10', to: '2026-03-10' },
    });
  });

  it('keeps to the weeks before the episode while one is open', () => {
    // Opened by the evaluation ending 2026-03-11 (day 03-10); 15 days later the
    // day is 03-25 and its history ends on 03-04, before the day that opened it.
    expect(volumeDropDays('2026-03-26', '2026-03-11')).toEqual({
      day: '2026-03-25',
      history: { from: '2026-02-04', to: '2026-03-04' },
    });
  });
});

describe('volumeDropTest', () => {
  it('without extra day-to-day swing: the Poisson-gamma predictive, NB(size = S, p = m/(m+1))', () => {
    const test = volumeDropTest(20, STEADY);
    expect(test.expected).toBe(49);
    expect(test.ratio).toBeCloseTo(20 / 49, 12);
    expect(test.p).toBeCloseTo(1.4177078e-5, 10);
    expect(volumeDropTest(40, STEADY).p).toBeCloseTo(0.1369647, 6);
  });

  it('with swing in the weeks before: a wider distribution, so a low day surprises less', () => {
    const test = volumeDropTest(20, SWINGING);
    expect(test.expected).toBe(50);
    expect(test.p).toBeCloseTo(1.5494661e-4, 9);
  });

  it('is not run when fewer answers than minExpected are expected', () => {
    const quiet = STEADY.map((count) => Math.round(count / 6));
    expect(volumeDropTest(0, quiet)).toMatchObject({ p: null });
    expect(volumeDropTest(0, quiet, { minExpected: 5 }).p).toBeLessThan(0.01);
  });

  it('needs whole weeks of history', () => {
    expect(() => volumeDropTest(5, STEADY.slice(1))).toThrow(RangeError);
  });
});

describe('volumeDropSignal', () => {
  it('breach only when the day is both improbable and at most half the usual', () => {
    expect(volumeDropSignal(volumeDropTest(0, STEADY))).toBe('breach');
    expect(volumeDropSignal(volumeDropTest(20, STEADY))).toBe('breach');
    // Improbable, but not far below: a busy site's 20 % dip.
    const busy = STEADY.map((count) => count * 20);
    const dip = volumeDropTest(800, busy);
    expect(dip.p).toBeLessThan(VOLUME_DROP_DEFAULTS.alpha);
    expect(volumeDropSignal(dip)).toBe('unclear');
    expect(volumeDropSignal(volumeDropTest(48, STEADY))).toBe('normal');
  });
});

describe('evaluateVolumeDrop', () => {
  it('opens an episode keyed by the rule and the window end', () => {
    const result = evaluateVolumeDrop({
      subject: 'rule_v',
      state: NO_EPISODE,
      windowEnd: '2026-03-11',
      count: 0,
      history: STEADY,
    });
    expect(result.signal).toBe('breach');
    expect(result.events.map((e) => e.key)).toEqual(['rule_v@2026-03-11#triggered']);
  });
});
