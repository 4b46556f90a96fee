// site_installs rows on either backend: '' in the origin column stands for
// "no Origin header" (a primary-key column cannot be NULL), null above the store.
import type { SiteInstall } from './types';

export interface InstallRow {
  site_id: string;
  allowed: boolean | number;
  origin: string;
  first_seen_at: number;
  last_seen_at: number;
  count: number;
}

export const originColumn = (origin: string | null) => origin ?? '';

export function toInstall(row: InstallRow): SiteInstall {
  return {
    siteId: row.site_id,
    origin: row.origin === '' ? null : row.origin,
    allowed: Boolean(row.allowed),
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    count: row.count,
  };
}

/** Each site and verdict a batch touched, once: where the oldest rows may need pruning. */
export function touchedGroups(
  seen: readonly SiteInstall[],
): Array<[siteId: string, allowed: boolean]> {
  const groups = new Map<string, [string, boolean]>();
  for (const s of seen) groups.set(`${s.allowed ? 1 : 0}${s.siteId}`, [s.siteId, s.allowed]);
  return [...groups.values()];
}
