// The install check's table on SQLite: one transaction per flush upserts the
// counts (added up, first/last widened) and prunes each touched site and
// verdict to its most recently seen origins.
import type Database from 'better-sqlite3';
import { type InstallRow, originColumn, toInstall, touchedGroups } from '../install-rows';
import type { SiteInstall } from '../types';

export class SqliteInstalls {
  private readonly upsert: Database.Statement;
  private readonly prune: Database.Statement;
  private readonly list: Database.Statement<[string], InstallRow>;
  private readonly record: (seen: readonly SiteInstall[], keep: number) => void;

  constructor(db: Database.Database) {
    // Only for sites that exist (WHERE EXISTS; it also lets SQLite parse ON CONFLICT after a SELECT).
    this.upsert = db.prepare(
      `INSERT INTO site_installs (site_id, allowed, origin, first_seen_at, last_seen_at, count)
       SELECT @siteId, @allowed, @origin, @firstSeenAt, @lastSeenAt, @count
       WHERE EXISTS (SELECT 1 FROM sites WHERE id = @siteId)
       ON CONFLICT (site_id, allowed, origin) DO UPDATE SET
         first_seen_at = min(site_installs.first_seen_at, excluded.first_seen_at),
         last_seen_at = max(site_installs.last_seen_at, excluded.last_seen_at),
         count = site_installs.count + excluded.count`,
    );
    this.prune = db.prepare(
      `DELETE FROM site_installs WHERE site_id = @siteId AND allowed = @allowed AND origin NOT IN (
         SELECT origin FROM site_installs WHERE site_id = @siteId AND allowed = @allowed
         ORDER BY last_seen_at DESC, origin LIMIT @keep)`,
    );
    this.list = db.prepare(
      'SELECT * FROM site_installs WHERE site_id = ? ORDER BY last_seen_at DESC, allowed DESC, origin',
    );
    const record = db.transaction((seen: readonly SiteInstall[], keep: number) => {
      for (const s of seen)
        this.upsert.run({ ...s, allowed: s.allowed ? 1 : 0, origin: originColumn(s.origin) });
      for (const [siteId, allowed] of touchedGroups(seen))
        this.prune.run({ siteId, allowed: allowed ? 1 : 0, keep });
    });
    // Immediate: take the write lock first, as every koe write transaction does.
    this.record = (seen, keep) => record.immediate(seen, keep);
  }

  add(seen: readonly SiteInstall[], keep: number): void {
    if (seen.length) this.record(seen, keep);
  }

  of(siteId: string): SiteInstall[] {
    return this.list.all(siteId).map(toInstall);
  }
}
