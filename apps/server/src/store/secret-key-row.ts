// An api_keys row as drizzle returns it on either backend, as a SecretKeyRecord
// (never its hash: nothing above the store needs it once the key is found).
import type { KeyScope, SecretKeyRecord } from './types';

export interface SecretKeyRow {
  id: string;
  siteId: string;
  prefix: string;
  scope: KeyScope;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
  createdBy?: string | null;
}

export function toSecretKey(row: SecretKeyRow): SecretKeyRecord {
  return {
    id: row.id,
    siteId: row.siteId,
    prefix: row.prefix,
    scope: row.scope,
    name: row.name,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    createdBy: row.createdBy ?? null,
  };
}
