// The size budgets, against the built, minified files. dist/koe.js is the
// loader every page view pays for: at most 2,048 bytes gzip, and no views.
// dist/koe-ui.js (the views, the styles, the sender) loads only when a
// survey may show; with the loader it is what a page with a survey pays.
// Neither carries a framework: the ESM build imports nothing.
// The console's words stay in koe-explain.js, loaded on demand.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const built = (file: string) => readFileSync(resolve(import.meta.dirname, '../dist', file));
const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

const loader = built('koe.js');
const ui = built('koe-ui.js');
const explainer = built('koe-explain.js');

/** What a page where a survey shows downloads (gzip): the loader and the UI (issue 15: at most 10,240; now 7,172). */
const SURVEY_BUDGET = 7_424;

describe('dist/koe.js, the loader', () => {
  it('is at most 2,048 bytes gzip', () => {
    expect(gzip(loader)).toBeLessThanOrEqual(2_048);
  });

  it('is one IIFE that adds no global but koe, with neither Preact nor the views', () => {
    const source = loader.toString('utf8');
    expect(source.startsWith('(function(')).toBe(true);
    expect(source).not.toMatch(/\beval\(|new Function\(/);
    // mount.ts's and the sender's marks: the loader only decides, koe-ui.js renders.
    for (const word of ['attachShadow', 'adoptedStyleSheets', 'koe-survey', 'keepalive'])
      expect(source).not.toContain(word);
    expect(source).toContain('koe-ui.js');
  });
});

describe('dist/koe-ui.js, the UI', () => {
  it(`with the loader, at most ${SURVEY_BUDGET.toLocaleString('en')} bytes gzip`, () => {
    expect(gzip(loader) + gzip(ui)).toBeLessThanOrEqual(SURVEY_BUDGET);
  });

  it('is one IIFE that adds no global', () => {
    const source = ui.toString('utf8');
    expect(source.startsWith('(function(')).toBe(true);
    expect(source).not.toMatch(/\beval\(|new Function\(|window\.\w+\s*=/);
  });
});

describe('dist/koe.mjs, the ESM build', () => {
  it('imports nothing: the widget has no runtime dependency', () => {
    expect(built('koe.mjs').toString('utf8')).not.toMatch(/^import\b|\bimport\(/m);
  });
});

describe('dist/koe-explain.js', () => {
  it("holds the console's words, which neither koe.js nor koe-ui.js carries", () => {
    for (const file of [loader, ui]) {
      const source = file.toString('utf8');
      for (const words of ['recontact until', 'delivery-failing', 'survey-not-found', 'armed'])
        expect(source).not.toContain(words);
    }
    const explanations = explainer.toString('utf8');
    expect(explanations).toContain('recontact until');
    expect(explanations.startsWith('(function(')).toBe(true);
    expect(explanations).not.toMatch(/\beval\(|new Function\(|window\.\w+\s*=/);
    expect(gzip(explainer)).toBeLessThanOrEqual(2_048);
  });
});
