// Picks the storage backend: PostgreSQL when a database URL is given,
// otherwise the embedded SQLite file.
import { SqliteStore } from './store/sqlite-store';
import type { Store } from './store/types';

export async function openStore({
  db,
  databaseUrl,
}: {
  db: string;
  databaseUrl?: string;
}): Promise<Store> {
  if (databaseUrl) {
    throw new Error(
      'the PostgreSQL backend is not available yet; run without KOE_DATABASE_URL to use SQLite',
    );
  }
  const store = new SqliteStore({ path: db, responseWriter: 'thread' });
  await store.migrate();
  return store;
}
