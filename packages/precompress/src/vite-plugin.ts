// A vite plugin that writes .br and .gz siblings next to every compressible
// file a build emits, so the server (and nginx's gzip_static, Caddy's
// precompressed) can send them as they are. Used by the widget, the dashboard
// and the server's build (which emits the /docs assets). Siblings of files
// over 256 KiB are cached by content hash in vite's cache folder: only
// Scalar's bundle is that large, and recompressing it at quality 11 would add
// six seconds to every server build (and so to every `npm run koe`).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { encodeStatic, isCompressibleFile, SIBLING_SUFFIX, type StaticEncoding } from './encode.ts';

export interface PrecompressOptions {
  /** Which emitted files (paths relative to the output folder) to compress; all compressible ones by default. */
  include?: (fileName: string) => boolean;
}

const CACHE_ABOVE_BYTES = 256 * 1024;

/** The encodings of a file, from the cache when it is large and was compressed before. */
async function encodeCached(bytes: Buffer, cacheDir: string) {
  if (bytes.byteLength <= CACHE_ABOVE_BYTES) return encodeStatic(bytes);
  const key = createHash('sha256').update(bytes).digest('hex');
  const path = (encoding: StaticEncoding) => join(cacheDir, `${key}${SIBLING_SUFFIX[encoding]}`);
  const cached = await Promise.all([readFile(path('br')), readFile(path('gzip'))]).catch(
    () => null,
  );
  if (cached) return { br: cached[0], gzip: cached[1] };
  const encoded = await encodeStatic(bytes);
  if (encoded.br && encoded.gzip) {
    await mkdir(cacheDir, { recursive: true });
    await Promise.all([writeFile(path('br'), encoded.br), writeFile(path('gzip'), encoded.gzip)]);
  }
  return encoded;
}

export function precompress({ include = () => true }: PrecompressOptions = {}): Plugin {
  let cacheDir = '';
  return {
    name: 'koe:precompress',
    apply: 'build',
    configResolved(config) {
      cacheDir = join(config.cacheDir, 'precompress');
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler(output, bundle) {
        const outDir = output.dir as string;
        const names = Object.keys(bundle).filter(
          (name) => isCompressibleFile(name) && include(name),
        );
        await Promise.all(
          names.map(async (name) => {
            const path = join(outDir, name);
            const encoded = await encodeCached(await readFile(path), cacheDir);
            await Promise.all(
              Object.entries(encoded).map(([encoding, body]) =>
                writeFile(`${path}${SIBLING_SUFFIX[encoding as StaticEncoding]}`, body),
              ),
            );
          }),
        );
      },
    },
  };
}
