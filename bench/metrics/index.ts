// bench/metrics: the analyst API at BENCH_ROWS responses (default 1,000,000;
// `npm run bench` also runs 10 M with BENCH_METRICS_10M=1) spread over two
// years, against the real app in-process on a SQLite file. Each query is timed beside a naive
// baseline in the same run: the same counts from a full scan of the raw rows
// (what the API would cost without rollups). The full NDJSON export reports
// time and the process's peak RSS.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compareDistributions, distributionFromCounts, summarize, timeBuckets } from '@koe/core';
import { createApp } from '../../apps/server/src/app';
import { silentLogger } from '../../apps/server/src/log';
import { backfillCommentTerms } from '../../apps/server/src/store/sqlite/comment-terms';
import { SqliteStore } from '../../apps/server/src/store/sqlite/store';
import { startServerProcess, waitForExit } from '../../apps/server/test/server-process';
import { createBenchSurvey } from '../bench-survey';
import { residentMb } from '../process-memory';
import { ratio, type SummaryRow, writeResults } from '../results';
import { printTable } from '../table';
import { generatedAnswer } from './answers';
import { measureDrillDown } from './drill-down';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const DAY = 86_400_000;
const END = Date.UTC(2026, 10, 1);
const START = END - 730 * DAY;
/** Bumped when the generated rows change, so a kept database is rebuilt. */
const DATA_VERSION = 3;

const MIGRATIONS = join(import.meta.dirname, '..', '..', 'apps', 'server', 'drizzle', 'sqlite');
// BENCH_DB=path keeps the generated database and reuses it on the next run
// (generating 10 M rows takes minutes). One file per row count, the count put
// before the extension (koe.db → koe-10000000.db), so `npm run bench` can
// measure 1 M and 10 M in one run and reuse both next time.
const kept = process.env.BENCH_DB?.replace(/(\.db)?$/, `-${ROWS}$1`);
// "1 M", "10 M": how the summary names this run's row count.
const ROWS_LABEL = ROWS % 1_000_000 === 0 ? `${ROWS / 1_000_000} M` : ROWS.toLocaleString('en');
const dir = kept ? undefined : mkdtempSync(join(tmpdir(), 'koe-bench-metrics-'));
const db = kept ?? join(dir as string, 'koe.db');

/** Fast bulk load: big transactions, rollups built once at the end like the migration does. */
async function generate() {
  const store = new SqliteStore({ path: db });
  await store.migrate();
  const { site, secretKey } = await createBenchSurvey(store, ['*'], START);
  const sqlite = store.sqlite;
  sqlite.pragma('synchronous = OFF'); // data set-up only; nothing measured writes
  const insert = sqlite.prepare(
    `INSERT INTO responses (id, site_id, survey_id, score, bucket, reasons, comment, touchpoint, attributes, device, user_id, finished, received_at, updated_at)
     VALUES (?, ?, 'srv_bench', ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`,
  );
  const chunk = sqlite.transaction((from: number, count: number) => {
    for (let i = from; i < from + count; i++) {
      const at = START + Math.floor(((i + Math.random()) / ROWS) * (END - START));
      const a = generatedAnswer(i, Math.random, Math.max(1, Math.floor(ROWS / 20)));
      insert.run(
        randomUUID(),
        site.id,
        a.score,
        a.bucket,
        a.reasons,
        a.comment,
        a.touchpoint,
        a.attributes,
        a.device,
        a.userId,
        at,
        at,
      );
    }
  });
  const t0 = performance.now();
  for (let i = 0; i < ROWS; i += 50_000) chunk(i, Math.min(50_000, ROWS - i));
  // Rollups and the filters' day counts built once at the end by the migrations' own backfill statements.
  for (const file of readdirSync(MIGRATIONS).filter((f) =>
    /^(000[12]_.*|0013_filter_counts)\.sql$/.test(f),
  ))
    for (const statement of readFileSync(join(MIGRATIONS, file), 'utf8').split(
      '--> statement-breakpoint',
    ))
      if (statement.trim().startsWith('INSERT')) sqlite.exec(statement);
  // Comment terms and the search index, as a database upgraded from before them.
  backfillCommentTerms(sqlite);
  sqlite.exec("INSERT INTO responses_fts(responses_fts) VALUES ('rebuild')");
  sqlite.pragma('synchronous = FULL');
  sqlite.exec('ANALYZE');
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  if (kept)
    writeFileSync(
      `${kept}.json`,
      JSON.stringify({ rows: ROWS, version: DATA_VERSION, secretKey, seconds }),
    );
  return { secretKey, seconds };
}

/** A database kept by an earlier run with the same row count, if there is one. */
function reusable(): { secretKey: string; seconds: number } | undefined {
  if (!kept || !existsSync(kept) || !existsSync(`${kept}.json`)) return undefined;
  const saved = JSON.parse(readFileSync(`${kept}.json`, 'utf8'));
  if (saved.rows !== ROWS || saved.version !== DATA_VERSION) {
    rmSync(kept, { force: true });
    return undefined;
  }
  console.log(`reusing ${kept}`);
  return saved;
}

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
  return { p50: at(0.5), p95: at(0.95) };
}

async function time(fn: () => Promise<unknown> | unknown, runs = RUNS) {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return percentiles(times);
}

try {
  console.log(`generating ${ROWS.toLocaleString('en')} responses over two years…`);
  const { secretKey, seconds: loadSeconds } = reusable() ?? (await generate());
  console.log(`loaded in ${loadSeconds.toFixed(1)} s\n`);

  const store = new SqliteStore({ path: db });
  // A kept database from an older koe is upgraded first, as a deployment's would be.
  await store.migrate();
  const app = createApp({ store, clock: { now: () => END }, log: silentLogger });
  const raw = store.analytics;
  const headers = { authorization: `Bearer ${secretKey}` };
  const api = async (query: string) => {
    const response = await app.request(`/v1/surveys/srv_bench${query}`, { headers });
    if (response.status !== 200)
      throw new Error(`${query}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const last30 = `from=${new Date(END - 30 * DAY).toISOString()}&to=${new Date(END).toISOString()}`;
  const year = { from: END - 365 * DAY, to: END };
  const yearQuery = `from=${new Date(year.from).toISOString()}&to=${new Date(year.to).toISOString()}`;

  const rows: string[][] = [];
  const summary: SummaryRow[] = [];
  const section = `metrics API at ${ROWS_LABEL} rows: p50 ms, koe vs full scan`;
  const measure = async (
    name: string,
    koe: () => Promise<unknown>,
    naive: () => unknown,
    naiveRuns = 5,
  ) => {
    const k = await time(koe);
    const n = await time(naive, naiveRuns);
    rows.push([
      name,
      k.p50.toFixed(2),
      k.p95.toFixed(2),
      n.p50.toFixed(1),
      `${(n.p50 / k.p50).toFixed(0)}×`,
    ]);
    summary.push({
      section,
      what: name,
      koe: k.p50.toFixed(2),
      baseline: n.p50.toFixed(1),
      ratio: `${ratio(n.p50, k.p50)} faster`,
    });
  };

  await measure(
    'all-time NPS',
    () => api('/metrics'),
    () => summarize('nps', distributionFromCounts('nps', raw.rawScoreCounts('srv_bench', {}))),
  );
  await measure(
    'last 30 days NPS, compare=previous',
    () => api(`/metrics?${last30}&compare=previous`),
    () =>
      compareDistributions(
        'nps',
        distributionFromCounts(
          'nps',
          raw.rawScoreCounts('srv_bench', { from: END - 30 * DAY, to: END }),
        ),
        distributionFromCounts(
          'nps',
          raw.rawScoreCounts('srv_bench', { from: END - 60 * DAY, to: END - 30 * DAY }),
        ),
      ),
  );
  await measure(
    'a year of daily series, Asia/Tokyo',
    () => api(`/metrics?${yearQuery}&interval=day&tz=Asia/Tokyo`),
    () =>
      raw.rawScoreCountsByBucket('srv_bench', timeBuckets(year.from, year.to, 'day', 'Asia/Tokyo')),
  );
  await measure(
    'a year of daily series, Asia/Kolkata (+05:30)',
    () => api(`/metrics?${yearQuery}&interval=day&tz=Asia/Kolkata`),
    () =>
      raw.rawScoreCountsByBucket(
        'srv_bench',
        timeBuckets(year.from, year.to, 'day', 'Asia/Kolkata'),
      ),
  );
  await measure(
    'groupBy touchpoint (all time)',
    () => api('/metrics?groupBy=touchpoint'),
    () => raw.rawScoreCountsByGroup('srv_bench', {}, 'touchpoint'),
    3,
  );
  await measure(
    'groupBy touchpoint, last 30 days',
    () => api(`/metrics?${last30}&groupBy=touchpoint`),
    () => raw.rawScoreCountsByGroup('srv_bench', { from: END - 30 * DAY, to: END }, 'touchpoint'),
  );

  printTable(['query', 'koe p50 ms', 'koe p95 ms', 'full-scan p50 ms', 'speed-up'], rows);

  const drillDown = await measureDrillDown({
    api,
    sqlite: store.sqlite,
    from: END - 30 * DAY,
    to: END,
    time,
    rowsLabel: ROWS_LABEL,
  });
  summary.push(...drillDown);

  await app.drain();
  await store.close();

  // The full NDJSON export from a real server process over HTTP: time, and the
  // server's resident memory before and at its peak (VmHWM), which must not
  // grow with the number of rows.
  const server = await startServerProcess(['--db', db]);
  try {
    const pid = server.child.pid as number;
    const idle = residentMb(pid, 'VmRSS');
    const start = performance.now();
    const response = await fetch(`${server.baseUrl}/v1/surveys/srv_bench/responses.ndjson`, {
      headers,
    });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    let bytes = 0;
    let lines = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      for (let at = value.indexOf(10); at !== -1; at = value.indexOf(10, at + 1)) lines++;
    }
    const seconds = (performance.now() - start) / 1000;
    const peak = residentMb(pid, 'VmHWM');
    console.log(
      `\nNDJSON export over HTTP: ${lines.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s` +
        ` (${Math.round(lines / seconds).toLocaleString('en')} rows/s); server RSS ${idle} MB before, peak ${peak} MB`,
    );
    const exportSection = `NDJSON export over HTTP at ${ROWS_LABEL} rows`;
    writeResults({
      name: `metrics-${ROWS}`,
      rows: [
        ...summary,
        {
          section: exportSection,
          what: 'rows/s streamed to the client',
          koe: Math.round(lines / seconds).toLocaleString('en'),
          baseline: '',
          ratio: 'rows/s',
        },
        {
          section: exportSection,
          what: 'server peak RSS MB during the export vs idle before it',
          koe: String(peak),
          baseline: String(idle),
          ratio: `+${peak - idle} MB`,
        },
      ],
      notes: [
        `Metrics: the analyst API in-process on SQLite (p50 of ${RUNS} requests) on responses spread over two years, beside the same counts from a full scan of the raw rows; the export streams every row from a server process over HTTP.`,
      ],
    });
  } finally {
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
  }
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
