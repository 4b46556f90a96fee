// The one summary `npm run bench` ends with: the headline rows every bench
// wrote to .reports/bench/ (see results.ts) in one table, koe beside its
// baseline from the same run. With --write-docs it also writes
// docs/benchmarks.md: the same table with the date and the machine it was
// measured on (scripts/bench.mjs decides when, see there).
// Usage: tsx bench/summary.ts [--write-docs] BENCH...
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, machine, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { type BenchResults, RESULTS_DIR } from './results';
import { formatTable } from './table';

const args = process.argv.slice(2);
const writeDocs = args.includes('--write-docs');
const benches = args.filter((arg) => !arg.startsWith('--'));

/** A bench's result files: its own name, or its name and a variant ("metrics-10m"). */
function resultsOf(bench: string): BenchResults[] {
  if (!existsSync(RESULTS_DIR)) return [];
  return readdirSync(RESULTS_DIR)
    .filter((file) => file === `${bench}.json` || file.startsWith(`${bench}-`))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((file) => JSON.parse(readFileSync(join(RESULTS_DIR, file), 'utf8')) as BenchResults);
}

// The summary reads like the question it answers: what a site loads, what
// that costs its page, what the server takes, what the analyst waits for,
// how far the intervals the analyst reads can be trusted, and how often the
// alerts the team receives are false.
const ORDER = [
  'widget-size',
  'host-page',
  'ingest',
  'metrics',
  'metric-math',
  'key-auth',
  'dashboard-size',
  'coverage',
  'alerts',
];
const rank = (bench: string) => (ORDER.includes(bench) ? ORDER.indexOf(bench) : ORDER.length);
const results = [...benches].sort((a, b) => rank(a) - rank(b)).flatMap(resultsOf);
const missing = benches.filter((bench) => resultsOf(bench).length === 0);
// The section is named once, on its first row, so the groups stand out.
const rows = results
  .flatMap((r) => r.rows)
  .map((row, i, all) => [
    row.section === all[i - 1]?.section ? '' : row.section,
    row.what,
    row.koe,
    row.baseline,
    row.ratio,
  ]);
const table = formatTable(['section', 'what', 'koe', 'baseline', 'koe vs baseline'], rows);
const notes = [...new Set(results.flatMap((r) => r.notes))];

console.log('\n## summary\n');
console.log(table);
if (missing.length > 0) console.log(`\nno headline rows from: ${missing.join(', ')}`);

/** CPU, memory, Node and OS: enough to judge the numbers, nothing that names this machine. */
function machineDescription(): string {
  const cpu = cpus();
  const osRelease = existsSync('/etc/os-release')
    ? readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1]
    : undefined;
  return [
    `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} logical CPUs`,
    `${(totalmem() / 2 ** 30).toFixed(0)} GiB memory`,
    `Node ${process.version}`,
    `${osRelease ? `${osRelease}, ` : ''}${type()} ${release()} ${machine()}`,
  ].join(', ');
}

/** The command as typed, with the BENCH_* settings that change what is measured (not BENCH_DB, a path). */
function command(): string {
  const settings = Object.entries(process.env)
    .filter(([name]) => name.startsWith('BENCH_') && name !== 'BENCH_DB')
    .map(([name, value]) => `${name}=${value} `)
    .join('');
  return `${settings}npm run bench`;
}

if (writeDocs) {
  const measured = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const page = `# Benchmarks

Measured ${measured} UTC with \`${command()}\` on ${machineDescription()}.

Every number comes from that one run on that machine, and every baseline was
measured in the same run, so the ratios hold even where the absolute numbers
would differ on other hardware. Each bench prints more detail than this
summary: \`npm run bench -- NAME\` runs one (NAME is a folder under
\`bench/\`). Other work on the machine during the run adds noise.

${table}

## How each is measured

${notes.map((note) => `- ${note}`).join('\n')}
`;
  writeFileSync(join(import.meta.dirname, '..', 'docs', 'benchmarks.md'), page);
  console.log('\nwrote docs/benchmarks.md');
}
