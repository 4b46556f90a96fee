// Submission ids: RFC 9562 UUIDv7 layout, ordered by time, unique, accepted by
// the server's schema, and made without crypto.randomUUID (which a page on
// plain http outside localhost does not have).
import { ResponseInputSchema } from '@koe/core';
import { describe, expect, it } from 'vitest';
import { uuid7 } from '../src/uuid';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The 48-bit millisecond timestamp at the front of a UUIDv7. */
const timeOf = (id: string) => Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('uuid7', () => {
  it.each([
    ['the Unix epoch', 0],
    ['now-ish', Date.UTC(2026, 3, 15, 12, 30)],
    ['the last 48-bit millisecond', 2 ** 48 - 1],
  ])('at %s: version 7, variant 10, the millisecond in the first 48 bits', (_, ms) => {
    const id = uuid7(ms);
    expect(id).toMatch(V7);
    expect(timeOf(id)).toBe(ms);
  });

  it('sorts as text in the order of its milliseconds', () => {
    const times = [1, 255, 256, 65_535, Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 1) + 1, 2 ** 47];
    const ids = times.map((ms) => uuid7(ms));
    expect([...ids].sort()).toEqual(ids);
  });

  it('keeps the random bits random: 10,000 ids in one millisecond are distinct, every variant digit occurs', () => {
    const ids = Array.from({ length: 10_000 }, () => uuid7(1_700_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids.map((id) => id[19])).size).toBe(4);
  });

  it('works where crypto.randomUUID is missing (a non-secure context)', () => {
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(uuid7()).toMatch(V7);
    } finally {
      delete (crypto as { randomUUID?: unknown }).randomUUID;
    }
    expect(typeof crypto.randomUUID).toBe('function');
  });

  it("is a UUID the server's response schema accepts", () => {
    const result = ResponseInputSchema.safeParse({
      id: uuid7(),
      siteKey: 'pk_test0000',
      surveyId: 'srv_test',
      score: 9,
    });
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
