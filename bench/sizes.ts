// Bytes of a file as a browser would download it: raw, gzip at level 9 and
// brotli at quality 11 (what a CDN or a pre-compressing server sends). Every
// size bench measures through this one function so the numbers compare.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface ByteSizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function byteSizes(code: Buffer): ByteSizes {
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Files a page loads separately are compressed separately, so their sizes add up. */
export function totalSizes(files: Buffer[]): ByteSizes {
  const total: ByteSizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const sizes = byteSizes(file);
    total.raw += sizes.raw;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return total;
}

/** The three sizes as table cells: 12,345. */
export function sizeCells(sizes: ByteSizes): string[] {
  return [sizes.raw, sizes.gzip, sizes.brotli].map((n) => n.toLocaleString('en'));
}
