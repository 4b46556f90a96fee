// negotiateEncoding reads Accept-Encoding as RFC 9110 §12.5.3 says: weights,
// refusals (q=0), "*", identity, and our preference (br, gzip, identity) only
// to break ties.
import { describe, expect, it } from 'vitest';
import { negotiateEncoding } from '../src/middleware/compress/accept-encoding';

describe('negotiateEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['x-gzip', 'gzip'],
    ['deflate', 'identity'],
    ['identity', 'identity'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['br;q=0, *', 'gzip'],
    ['br;q=0, gzip;q=0, *', 'identity'],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.5', 'br'],
    ['br;q=0.2, identity', 'identity'],
    ['gzip;q=0.001', 'gzip'],
    ['br ; q=1.0 , gzip ; q=0.9', 'br'],
    ['br;q=2, gzip', 'gzip'],
    ['br;q=abc, gzip;q=0.5', 'gzip'],
    ['identity;q=0, gzip;q=0', 'identity'],
  ])('Accept-Encoding %j → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it.each([
    ['br, gzip', ['gzip', 'identity'], 'gzip'],
    ['br', ['gzip', 'identity'], 'identity'],
    ['*', ['identity'], 'identity'],
  ] as const)('%j with only %j available → %s', (header, available, expected) => {
    expect(negotiateEncoding(header, available)).toBe(expected);
  });
});
