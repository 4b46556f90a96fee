#!/usr/bin/env node
// `npm run bench`: runs every benchmark under bench/ (each a folder with an
// index.ts that prints its own table) one after another, so their numbers
// are not disturbed by each other. `npm run bench -- NAME` runs just one.
// Each bench also writes its headline rows to .reports/bench/ (bench/results.ts);
// at the end bench/summary.ts prints them as one table.
//
// docs/benchmarks.md is rewritten only by a full run (no NAME) in which every
// bench succeeded, so the page always shows one complete run on one machine;
// a run of single benches prints its summary and leaves the page alone.
//
// bench/metrics runs once per row count: 1 M by default, also 10 M with
// BENCH_METRICS_10M=1, or the comma-separated counts in BENCH_ROWS.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const benchDir = join(root, 'bench');
const resultsDir = join(root, '.reports', 'bench'); // RESULTS_DIR in bench/results.ts
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const only = process.argv.slice(2);
const names = readdirSync(benchDir)
  .filter((name) => existsSync(join(benchDir, name, 'index.ts')))
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

/** The environments a bench runs with: one run each. */
function runsOf(name) {
  if (name !== 'metrics') return [{}];
  const rows =
    process.env.BENCH_ROWS ??
    (process.env.BENCH_METRICS_10M === '1' ? '1000000,10000000' : '1000000');
  return rows.split(',').map((count) => ({ BENCH_ROWS: count.trim() }));
}

/** A bench's headline rows from an earlier run would look like this run's in the summary. */
function clearResults(name) {
  if (!existsSync(resultsDir)) return;
  for (const file of readdirSync(resultsDir))
    if (file === `${name}.json` || file.startsWith(`${name}-`))
      rmSync(join(resultsDir, file), { force: true });
}

let failed = 0;
for (const name of names) {
  clearResults(name);
  for (const env of runsOf(name)) {
    const label = Object.entries(env)
      .map(([key, value]) => ` (${key}=${value})`)
      .join('');
    console.log(`\n## bench/${name}${label}\n`);
    const result = spawnSync(tsx, [join(benchDir, name, 'index.ts')], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    if (result.status !== 0) failed++;
  }
}

const writeDocs = only.length === 0 && failed === 0;
spawnSync(tsx, [join(benchDir, 'summary.ts'), ...(writeDocs ? ['--write-docs'] : []), ...names], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(failed === 0 ? 0 : 1);
