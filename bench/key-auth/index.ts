// What immediate revocation costs: every analyst request looks its secret
// key up in the store (middleware/secret-key-auth.ts), where a cache of found
// keys would let a revoked key work on until its entry expired. Measured on
// the real app (app.request, GET /v1/site: key lookup, getSite, JSON) with
// the lookup made on every request, against the same app whose store answers
// key lookups from memory, as a cache of found keys would; and the lookup
// alone. SQLite always; PostgreSQL when reachable (KOE_TEST_PG_URL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../apps/server/src/app';
import { systemClock } from '../../apps/server/src/clock';
import { hashSecretKey } from '../../apps/server/src/keys';
import { silentLogger } from '../../apps/server/src/log';
import { PostgresStore } from '../../apps/server/src/store/postgres/store';
import { SqliteStore } from '../../apps/server/src/store/sqlite/store';
import type { SecretKeyRecord, Store } from '../../apps/server/src/store/types';
import { freshDatabase, postgresForTests } from '../../apps/server/test/pg-database';
import { createBenchSurvey } from '../bench-survey';
import { type SummaryRow, writeResults } from '../results';
import { median, printTable } from '../table';

const REQUESTS = 2_000;
const RUNS = 9;

/**
 * Mean µs per call of each function, as the median over RUNS rounds; the
 * functions take turns within a round, so load on the machine and warming
 * up weigh on all of them alike.
 */
async function microsPerCall(...fns: Array<() => Promise<unknown>>): Promise<number[]> {
  const means = fns.map(() => [] as number[]);
  for (let run = 0; run <= RUNS; run++) {
    for (const [i, fn] of fns.entries()) {
      const start = performance.now();
      for (let n = 0; n < REQUESTS; n++) await fn();
      if (run > 0) means[i]?.push(((performance.now() - start) * 1000) / REQUESTS);
    }
  }
  return means.map(median);
}

/** The store with key lookups answered from memory after the first: a cache of found keys. */
function withKeyCache(store: Store): Store {
  const cache = new Map<string, SecretKeyRecord | undefined>();
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'findSecretKeyByHash')
        return async (hash: string) => {
          if (!cache.has(hash)) cache.set(hash, await target.findSecretKeyByHash(hash));
          return cache.get(hash);
        };
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function measure(name: string, store: Store) {
  await store.migrate();
  const { secretKey } = await createBenchSurvey(store, ['https://bench.example']);
  const config = { clientRateLimit: 0, siteRateLimit: 0, failedKeyRateLimit: 0 };
  const request = (app: ReturnType<typeof createApp>) => async () => {
    const response = await app.request('/v1/site', {
      headers: { authorization: `Bearer ${secretKey}` },
    });
    if (response.status !== 200) throw new Error(`GET /v1/site: ${response.status}`);
    await response.arrayBuffer();
  };
  const everyTime = createApp({ store, clock: systemClock, log: silentLogger, config });
  const cached = createApp({
    store: withKeyCache(store),
    clock: systemClock,
    log: silentLogger,
    config,
  });
  const hash = hashSecretKey(secretKey);
  const [lookup, uncached, withCache] = await microsPerCall(
    () => store.findSecretKeyByHash(hash),
    request(everyTime),
    request(cached),
  );
  const result = {
    name,
    lookup: lookup as number,
    request: uncached as number,
    cachedRequest: withCache as number,
  };
  await everyTime.drain();
  await cached.drain();
  return result;
}

const results = [];
const dir = mkdtempSync(join(tmpdir(), 'koe-bench-keys-'));
try {
  const sqlite = new SqliteStore({ path: join(dir, 'koe.db') });
  results.push(await measure('SQLite', sqlite));
  await sqlite.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (await postgresForTests('bench/key-auth')) {
  const database = await freshDatabase();
  const pg = new PostgresStore({ url: database.url });
  try {
    results.push(await measure('PostgreSQL (local)', pg));
  } finally {
    await pg.close();
    await database.drop();
  }
}

const µs = (n: number) => n.toFixed(1);
const signed = (n: number) => `${n >= 0 ? '+' : '−'}${µs(Math.abs(n))} µs`;
printTable(
  [
    'store',
    'key lookup alone µs',
    'GET /v1/site, lookup every request µs',
    'same, found keys cached µs',
    'cost of no cache',
  ],
  results.map((r) => [
    r.name,
    µs(r.lookup),
    µs(r.request),
    µs(r.cachedRequest),
    signed(r.request - r.cachedRequest),
  ]),
);
const summary: SummaryRow[] = results.map((r) => ({
  section:
    'secret keys: µs per analyst request, looked up every time (revocation at once) vs cached',
  what: `GET /v1/site in process, ${r.name}`,
  koe: µs(r.request),
  baseline: µs(r.cachedRequest),
  ratio: signed(r.request - r.cachedRequest),
}));
writeResults({
  name: 'key-auth',
  rows: summary,
  notes: [
    'Secret keys: the same in-process app and store, once looking the key up on every request and once with found keys answered from memory, as a cache of found keys (which would delay revocation) would.',
  ],
});
