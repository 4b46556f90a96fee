// Opens a SQLite connection the way every koe connection must be set up:
// WAL (readers never wait for the writer), synchronous=FULL by default (a
// commit survives power loss), foreign keys on, and a busy timeout for the
// moments when two connections want the write lock.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Synchronous = 'FULL' | 'NORMAL';

export function openSqlite(path: string, synchronous: Synchronous = 'FULL'): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** `?, ?, …` for n bound values. */
export const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
