// The vite plugin writes .br and .gz siblings that decode to the file, only
// for compressible files it is asked to and only when they are smaller, and
// reuses the siblings of large files from vite's cache.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build, type Plugin } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeStatic, type PrecompressOptions, precompress } from '../src/index.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'koe-precompress-'));
  writeFileSync(
    join(root, 'entry.js'),
    `export const text = ${JSON.stringify('koe '.repeat(2000))};\n`,
  );
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Emits extra files beside the entry chunk, as the server's build emits docs/scalar.js. */
function assets(files: Record<string, string | Buffer>): Plugin {
  return {
    name: 'test:assets',
    generateBundle() {
      for (const [fileName, source] of Object.entries(files))
        this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

async function buildWith(files: Record<string, string | Buffer>, options?: PrecompressOptions) {
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    cacheDir: join(root, '.vite'),
    plugins: [assets(files), precompress(options)],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: () => 'main.js' },
    },
  });
}

const out = (name: string) => join(root, 'dist', name);

describe('precompress()', () => {
  it('writes siblings that decode to the emitted file', async () => {
    await buildWith({ 'docs/page.html': `<p>${'hello '.repeat(500)}</p>` });
    for (const name of ['main.js', 'docs/page.html']) {
      const file = readFileSync(out(name));
      expect(brotliDecompressSync(readFileSync(out(`${name}.br`))).equals(file)).toBe(true);
      expect(gunzipSync(readFileSync(out(`${name}.gz`))).equals(file)).toBe(true);
      expect(readFileSync(out(`${name}.br`)).length).toBeLessThan(file.length);
    }
  });

  it.each([
    ['a file compression would not shrink', 'tiny.txt', 'a'],
    ['an image', 'logo.png', Buffer.alloc(4000, 1)],
  ])('writes no sibling for %s', async (_, name, source) => {
    await buildWith({ [name]: source });
    expect(existsSync(out(name))).toBe(true);
    expect(existsSync(out(`${name}.br`))).toBe(false);
    expect(existsSync(out(`${name}.gz`))).toBe(false);
  });

  it('compresses only the files `include` names', async () => {
    await buildWith(
      { 'docs/a.js': 'x'.repeat(3000) },
      { include: (name) => name.startsWith('docs/') },
    );
    expect(existsSync(out('docs/a.js.br'))).toBe(true);
    expect(existsSync(out('main.js.br'))).toBe(false);
  });

  it('takes the siblings of a file over 256 KiB from the cache on the next build', async () => {
    const big = Array.from({ length: 40_000 }, (_, i) => `line ${i % 997}`).join('\n');
    await buildWith({ 'big.js': big });
    const cacheDir = join(root, '.vite', 'precompress');
    const cached = readdirSync(cacheDir).sort();
    expect(cached.map((name) => name.slice(-3))).toEqual(['.br', '.gz']);
    // A marked cache entry shows the second build read it instead of compressing again.
    writeFileSync(join(cacheDir, cached[0] as string), 'from the cache');
    await buildWith({ 'big.js': big });
    expect(readFileSync(out('big.js.br'), 'utf8')).toBe('from the cache');
    expect(gunzipSync(readFileSync(out('big.js.gz'))).toString()).toBe(big);
  });
});

describe('encodeStatic', () => {
  it('gives brotli 11 and gzip 9, and leaves out an encoding that would grow the file', async () => {
    const text = Buffer.from('koe '.repeat(1000));
    const encoded = await encodeStatic(text);
    expect(brotliDecompressSync(encoded.br as Buffer).equals(text)).toBe(true);
    expect(gunzipSync(encoded.gzip as Buffer).equals(text)).toBe(true);
    expect(await encodeStatic(Buffer.from('k'))).toEqual({});
  });
});
