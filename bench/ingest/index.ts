// bench/ingest: POST /v1/responses under load (wrk, 64 connections) against
// koe with durable acknowledgement (SQLite WAL, synchronous=FULL, group
// commit in a writer thread) and, in the same run, against a bare node:http
// server parsing the same JSON. koe runs twice, on fresh databases: with
// time-ordered UUIDv7 ids (what the widget sends) and with random UUIDv4 ids
// (the worst case: every insert lands on a random index page); then on
// PostgreSQL with one and with two server processes on one database.
// Prints req/s, p50/p99 latency, peak RSS and the ratio. Needs wrk
// (Debian: apt-get install -y wrk).
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PostgresStore } from '../../apps/server/src/store/postgres/store';
import { SqliteStore } from '../../apps/server/src/store/sqlite/store';
import type { Store } from '../../apps/server/src/store/types';
import {
  freshDatabase as freshPgDatabase,
  postgresForTests,
} from '../../apps/server/test/pg-database';
import { BENCH_SURVEY, createBenchSurvey } from '../bench-survey';
import { buildWorkspace } from '../build';
import { residentMb } from '../process-memory';
import { ratio, writeResults } from '../results';
import { printTable } from '../table';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const here = fileURLToPath(new URL('.', import.meta.url));
const serverDir = fileURLToPath(new URL('../../apps/server', import.meta.url));
const builtCli = join(serverDir, 'dist', 'cli.js');

if (spawnSync('wrk', ['--version']).error) {
  console.log('bench/ingest needs wrk: apt-get install -y wrk');
  process.exit(0);
}

/** Starts a node process and resolves with the port it prints. */
function startProcess(args: string[], env: Record<string, string>, portPattern: RegExp) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise<{ child: ChildProcess; port: number; output: () => string }>(
    (resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk;
        const match = output.match(portPattern);
        if (match) resolve({ child, port: Number(match[1]), output: () => output });
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('exit', (code) => {
        if (code !== 0) reject(new Error(`exited ${code}: ${output}`));
      });
    },
  );
}

function toMs(value: string, unit: string): number {
  const n = Number(value);
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : n;
}

async function runWrk(port: number, env: Record<string, string>, connections = CONNECTIONS) {
  const child = spawn(
    'wrk',
    [
      '-t2',
      `-c${connections}`,
      `-d${SECONDS}s`,
      '--latency',
      '-s',
      join(here, 'wrk-post.lua'),
      `http://127.0.0.1:${port}`,
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk;
  });
  await new Promise((resolve) => child.once('close', resolve));
  const latency = (p: string) => {
    const match = out.match(new RegExp(`\\s${p}%\\s+([\\d.]+)(us|ms|s)`));
    return match ? toMs(match[1] as string, match[2] as string) : Number.NaN;
  };
  const total = Number(out.match(/(\d+) requests in/)?.[1] ?? 0);
  const non2xx = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const errors = out.match(/Socket errors: (.*)/)?.[1];
  return {
    rps: Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0),
    p50: latency('50'),
    p99: latency('99'),
    total,
    non2xx,
    errors,
  };
}

/** A fresh SQLite database with one site and one active NPS survey. */
async function freshDatabase(dir: string, name: string) {
  const db = join(dir, `${name}.db`);
  const store = new SqliteStore({ path: db });
  await store.migrate();
  const wrkEnv = await seed(store);
  await store.close();
  return { db, wrkEnv };
}

/** One site and one active NPS survey; the environment wrk-post.lua reads. */
async function seed(store: Store) {
  const { site } = await createBenchSurvey(store, ['http://localhost']);
  return { SITE_KEY: site.publishableKey, SURVEY_ID: BENCH_SURVEY };
}

/** koe as it runs in production (the built bundle on plain node), on its own fresh database. */
async function runKoe(dir: string, idKind: 'v7' | 'v4') {
  const { db, wrkEnv } = await freshDatabase(dir, idKind);
  const env = { ...wrkEnv, ID_KIND: idKind };
  const koe = await startProcess(
    [builtCli, 'serve', '--port', '0', '--db', db],
    { KOE_RATE_LIMIT_CLIENT: '0', KOE_RATE_LIMIT_SITE: '0', KOE_LOG_LEVEL: 'info' },
    /"url":"http:\/\/[^:]+:(\d+)"/,
  );
  await runWrk(koe.port, env); // warm-up pass, as for the baseline
  const result = await runWrk(koe.port, env);
  const rss = residentMb(koe.child.pid as number, 'VmHWM');
  koe.child.kill('SIGTERM');
  await new Promise((resolve) => koe.child.once('close', resolve));
  const check = new SqliteStore({ path: db });
  const stored = await check.countResponses('srv_bench');
  const full = check.sqlite.pragma('synchronous', { simple: true }) === 2;
  await check.close();
  const batches = koe.output().match(/"batches":(\d+),"responses":(\d+)/);
  const meanBatch = batches ? Number(batches[2]) / Number(batches[1]) : Number.NaN;
  return { result, rss, stored, full, meanBatch };
}

/**
 * koe on PostgreSQL: `processes` server processes on one fresh database, wrk
 * driving all of them at once with the connections split between them (as a
 * load balancer would). req/s is the sum, p99 the worst, RSS the largest.
 */
async function runKoePostgres(processes: number) {
  const database = await freshPgDatabase();
  try {
    const store = new PostgresStore({ url: database.url });
    await store.migrate();
    const wrkEnv = await seed(store);
    await store.close();
    const servers = await Promise.all(
      Array.from({ length: processes }, () =>
        startProcess(
          [builtCli, 'serve', '--port', '0', '--database-url', database.url],
          { KOE_RATE_LIMIT_CLIENT: '0', KOE_RATE_LIMIT_SITE: '0', KOE_LOG_LEVEL: 'info' },
          /"url":"http:\/\/[^:]+:(\d+)"/,
        ),
      ),
    );
    const drive = (pass: number) =>
      Promise.all(
        servers.map((s, i) =>
          runWrk(
            s.port,
            { ...wrkEnv, ID_KIND: 'v7', WRK_SALT: String(pass * 10 + i) },
            Math.max(2, Math.round(CONNECTIONS / processes)),
          ),
        ),
      );
    await drive(0); // warm-up
    const runs = await drive(1);
    const rss = Math.max(...servers.map((s) => residentMb(s.child.pid as number, 'VmHWM')));
    for (const s of servers) {
      s.child.kill('SIGTERM');
      await new Promise((resolve) => s.child.once('close', resolve));
    }
    const check = new PostgresStore({ url: database.url });
    const stored = await check.countResponses('srv_bench');
    await check.close();
    const result = {
      rps: runs.reduce((sum, r) => sum + r.rps, 0),
      p50: Math.max(...runs.map((r) => r.p50)),
      p99: Math.max(...runs.map((r) => r.p99)),
      total: runs.reduce((sum, r) => sum + r.total, 0),
      non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
      errors: runs.map((r) => r.errors).find(Boolean),
    };
    const logged = servers.map((s) => s.output().match(/"batches":(\d+),"responses":(\d+)/));
    const meanBatch =
      logged.reduce((sum, m) => sum + Number(m?.[2]), 0) /
      logged.reduce((sum, m) => sum + Number(m?.[1]), 0);
    return { result, rss, stored, full: true, meanBatch };
  } finally {
    await database.drop();
  }
}

/** req/s, p99 and peak RSS of each koe variant beside the bare server, for the bench summary. */
function headlineRows(
  bare: Awaited<ReturnType<typeof runWrk>>,
  bareRss: number,
  variants: Array<{
    name: string;
    run: Awaited<ReturnType<typeof runKoe>>;
    onlyThroughput?: boolean;
  }>,
) {
  const section = 'ingest: POST /v1/responses, koe vs bare node:http';
  return variants.flatMap(({ name, run, onlyThroughput }) => [
    {
      section,
      what: `req/s, ${name}`,
      koe: Math.round(run.result.rps).toLocaleString('en'),
      baseline: Math.round(bare.rps).toLocaleString('en'),
      ratio: ratio(run.result.rps, bare.rps),
    },
    ...(onlyThroughput
      ? []
      : [
          {
            section,
            what: `p99 ms, ${name}`,
            koe: run.result.p99.toFixed(2),
            baseline: bare.p99.toFixed(2),
            ratio: ratio(run.result.p99, bare.p99),
          },
          {
            section,
            what: `peak RSS MB, ${name}`,
            koe: run.rss.toFixed(0),
            baseline: bareRss.toFixed(0),
            ratio: ratio(run.rss, bareRss),
          },
        ]),
  ]);
}

const dir = mkdtempSync(join(tmpdir(), 'koe-bench-ingest-'));
try {
  buildWorkspace(serverDir);
  const { wrkEnv } = await freshDatabase(dir, 'bare');

  const bare = await startProcess([join(here, 'bare-server.mjs')], {}, /listening (\d+)/);
  await runWrk(bare.port, wrkEnv); // warm-up pass is not counted: JIT and socket setup
  const bareRun = await runWrk(bare.port, wrkEnv);
  const bareRss = residentMb(bare.child.pid as number, 'VmHWM');
  bare.child.kill();

  const v7 = await runKoe(dir, 'v7');
  const v4 = await runKoe(dir, 'v4');
  // PostgreSQL rows only where a server is reachable (see apps/server/test/pg-database.ts).
  const postgres = (await postgresForTests('bench/ingest PostgreSQL rows'))
    ? [await runKoePostgres(1), await runKoePostgres(2)]
    : [];

  const row = (
    name: string,
    r: Awaited<ReturnType<typeof runWrk>>,
    rss: number,
    extra: string[],
  ) => [
    name,
    r.rps.toFixed(0),
    r.p50.toFixed(2),
    r.p99.toFixed(2),
    rss.toFixed(0),
    String(r.non2xx),
    ...extra,
  ];
  const koeRow = (name: string, k: typeof v7) =>
    row(name, k.result, k.rss, [
      (k.result.rps / bareRun.rps).toFixed(2),
      k.meanBatch.toFixed(1),
      `${k.stored}/${k.result.total}`,
    ]);
  console.log(
    `wrk -t2 -c${CONNECTIONS} -d${SECONDS}s, POST /v1/responses (text/plain JSON, a new id each)\n`,
  );
  printTable(
    [
      'server',
      'req/s',
      'p50 ms',
      'p99 ms',
      'peak RSS MB',
      'non-2xx',
      'ratio',
      'mean batch',
      'rows/acked',
    ],
    [
      row('bare node:http (parse JSON)', bareRun, bareRss, ['1.00', '-', '-']),
      koeRow('koe, UUIDv7 ids (widget)', v7),
      koeRow('koe, UUIDv4 ids (random)', v4),
      ...postgres.map((p, i) => koeRow(`koe on PostgreSQL, ${i + 1} process${i ? 'es' : ''}`, p)),
    ],
  );
  console.log(
    `\nkoe: SQLite WAL, synchronous=${v7.full && v4.full ? 'FULL' : 'NOT FULL'}, acknowledged after commit.` +
      ' rows/acked counts both wrk passes (rows) against the measured pass (acked).',
  );
  writeResults({
    name: 'ingest',
    rows: headlineRows(bareRun, bareRss, [
      { name: 'SQLite, UUIDv7 ids (widget)', run: v7 },
      { name: 'SQLite, UUIDv4 ids (random)', run: v4, onlyThroughput: true },
      ...postgres.map((run, i) => ({ name: `PostgreSQL, ${i + 1} process${i ? 'es' : ''}`, run })),
    ]),
    notes: [
      `Ingest: wrk -t2 -c${CONNECTIONS} -d${SECONDS}s POSTing a new answer each request, acknowledged after commit (SQLite synchronous=FULL); bare node:http only parses the JSON.`,
    ],
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
