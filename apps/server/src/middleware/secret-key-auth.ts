// Analyst endpoints: `Authorization: Bearer sk_…`. Keys are looked up by
// their SHA-256; the site they belong to scopes every query that follows, so
// a key of site A cannot reach anything of site B.
//
// A key that is found is never cached: each request reads it (one lookup on
// the unique hash index), so a revoked key stops working at once in every
// process, also with many processes on one PostgreSQL. That costs about
// 10 µs a request on SQLite and one round trip (about 120 µs on a local
// PostgreSQL) measured by bench/key-auth; see docs/deploy.md. Keys that are
// not found are remembered for 10 s in a
// bounded LRU: that is what keeps guessing cheap for the server (made-up keys
// push out only the guesses used longest ago), and nothing that was refused
// can turn valid by a revocation. A client sending too many keys that are not
// valid is refused for a while (failed-key-limit.ts).
//
// When a key was last used is recorded at most once a minute per key (a
// conditional UPDATE), not a write per request.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { hashSecretKey } from '../keys';
import { LruCache } from '../lru-cache';
import type { SecretKeyRecord } from '../store/types';
import { checkFailedKeys } from './failed-key-limit';

const MISS_CACHE_MS = 10_000;
const MISS_CACHE_ENTRIES = 10_000;
/** lastUsedAt is exact to this much: one write per key per minute at most. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export function secretKeyAuth(
  services: Pick<Services, 'store' | 'clock' | 'clientIds' | 'failedKeyLimiter' | 'config' | 'log'>,
): MiddlewareHandler<AppEnv> {
  const { store, clock, log } = services;
  /** SHA-256 of a key that was not valid → until when that answer stands. */
  const misses = new LruCache<string, number>(MISS_CACHE_ENTRIES);

  async function lookUp(key: string, now: number): Promise<SecretKeyRecord | undefined> {
    const hash = hashSecretKey(key);
    const missedUntil = misses.get(hash);
    if (missedUntil !== undefined && missedUntil > now) return undefined;
    const record = key.startsWith('sk_') ? await store.findSecretKeyByHash(hash) : undefined;
    if (!record) misses.set(hash, now + MISS_CACHE_MS);
    return record;
  }

  async function noteUse(record: SecretKeyRecord, now: number): Promise<void> {
    const staleBefore = now - LAST_USED_RESOLUTION_MS + 1;
    if (record.lastUsedAt !== null && record.lastUsedAt >= staleBefore) return;
    // Bookkeeping: a failure to record it must not refuse the request.
    await store.touchSecretKey(record.id, now, staleBefore).catch((error: unknown) => {
      log.warn({ err: error, keyId: record.id }, 'could not record when a key was used');
    });
  }

  return async function secretKeyAuth(c, next) {
    const countFailedKey = checkFailedKeys(services, c);
    const header = c.req.header('authorization') ?? '';
    const match = header.match(/^Bearer\s+(\S+)$/i);
    const unauthorized = (detail: string) =>
      new ApiError('unauthorized', detail, {
        headers: { 'www-authenticate': 'Bearer realm="koe"' },
      });
    if (!match) throw unauthorized('send a secret key as "Authorization: Bearer sk_…"');
    const key = match[1] as string;
    if (key.startsWith('pk_')) {
      throw new ApiError(
        'forbidden',
        'publishable keys only send responses; use a secret key (sk_…)',
      );
    }
    const now = clock.now();
    const record = await lookUp(key, now);
    if (!record) {
      countFailedKey();
      throw unauthorized('this secret key is not valid');
    }
    await noteUse(record, now);
    c.set('auth', {
      siteId: record.siteId,
      actor: {
        kind: 'key',
        keyId: record.id,
        scope: record.scope,
        label: `${record.prefix}… (${record.name})`,
      },
    });
    await next();
  };
}
