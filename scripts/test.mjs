#!/usr/bin/env node
// `npm test`: build, type-check the workspace, lint and format-check it, then
// run every vitest project. All steps always run so one report shows every
// problem; the last line is "N passed, N failed" (build, type-check and lint
// count as one check each), and the exit code is non-zero when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reportDir = join(root, '.reports');
const vitestReport = join(reportDir, 'vitest.json');
const extraArgs = process.argv.slice(2);

function run(title, command, args) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

mkdirSync(reportDir, { recursive: true });
rmSync(vitestReport, { force: true });

const checks = [
  // The widget's size check and the browser tests run against the built files.
  ['build', run('build (npm run build)', 'npm', ['run', 'build', '--silent'])],
  ['type-check', run('type-check (tsc)', bin('tsc'), ['-p', 'tsconfig.json'])],
  ['lint', run('lint and format (biome)', bin('biome'), ['check', '.'])],
];
const testsOk = run('tests (vitest)', bin('vitest'), [
  'run',
  '--config',
  'vitest.workspace.ts',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
  ...extraArgs,
]);

let passed = checks.filter(([, ok]) => ok).length;
let failed = checks.length - passed;
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A suite that fails to load reports no failed test; count it as a failure.
  const brokenSuites = report.testResults.filter(
    (s) => s.status === 'failed' && s.assertionResults.length === 0,
  ).length;
  failed += brokenSuites;
  if (!testsOk && report.numFailedTests === 0 && brokenSuites === 0) failed += 1;
} else {
  failed += 1;
}

for (const [name, ok] of checks) if (!ok) console.log(`✗ ${name} failed`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
