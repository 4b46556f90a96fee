// bench/campaigns: what a relationship survey by email costs koe, on SQLite
// and PostgreSQL, with 10,000 recipients. Each koe figure sits beside a
// baseline measured in the same run on the same database:
// - uploading the list as CSV through the API (parse, check every row, hash
//   the addresses, upsert) against inserting the same rows with plain INSERTs
//   in one transaction;
// - queuing a round (a signed token, the rendered email and the send row per
//   recipient, in the scheduler's transactions, perMinute 600) against adding
//   the same number of already-rendered mails to the outbox;
// - a page of 100 recipients with their statuses, and the campaign's counts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../apps/server/src/app';
import { ManualClock } from '../../apps/server/src/clock';
import { silentLogger } from '../../apps/server/src/log';
import type { OutgoingMail } from '../../apps/server/src/store/alert-types';
import { PostgresStore } from '../../apps/server/src/store/postgres/store';
import { SqliteStore } from '../../apps/server/src/store/sqlite/store';
import type { Store } from '../../apps/server/src/store/types';
import { freshDatabase, postgresForTests } from '../../apps/server/test/pg-database';
import { BENCH_SURVEY, createBenchSurvey } from '../bench-survey';
import { ratio, type SummaryRow, writeResults } from '../results';
import { median, printTable } from '../table';

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const PAGE_RUNS = 25;
const ZONES = ['Asia/Tokyo', 'Europe/Berlin', 'America/New_York', ''];

const csv = [
  'email,userId,locale,timeZone,plan',
  ...Array.from(
    { length: RECIPIENTS },
    (_, i) =>
      `person${i}@example.com,cust-${i},${i % 3 ? 'en' : 'ja'},${ZONES[i % 4]},plan-${i % 5}`,
  ),
].join('\r\n');

interface Figures {
  uploadMs: number;
  bareInsertMs: number;
  queueMs: number;
  outboxMs: number;
  pageMs: number;
  countsMs: number;
}

async function measure(store: Store, bareInsert: (rows: unknown[][]) => Promise<void>) {
  const clock = new ManualClock(Date.UTC(2026, 0, 5, 0));
  const { secretKey } = await createBenchSurvey(store, ['*']);
  const app = createApp({
    store,
    clock,
    log: silentLogger,
    // Nothing is sent: the outbox is filled, never drained.
    config: {
      smtpUrl: 'smtp://127.0.0.1:9',
      publicUrl: 'https://koe.example',
      clientRateLimit: 0,
      siteRateLimit: 0,
      failedKeyRateLimit: 0,
    },
  });
  const api = async (path: string, method = 'GET', body?: unknown) => {
    const answer = await app.request(`/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    if (answer.status >= 300) throw new Error(`${method} ${path}: ${await answer.text()}`);
    return answer.json() as Promise<Record<string, unknown>>;
  };
  try {
    const { id } = (await api('/campaigns', 'POST', {
      surveyId: BENCH_SURVEY,
      name: 'Bench',
      repeat: 'quarterly',
      startDate: null,
      perMinute: 600,
    })) as { id: string };

    let start = performance.now();
    const uploaded = await api(`/campaigns/${id}/recipients`, 'POST', { csv });
    const uploadMs = performance.now() - start;
    if (uploaded.added !== RECIPIENTS) throw new Error(`uploaded ${JSON.stringify(uploaded)}`);

    const rows = Array.from({ length: RECIPIENTS }, (_, i) => [
      `bare${i}`,
      `person${i}@example.com`,
      `cust-${i}`,
      `plan-${i % 5}`,
    ]);
    start = performance.now();
    await bareInsert(rows);
    const bareInsertMs = performance.now() - start;

    await api(`/campaigns/${id}`, 'PATCH', { status: 'active' });
    const campaigns = app.services.campaigns;
    if (!campaigns) throw new Error('no campaign scheduler');
    let queued = 0;
    start = performance.now();
    while (queued < RECIPIENTS) {
      const now = await campaigns.runOnce();
      if (now === 0) throw new Error(`stuck at ${queued}`);
      queued += now;
      clock.advance(60_000); // the throttle's minute
    }
    const queueMs = performance.now() - start;

    const mails: OutgoingMail[] = Array.from({ length: RECIPIENTS }, (_, i) => ({
      id: `mail_bench_${i}`,
      siteId: null,
      to: `person${i}@example.com`,
      subject: 'How likely are you to recommend us?',
      text: 'x'.repeat(2_000),
      html: 'x'.repeat(6_000),
      headers: { 'List-Unsubscribe': '<https://koe.example/v1/campaigns/unsubscribe?token=x>' },
      responseId: null,
      status: 'sent',
      attempts: 1,
      nextAttemptAt: null,
      lastError: null,
      createdAt: 0,
    }));
    start = performance.now();
    for (let i = 0; i < mails.length; i += 600) await store.mail.add(mails.slice(i, i + 600));
    const outboxMs = performance.now() - start;

    const pageTimes: number[] = [];
    const countTimes: number[] = [];
    for (let run = 0; run < PAGE_RUNS; run++) {
      start = performance.now();
      await api(`/campaigns/${id}/recipients?limit=100&after=rcp_${'m'.repeat(run % 2)}`);
      pageTimes.push(performance.now() - start);
      start = performance.now();
      await api(`/campaigns/${id}`);
      countTimes.push(performance.now() - start);
    }
    return {
      uploadMs,
      bareInsertMs,
      queueMs,
      outboxMs,
      pageMs: median(pageTimes),
      countsMs: median(countTimes),
    } satisfies Figures;
  } finally {
    await app.drain();
  }
}

async function onSqlite(): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'koe-bench-campaigns-'));
  const store = new SqliteStore({ path: join(dir, 'koe.db') });
  await store.migrate();
  try {
    return await measure(store, async (rows) => {
      const db = (store as unknown as { sqlite: import('better-sqlite3').Database }).sqlite;
      db.exec('CREATE TABLE bare (id TEXT PRIMARY KEY, email TEXT, user_id TEXT, plan TEXT)');
      const insert = db.prepare('INSERT INTO bare VALUES (?, ?, ?, ?)');
      db.transaction(() => {
        for (const row of rows) insert.run(...row);
      })();
    });
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function onPostgres(): Promise<Figures | undefined> {
  if (!(await postgresForTests('bench/campaigns PostgreSQL rows'))) return undefined;
  const database = await freshDatabase();
  const store = new PostgresStore({ url: database.url });
  await store.migrate();
  try {
    return await measure(store, async (rows) => {
      const pool = (store as unknown as { pool: import('pg').Pool }).pool;
      const client = await pool.connect();
      try {
        await client.query(
          'CREATE TABLE bare (id text PRIMARY KEY, email text, user_id text, plan text)',
        );
        await client.query('BEGIN');
        for (const row of rows) await client.query('INSERT INTO bare VALUES ($1, $2, $3, $4)', row);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    });
  } finally {
    await store.close();
    await database.drop();
  }
}

const ms = (value: number) =>
  `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;
const results: Array<[string, Figures]> = [['SQLite', await onSqlite()]];
const pg = await onPostgres();
if (pg) results.push(['PostgreSQL', pg]);

const n = RECIPIENTS.toLocaleString('en');
printTable(
  [
    'backend',
    `upload ${n} (CSV, API)`,
    'bare INSERTs',
    `queue ${n} emails`,
    'outbox adds',
    'page of 100',
    'counts',
  ],
  results.map(([name, f]) => [
    name,
    ms(f.uploadMs),
    ms(f.bareInsertMs),
    ms(f.queueMs),
    ms(f.outboxMs),
    ms(f.pageMs),
    ms(f.countsMs),
  ]),
);

const rows: SummaryRow[] = results.flatMap(([name, f]) => [
  {
    section: 'campaigns: recipient list upload',
    what: `${n} CSV rows via the API vs bare INSERTs, ${name}`,
    koe: ms(f.uploadMs),
    baseline: ms(f.bareInsertMs),
    ratio: ratio(f.uploadMs, f.bareInsertMs),
  },
  {
    section: 'campaigns: a round queued',
    what: `${n} emails (token, render, send row) vs adding rendered mails to the outbox, ${name}`,
    koe: ms(f.queueMs),
    baseline: ms(f.outboxMs),
    ratio: ratio(f.queueMs, f.outboxMs),
  },
]);
writeResults({
  name: 'campaigns',
  rows,
  notes: [
    `Campaigns: ${n} recipients in 4 zones; the round queued by the scheduler at 600 a minute (the clock advanced a minute between runs, no real waiting); baselines are plain INSERTs of the same rows in one transaction and store.mail.add of already-rendered mails, on the same database in the same run.`,
  ],
});
