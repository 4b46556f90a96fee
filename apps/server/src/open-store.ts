// Picks the storage backend: PostgreSQL when a database URL is given,
// otherwise the embedded SQLite file.
import { PostgresStore } from './store/postgres/store';
import { SqliteStore } from './store/sqlite/store';
import type { Store } from './store/types';

export async function openStore({
  db,
  databaseUrl,
}: {
  db: string;
  databaseUrl?: string;
}): Promise<Store> {
  if (databaseUrl) {
    const store = new PostgresStore({ url: databaseUrl });
    await store.migrate();
    return store;
  }
  const store = new SqliteStore({ path: db, responseWriter: 'thread' });
  await store.migrate();
  return store;
}
