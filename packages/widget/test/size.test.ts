// The size budget of the script-tag bundle, everything included (preact,
// styles, texts): 10,240 bytes gzip. Runs against the built, minified files.
// The console's words stay out of it, in koe-explain.js, loaded on demand.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const bundle = readFileSync(resolve(import.meta.dirname, '../dist/koe.js'));
const explainer = readFileSync(resolve(import.meta.dirname, '../dist/koe-explain.js'));

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

  it("leaves the console's words to koe-explain.js, itself one IIFE with no global", () => {
    const source = bundle.toString('utf8');
    for (const words of ['recontact until', 'delivery-failing', 'survey-not-found', 'armed'])
      expect(source).not.toContain(words);
    const explanations = explainer.toString('utf8');
    expect(explanations).toContain('recontact until');
    expect(explanations.startsWith('(function(')).toBe(true);
    expect(explanations).not.toMatch(/\beval\(|new Function\(|window\.\w+\s*=/);
    expect(gzipSync(explainer, { level: 9 }).length).toBeLessThanOrEqual(2_048);
  });
});
