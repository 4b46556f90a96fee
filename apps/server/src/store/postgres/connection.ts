// How every PostgreSQL pool is opened. bigint columns (millisecond times,
// count(*), sum()) come back as JavaScript numbers: all of them stay far
// below 2^53, and numbers are what the rest of koe works with.
import pg from 'pg';

const INT8 = 20;
const NUMERIC = 1700;

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8 || oid === NUMERIC) return (value: string) => Number(value);
    return pg.types.getTypeParser(oid, format);
  },
};

export interface PgPoolOptions {
  connectionString: string;
  /** Connections per process; writes use one at a time, reads share the rest. */
  max?: number;
}

export function openPgPool({ connectionString, max = 10 }: PgPoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    types: types as pg.CustomTypesConfig,
    // A statement stuck behind a lock fails instead of holding a request forever.
    statement_timeout: 30_000,
    application_name: 'koe',
  });
  // An idle client losing its connection (server restart) must not crash the process.
  pool.on('error', () => {});
  return pool;
}

/** Runs fn in one transaction on one pooled client; rolls back on any error. */
export async function inTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** `$from, $from+1, …` for n bound values. */
export const params = (n: number, from = 1) =>
  Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ');
