// The install check's table on PostgreSQL. Every process flushes its counts
// every few seconds: one transaction upserts them all (counts add up,
// first/last widen) and prunes each touched site and verdict to its most
// recently seen origins. Flushes take turns on an advisory lock, so two
// processes pruning rows the other is upserting cannot deadlock.
import type pg from 'pg';
import { type InstallRow, originColumn, toInstall, touchedGroups } from '../install-rows';
import type { SiteInstall } from '../types';
import { inTransaction } from './connection';

const INSTALLS_LOCK = 0x6b6f6569; // "koei"

export class PgInstalls {
  constructor(private readonly pool: pg.Pool) {}

  async add(seen: readonly SiteInstall[], keep: number): Promise<void> {
    if (!seen.length) return;
    await inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [INSTALLS_LOCK]);
      await client.query(
        `INSERT INTO site_installs (site_id, allowed, origin, first_seen_at, last_seen_at, count)
         SELECT s.site_id, s.allowed, s.origin, min(s.first_seen_at), max(s.last_seen_at), sum(s.count)
         FROM unnest($1::text[], $2::boolean[], $3::text[], $4::bigint[], $5::bigint[], $6::bigint[])
           AS s(site_id, allowed, origin, first_seen_at, last_seen_at, count)
         JOIN sites ON sites.id = s.site_id
         -- One row per key: ON CONFLICT may not touch a row twice in one statement.
         GROUP BY s.site_id, s.allowed, s.origin
         ON CONFLICT (site_id, allowed, origin) DO UPDATE SET
           first_seen_at = LEAST(site_installs.first_seen_at, EXCLUDED.first_seen_at),
           last_seen_at = GREATEST(site_installs.last_seen_at, EXCLUDED.last_seen_at),
           count = site_installs.count + EXCLUDED.count`,
        [
          seen.map((s) => s.siteId),
          seen.map((s) => s.allowed),
          seen.map((s) => originColumn(s.origin)),
          seen.map((s) => s.firstSeenAt),
          seen.map((s) => s.lastSeenAt),
          seen.map((s) => s.count),
        ],
      );
      const groups = touchedGroups(seen);
      await client.query(
        `DELETE FROM site_installs d USING (
           SELECT site_id, allowed, origin,
             row_number() OVER (PARTITION BY site_id, allowed ORDER BY last_seen_at DESC, origin COLLATE "C") AS rank
           FROM site_installs
           WHERE (site_id, allowed) IN (SELECT * FROM unnest($1::text[], $2::boolean[]))
         ) ranked
         WHERE ranked.rank > $3
           AND d.site_id = ranked.site_id AND d.allowed = ranked.allowed AND d.origin = ranked.origin`,
        [groups.map(([siteId]) => siteId), groups.map(([, allowed]) => allowed), keep],
      );
    });
  }

  async of(siteId: string): Promise<SiteInstall[]> {
    const { rows } = await this.pool.query<InstallRow>(
      'SELECT * FROM site_installs WHERE site_id = $1 ORDER BY last_seen_at DESC, allowed DESC, origin COLLATE "C"',
      [siteId],
    );
    return rows.map(toInstall);
  }
}
