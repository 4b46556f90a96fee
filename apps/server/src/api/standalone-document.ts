// The OpenAPI document without a running server, for `koe openapi` and the
// generated client (packages/client). The app is built on a throwaway
// in-memory SQLite store that no request ever reaches: the document comes
// from the route declarations alone.
import { createApp } from '../app';
import { systemClock } from '../clock';
import { silentLogger } from '../log';
import { SqliteStore } from '../store/sqlite/store';

export async function standaloneOpenApiDocument(): Promise<Record<string, unknown>> {
  const store = new SqliteStore({ path: ':memory:' });
  await store.migrate();
  try {
    const app = createApp({ store, clock: systemClock, log: silentLogger });
    const response = await app.request('/v1/openapi.json');
    return (await response.json()) as Record<string, unknown>;
  } finally {
    await store.close();
  }
}
