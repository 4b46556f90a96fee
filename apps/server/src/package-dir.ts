// Where @koe/server's own files (migrations) are, whether this code runs from
// src/ (tests, tsx) or bundled into dist/cli.js: the nearest folder upwards
// whose package.json is @koe/server's.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function serverPackageDir(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === '@koe/server') {
      cached = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the @koe/server package folder');
    dir = parent;
  }
}
