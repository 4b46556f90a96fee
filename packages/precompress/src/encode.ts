// The two encodings every static file is offered in, made once at build time
// where time is cheap: brotli at its best quality (11) and gzip at level 9.
// koe.js measured 22,549 bytes raw, 9,895 gzip -9 and 8,932 brotli 11, the
// only setting that keeps it under its 10,240-byte budget with room to grow;
// brotli 4 (what a server can afford per request) gave 10,067. Quality 11 is
// slow (5.7 s for Scalar's 3.5 MB bundle), hence at build time, and in the
// server only once per file when a build left a sibling out.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

export type StaticEncoding = 'br' | 'gzip';

/** The sibling's suffix for each encoding: koe.js.br, koe.js.gz (what nginx and Caddy look for). */
export const SIBLING_SUFFIX: Record<StaticEncoding, string> = { br: '.br', gzip: '.gz' };

/** Text formats gain from compression; images, fonts and archives already are compressed. */
const COMPRESSIBLE_FILE = /\.(?:[cm]?js|css|html|svg|json|map|txt|xml)$/;

export function isCompressibleFile(name: string): boolean {
  return COMPRESSIBLE_FILE.test(name);
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The encodings of `bytes` that are smaller than the bytes themselves (a tiny
 * file can grow). Runs in libuv's thread pool, so a server calling it keeps
 * answering meanwhile.
 */
export async function encodeStatic(
  bytes: Uint8Array,
): Promise<Partial<Record<StaticEncoding, Buffer>>> {
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }),
    gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return {
    ...(br.byteLength < bytes.byteLength && { br }),
    ...(gz.byteLength < bytes.byteLength && { gzip: gz }),
  };
}
