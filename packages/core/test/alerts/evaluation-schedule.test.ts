// Which evaluations are due: every window once, in order, catching up after
// a pause, and never replaying history for a new rule.
import { describe, expect, it } from 'vitest';
import { dueHours, dueWindowEnds, isEvaluationDay } from '../../src/index';

describe('dueWindowEnds', () => {
  it('daily: every window end after the last evaluated one, up to today', () => {
    expect(dueWindowEnds('2026-03-05', '2026-03-08', 'daily')).toEqual([
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
    expect(dueWindowEnds('2026-03-08', '2026-03-08', 'daily')).toEqual([]);
  });

  it('weekly: the Mondays only', () => {
    expect(isEvaluationDay('2026-03-09', 'weekly')).toBe(true);
    expect(isEvaluationDay('2026-03-10', 'weekly')).toBe(false);
    expect(dueWindowEnds('2026-03-01', '2026-03-20', 'weekly')).toEqual([
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ]);
  });

  it('a rule never evaluated starts with the latest window', () => {
    expect(dueWindowEnds(null, '2026-03-08', 'daily')).toEqual(['2026-03-08']);
    expect(dueWindowEnds(null, '2026-03-08', 'weekly')).toEqual(['2026-03-02']);
  });

  it('catches up at most maxCatchUp days', () => {
    expect(dueWindowEnds('2025-01-01', '2026-03-08', 'daily', 2)).toEqual([
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
    ]);
  });
});

describe('dueHours', () => {
  const at = (iso: string) => Date.parse(iso);
  it('every whole hour after the last evaluated one, up to now', () => {
    expect(
      dueHours(at('2026-03-02T10:00:00Z'), at('2026-03-02T12:59:59Z')).map((h) =>
        new Date(h).toISOString(),
      ),
    ).toEqual(['2026-03-02T11:00:00.000Z', '2026-03-02T12:00:00.000Z']);
    expect(dueHours(null, at('2026-03-02T12:30:00Z'))).toEqual([at('2026-03-02T12:00:00Z')]);
    expect(dueHours(at('2026-03-01T00:00:00Z'), at('2026-03-03T00:00:00Z'), 3)).toHaveLength(3);
  });
});
