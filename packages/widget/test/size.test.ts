// The size budget of the script-tag bundle, everything included (preact,
// styles, texts): 10,240 bytes gzip. Runs against the built, minified file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const bundle = readFileSync(resolve(import.meta.dirname, '../dist/koe.js'));

describe('dist/koe.js', () => {
  it('is at most 10,240 bytes gzip', () => {
    const gzip = gzipSync(bundle, { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(10_240);
  });

  it('is one IIFE that adds no global but koe', () => {
    const source = bundle.toString('utf8');
    expect(source.startsWith('(function(')).toBe(true);
    expect(source).not.toMatch(/\beval\(|new Function\(/);
  });
});
