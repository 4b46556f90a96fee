// Visual regression for the browser tests: a screenshot of the widget is
// compared with the committed reference PNG of its engine
// (e2e/visual-references/<engine>/<name>.png) by pixelmatch.
//
// Tolerance, per pixel: a colour distance of 0.1 (pixelmatch's YIQ threshold)
// and antialiased pixels ignored; per image: at most MAX_DIFF_SHARE of the
// pixels may still differ, and the size must match exactly. A wrong colour,
// a wrapped line, a missing or moved element differs on far more pixels than
// that; font hinting and antialiasing differ on fewer.
//
// On a mismatch the actual image and a diff (differing pixels red on a faded
// copy of the reference) are written to e2e/artifacts/visual/<engine>/ and the
// test fails naming them. To accept a change of look on purpose, run the test
// with KOE_UPDATE_SCREENSHOTS=1, look at the new references, commit them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const REFERENCES = fileURLToPath(new URL('./visual-references/', import.meta.url));
const ARTIFACTS = fileURLToPath(new URL('./artifacts/visual/', import.meta.url));
/** Share of an image's pixels allowed to differ beyond antialiasing (0.2 %). */
export const MAX_DIFF_SHARE = 0.002;
const THRESHOLD = 0.1;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The `box` part of a PNG (whole pixels, clipped to the image). */
export function crop(png: Buffer, box: Box): PNG {
  const image = PNG.sync.read(png);
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  const width = Math.min(image.width - x, Math.ceil(box.x + box.width) - x);
  const height = Math.min(image.height - y, Math.ceil(box.y + box.height) - y);
  const out = new PNG({ width, height });
  PNG.bitblt(image, out, x, y, width, height, 0, 0);
  return out;
}

export interface Comparison {
  /** Pixels that differ beyond the per-pixel tolerance. */
  differing: number;
  /** Why the image does not match, or null when it does. */
  failure: string | null;
}

/** Compares `actual` with the reference `<engine>/<name>.png`, or writes it when updating. */
export function compareWithReference(engine: string, name: string, actual: PNG): Comparison {
  const reference = join(REFERENCES, engine, `${name}.png`);
  if (process.env.KOE_UPDATE_SCREENSHOTS) {
    mkdirSync(dirname(reference), { recursive: true });
    writeFileSync(reference, PNG.sync.write(actual));
    return { differing: 0, failure: null };
  }
  const written = () => {
    const dir = join(ARTIFACTS, engine);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.actual.png`), PNG.sync.write(actual));
    return relative(process.cwd(), join(dir, `${name}.actual.png`));
  };
  if (!existsSync(reference))
    return {
      differing: Number.NaN,
      failure: `no reference ${reference} (actual: ${written()}); run with KOE_UPDATE_SCREENSHOTS=1 to create it`,
    };
  const expected = PNG.sync.read(readFileSync(reference));
  if (expected.width !== actual.width || expected.height !== actual.height)
    return {
      differing: Number.NaN,
      failure: `${engine}/${name} is ${actual.width}×${actual.height}, its reference ${expected.width}×${expected.height} (actual: ${written()})`,
    };
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: THRESHOLD,
    includeAA: false,
    alpha: 0.2,
  });
  const allowed = Math.floor(actual.width * actual.height * MAX_DIFF_SHARE);
  if (differing <= allowed) return { differing, failure: null };
  const diffPath = join(ARTIFACTS, engine, `${name}.diff.png`);
  const actualPath = written();
  writeFileSync(diffPath, PNG.sync.write(diff));
  return {
    differing,
    failure: `${engine}/${name}: ${differing} pixels differ (allowed ${allowed}); actual ${actualPath}, diff ${relative(process.cwd(), diffPath)}`,
  };
}
