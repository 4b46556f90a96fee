// The bounded cache behind the secret-key lookups: it never holds more than
// its capacity, and when full it evicts the entry used longest ago.
import { describe, expect, it } from 'vitest';
import { LruCache } from '../src/lru-cache';

const keysOf = (cache: LruCache<string, number>, keys: string[]) =>
  keys.filter((key) => cache.get(key) !== undefined);

describe('LruCache', () => {
  it('holds at most its capacity', () => {
    const cache = new LruCache<string, number>(3);
    for (let i = 0; i < 100; i++) {
      cache.set(`k${i}`, i);
      expect(cache.size).toBe(Math.min(i + 1, 3));
    }
    expect(keysOf(cache, ['k97', 'k98', 'k99'])).toEqual(['k97', 'k98', 'k99']);
  });

  it.each([
    // [what happens before the fourth set, which key the fourth set evicts]
    ['nothing', () => {}, 'a'],
    ['a is read', (c: LruCache<string, number>) => c.get('a'), 'b'],
    ['a and b are read', (c: LruCache<string, number>) => [c.get('a'), c.get('b')], 'c'],
    ['a is set again', (c: LruCache<string, number>) => c.set('a', 10), 'b'],
    ['a missing key is read', (c: LruCache<string, number>) => c.get('zz'), 'a'],
  ])('when %s, evicts %s', (_, use, evicted) => {
    const cache = new LruCache<string, number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    use(cache);
    cache.set('d', 4);
    expect(cache.size).toBe(3);
    const kept = ['a', 'b', 'c', 'd'].filter((key) => key !== evicted);
    expect(keysOf(cache, ['a', 'b', 'c', 'd'])).toEqual(kept);
  });

  it('keeps the newest value of a key in one entry', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.get('a')).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('forgets a deleted key', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    expect(cache.delete('a')).toBe(true);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a capacity of %s', (capacity) => {
    expect(() => new LruCache(capacity)).toThrow(RangeError);
  });
});
