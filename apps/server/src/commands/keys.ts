// `koe keys list|create|revoke`: secret keys from the command line, with the
// same rules as /v1/keys (admin.ts): secrets shown once, revocation at once
// in every running process, never a site's last write key.
import { createSecretKey, getSite, keyCreators, revokeSecretKey, secretKeyJson } from '../admin';
import type { Clock } from '../clock';
import { ApiError } from '../errors';
import type { KeyScope, Store } from '../store/types';
import { columns, minute, printJson } from './output';

export async function listKeys(store: Store, { siteId, json }: { siteId: string; json: boolean }) {
  await getSite(store, siteId);
  // No key makes this request, so none is "current".
  const records = await store.listSecretKeys(siteId);
  const creators = await keyCreators(store, records);
  const keys = records.map((key) => {
    const { current: _, ...shown } = secretKeyJson(key, { creators });
    return shown;
  });
  if (json) return printJson(keys);
  console.log(
    columns([
      ['ID', 'SCOPE', 'PREFIX', 'CREATED', 'LAST USED', 'NAME'],
      ...keys.map((k) => [
        k.id,
        k.scope,
        `${k.prefix}…`,
        k.createdAt.slice(0, 10),
        minute(k.lastUsedAt),
        k.name,
      ]),
    ]),
  );
}

export async function createKey(
  store: Store,
  clock: Clock,
  { siteId, scope, name, json }: { siteId: string; scope: KeyScope; name?: string; json: boolean },
) {
  const key = await createSecretKey(store, clock, { siteId, scope, name });
  if (json)
    return printJson({ keyId: key.id, siteId, scope, name: key.name, secretKey: key.secretKey });
  console.log(`secret key (${scope}, "${key.name}", shown once): ${key.secretKey}`);
}

export async function revokeKey(
  store: Store,
  clock: Clock,
  { keyId, json }: { keyId: string; json: boolean },
) {
  const key = await store.getSecretKey(keyId);
  if (!key)
    throw new ApiError('key-not-found', `no secret key ${keyId} (or it is already revoked)`);
  await revokeSecretKey(store, clock, key.siteId, key.id);
  if (json) return printJson({ keyId: key.id, siteId: key.siteId, revoked: true });
  console.log(
    `revoked ${key.id} (${key.scope}, "${key.name}") of ${key.siteId}: it no longer works`,
  );
}
