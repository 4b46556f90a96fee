// A throwaway PostgreSQL database per test file, on the server these tests
// are given (KOE_TEST_PG_URL, default: the local one CI machines run). In CI
// an unreachable server fails the run; elsewhere the suites say they skipped.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const ADMIN_URL = process.env.KOE_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether the PostgreSQL suites run; throws in CI when the server is missing. */
export async function postgresForTests(suite: string): Promise<boolean> {
  if (await reachable()) return true;
  if (process.env.CI === 'true')
    throw new Error(`PostgreSQL is not reachable at ${ADMIN_URL}; CI must run ${suite}`);
  console.warn(`SKIPPED ${suite}: no PostgreSQL at ${ADMIN_URL} (set KOE_TEST_PG_URL)`);
  return false;
}

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates an empty database; drop() removes it (closing any connection left). */
export async function freshDatabase(): Promise<FreshDatabase> {
  const name = `koe_test_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
