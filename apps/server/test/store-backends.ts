// The backends every store contract test runs against: a real SQLite file and
// a real PostgreSQL database, each fresh per test file, each with the raw-row
// baseline queries the rollups are compared with.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SurveyInputSchema } from '@koe/core';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PostgresStore } from '../src/store/postgres/store';
import { SqliteStore } from '../src/store/sqlite/store';
import type { ScoreCount, Store } from '../src/store/types';
import { freshDatabase, postgresForTests } from './pg-database';

/** Raw-row recomputations (sync on SQLite, async on PostgreSQL). */
export interface RawBaseline {
  rawScoreCounts(surveyId: string, range: { from?: number; to?: number }): unknown;
  rawScoreCountsByBucket(
    surveyId: string,
    buckets: ReadonlyArray<{ start: number; end: number }>,
  ): unknown;
  rawScoreCountsByGroup(
    surveyId: string,
    range: { from?: number; to?: number },
    column: string,
  ): unknown;
}

export interface OpenedStore {
  store: Store;
  raw: RawBaseline;
  /** A second, independent connection to the same database (another process's view). */
  twin(): Promise<Store>;
  /** Runs SQL on the database behind the store's back (an older version's data). */
  execute(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  available: boolean;
  open(): Promise<OpenedStore>;
}

export type Counted = ScoreCount & { i?: number; key?: string | null };

async function openSqlite(): Promise<OpenedStore> {
  const dir = mkdtempSync(join(tmpdir(), 'koe-contract-'));
  const path = join(dir, 'koe.db');
  const store = new SqliteStore({ path });
  await store.migrate();
  const twins: SqliteStore[] = [];
  return {
    store,
    raw: store.analytics,
    async twin() {
      const other = new SqliteStore({ path });
      twins.push(other);
      return other;
    },
    async execute(sql) {
      const db = new Database(path);
      try {
        db.exec(sql);
      } finally {
        db.close();
      }
    },
    async close() {
      for (const other of twins) await other.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openPostgres(): Promise<OpenedStore> {
  const database = await freshDatabase();
  const store = new PostgresStore({ url: database.url });
  await store.migrate();
  const twins: PostgresStore[] = [];
  return {
    store,
    raw: store.analytics,
    async twin() {
      const other = new PostgresStore({ url: database.url });
      twins.push(other);
      return other;
    },
    async execute(sql) {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    },
    async close() {
      for (const other of twins) await other.close();
      await store.close();
      await database.drop();
    },
  };
}

export async function storeBackends(suite: string): Promise<Backend[]> {
  return [
    { name: 'sqlite', available: true, open: openSqlite },
    { name: 'postgres', available: await postgresForTests(suite), open: openPostgres },
  ];
}

/** A site that accepts every origin, for store-level tests. */
export async function addSite(store: Store, id: string): Promise<void> {
  await store.createSite({
    id,
    name: id,
    origins: ['*'],
    publishableKey: `pk_${randomUUID().replaceAll('-', '')}`,
    createdAt: 0,
  });
}

/** An active NPS survey of the site, for store-level tests. */
export async function addNpsSurvey(store: Store, siteId: string, id: string): Promise<void> {
  await store.createSurvey({
    id,
    siteId,
    type: 'nps',
    definition: SurveyInputSchema.parse({
      name: id,
      type: 'nps',
      status: 'active',
      question: { en: 'Q' },
    }),
    createdAt: 0,
    updatedAt: 0,
  });
}
