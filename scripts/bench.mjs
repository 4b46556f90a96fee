#!/usr/bin/env node
// `npm run bench`: runs every benchmark under bench/ (each a folder with an
// index.ts that prints its own table) one after another, so their numbers
// are not disturbed by each other. `npm run bench -- NAME` runs just one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const benchDir = join(root, 'bench');
const only = process.argv.slice(2);
const names = readdirSync(benchDir)
  .filter((name) => existsSync(join(benchDir, name, 'index.ts')))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

let failed = 0;
for (const name of names) {
  console.log(`\n## bench/${name}\n`);
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(benchDir, name, 'index.ts')],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
