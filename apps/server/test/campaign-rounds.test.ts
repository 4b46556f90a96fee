// When campaign rounds are due: month arithmetic at month ends, the local
// hour across DST changes and in odd zones, and which round is current; and
// the recipients' ids and unsubscribe secrets, made in bulk for a list.
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  currentRound,
  localHourInstant,
  nextRoundAt,
  type RoundPlan,
  roundDueAt,
} from '../src/campaigns/rounds';
import { newIds, newSecrets } from '../src/keys';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('campaign rounds', () => {
  it('adds months, keeping the day or the month’s last one', () => {
    expect(addMonths('2026-01-31', 3)).toBe('2026-04-30');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2023-11-29', 3)).toBe('2024-02-29');
    expect(addMonths('2026-10-15', 12)).toBe('2027-10-15');
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01');
  });

  it('finds the local hour in any zone, across DST changes', () => {
    expect(iso(localHourInstant('2026-01-05', 10, 'Asia/Tokyo'))).toBe('2026-01-05T01:00:00.000Z');
    expect(iso(localHourInstant('2026-03-08', 10, 'America/New_York'))).toBe(
      '2026-03-08T14:00:00.000Z', // the day clocks went forward: EDT already
    );
    expect(iso(localHourInstant('2026-03-07', 10, 'America/New_York'))).toBe(
      '2026-03-07T15:00:00.000Z',
    );
    expect(iso(localHourInstant('2026-06-01', 10, 'Asia/Kathmandu'))).toBe(
      '2026-06-01T04:15:00.000Z',
    );
    // 02:00 does not exist on 8 March in New York: the instant after the gap.
    expect(iso(localHourInstant('2026-03-08', 2, 'America/New_York'))).toBe(
      '2026-03-08T07:00:00.000Z',
    );
  });

  it('names the current round per zone and the next one', () => {
    const plan: RoundPlan = {
      repeat: 'quarterly',
      startDate: '2026-01-31',
      hour: 9,
      timeZone: 'Europe/Berlin',
      startedAt: Date.UTC(2026, 0, 1),
    };
    const firstBerlin = Date.UTC(2026, 0, 31, 8);
    expect(currentRound(plan, firstBerlin - 1, 'Europe/Berlin')).toBeNull();
    expect(currentRound(plan, firstBerlin, 'Europe/Berlin')).toBe(0);
    // Tokyo's 09:00 came first.
    expect(currentRound(plan, firstBerlin - 1, 'Asia/Tokyo')).toBe(0);
    expect(iso(roundDueAt(plan, 1, 'Europe/Berlin'))).toBe('2026-04-30T07:00:00.000Z');
    expect(currentRound(plan, Date.UTC(2028, 5, 1), 'Europe/Berlin')).toBe(9);
    expect(iso(nextRoundAt(plan, Date.UTC(2026, 1, 1)))).toBe('2026-04-30T07:00:00.000Z');
    // Once: one round; a draft has none due.
    expect(currentRound({ ...plan, repeat: 'once' }, Date.UTC(2030, 0, 1), 'UTC')).toBe(0);
    expect(nextRoundAt({ ...plan, repeat: 'once' }, Date.UTC(2030, 0, 1))).toBeNull();
    expect(currentRound({ ...plan, startedAt: null }, Date.UTC(2030, 0, 1), 'UTC')).toBeNull();
    // Started without a date: round 0 at once everywhere, round 1 three months on at the hour.
    const now: RoundPlan = { ...plan, startDate: null, startedAt: Date.UTC(2026, 4, 20, 13) };
    expect(currentRound(now, now.startedAt as number, 'Pacific/Kiritimati')).toBe(0);
    expect(iso(roundDueAt(now, 1, 'Europe/Berlin'))).toBe('2026-08-20T07:00:00.000Z');
  });
});

describe('ids and secrets made in bulk', () => {
  it('are as random and as shaped as those made one at a time', () => {
    const ids = newIds('rcp', 5_000);
    expect(new Set(ids).size).toBe(5_000);
    for (const id of ids) expect(id).toMatch(/^rcp_[A-Za-z0-9]{16}$/);
    // Every base62 character turns up, about equally often (80,000 draws, 1,290 each expected).
    const counts = new Map<string, number>();
    for (const id of ids) for (const c of id.slice(4)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(62);
    for (const n of counts.values()) expect(n).toBeGreaterThan(1_100);
    const secrets = newSecrets(1_000, 24);
    expect(new Set(secrets).size).toBe(1_000);
    for (const secret of secrets) expect(secret).toMatch(/^[\w-]{32}$/);
  });
});
