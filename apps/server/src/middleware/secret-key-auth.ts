// Analyst endpoints: `Authorization: Bearer sk_…`. Keys are looked up by
// their SHA-256; the site they belong to scopes every query that follows, so
// a key of site A cannot reach anything of site B. Lookups, found or not, are
// cached for a few seconds (a revoked key stops working within that time). The
// cache is LRU: made-up keys push out the keys used longest ago, where a cache
// that emptied itself when full let them push out the keys in use too. A
// client sending too many keys that are not valid is refused for a while
// (failed-key-limit.ts).
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Auth, Services } from '../context';
import { ApiError } from '../errors';
import { hashSecretKey } from '../keys';
import { LruCache } from '../lru-cache';
import type { KeyScope } from '../store/types';
import { checkFailedKeys } from './failed-key-limit';

const CACHE_MS = 10_000;
const CACHE_ENTRIES = 10_000;

export function secretKeyAuth(
  services: Pick<Services, 'store' | 'clock' | 'clientIds' | 'failedKeyLimiter' | 'config' | 'log'>,
): MiddlewareHandler<AppEnv> {
  const { store, clock } = services;
  const cache = new LruCache<string, { auth: Auth | undefined; expires: number }>(CACHE_ENTRIES);

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
    const hash = hashSecretKey(key);
    const now = clock.now();
    let entry = cache.get(hash);
    if (!entry || entry.expires <= now) {
      const record = key.startsWith('sk_') ? await store.findSecretKeyByHash(hash) : undefined;
      entry = {
        auth: record && { siteId: record.siteId, scope: record.scope, keyId: record.id },
        expires: now + CACHE_MS,
      };
      cache.set(hash, entry);
    }
    if (!entry.auth) {
      countFailedKey();
      throw unauthorized('this secret key is not valid');
    }
    c.set('auth', entry.auth);
    await next();
  };
}

/** Refuses keys without the given scope ("write" includes "read"). */
export function requireScope(scope: KeyScope): MiddlewareHandler<AppEnv> {
  return async function requireScope(c, next) {
    if (scope === 'write' && c.get('auth').scope !== 'write') {
      throw new ApiError('forbidden', 'this key has read scope; changes need a write key');
    }
    await next();
  };
}
