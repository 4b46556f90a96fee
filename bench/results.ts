// Each bench prints its own detailed table and also hands its headline rows
// to `npm run bench`, which prints them together as one summary table and
// writes docs/benchmarks.md (see bench/summary.ts). The hand-over is a JSON
// file per bench under .reports/bench/ (gitignored), so a bench stays a plain
// script that can run on its own.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const RESULTS_DIR = join(import.meta.dirname, '..', '.reports', 'bench');

/** One line of the summary: koe beside the baseline it is measured against in the same run. */
export interface SummaryRow {
  /** What is measured, e.g. "ingest: POST /v1/responses". */
  section: string;
  /** This row's case, e.g. "req/s, SQLite, UUIDv7 ids". */
  what: string;
  koe: string;
  /** The same measurement of the baseline named in `what`, or "" when there is none. */
  baseline: string;
  /** koe against the baseline (e.g. "0.42×", "+3.1 ms") or the unit when there is no baseline. */
  ratio: string;
}

export interface BenchResults {
  /** The file name under RESULTS_DIR, without .json: the bench's folder, plus a variant if it has several. */
  name: string;
  rows: SummaryRow[];
  /** How it was measured, one sentence each; printed under the summary table. */
  notes: string[];
}

export function writeResults(results: BenchResults): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${results.name}.json`), `${JSON.stringify(results, null, 2)}\n`);
}

/** "0.42×", "1,532×": koe divided by the baseline, two significant digits below 10. */
export function ratio(koe: number, baseline: number): string {
  const r = koe / baseline;
  return `${r >= 10 ? Math.round(r).toLocaleString('en') : r.toPrecision(2)}×`;
}
