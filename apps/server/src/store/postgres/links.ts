// Link secrets on PostgreSQL (link-types.ts).
import type pg from 'pg';
import type { LinkSecrets } from '../../links/link-tokens';
import type { LinkSecretStore } from '../link-types';
import { inTransaction } from './connection';

interface Row {
  secret: string;
  previous_secret: string | null;
  previous_until: number | null;
}

const toSecrets = (row: Row): LinkSecrets => ({
  secret: row.secret,
  previousSecret: row.previous_secret,
  previousUntil: row.previous_until === null ? null : Number(row.previous_until),
});

export class PgLinkSecrets implements LinkSecretStore {
  constructor(private readonly pool: pg.Pool) {}

  async get(siteId: string, fresh: string, now: number): Promise<LinkSecrets> {
    const select = 'SELECT * FROM site_link_secrets WHERE site_id = $1';
    // Read first: only a site's first link writes.
    const found = (await this.pool.query<Row>(select, [siteId])).rows[0];
    if (found) return toSecrets(found);
    await this.pool.query(
      `INSERT INTO site_link_secrets (site_id, secret, previous_secret, previous_until, rotated_at)
       VALUES ($1, $2, NULL, NULL, $3) ON CONFLICT (site_id) DO NOTHING`,
      [siteId, fresh, now],
    );
    const made = (await this.pool.query<Row>(select, [siteId])).rows[0];
    // The site was deleted meanwhile: its links verify against nothing.
    return made ? toSecrets(made) : { secret: fresh, previousSecret: null, previousUntil: null };
  }

  rotate(siteId: string, fresh: string, previousUntil: number, now: number) {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<Row>(
        'SELECT * FROM site_link_secrets WHERE site_id = $1 FOR UPDATE',
        [siteId],
      );
      const row = rows[0];
      await client.query(
        `INSERT INTO site_link_secrets (site_id, secret, previous_secret, previous_until, rotated_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (site_id) DO UPDATE SET secret = excluded.secret,
         previous_secret = excluded.previous_secret, previous_until = excluded.previous_until,
         rotated_at = excluded.rotated_at`,
        [siteId, fresh, row?.secret ?? null, row ? previousUntil : null, now],
      );
      return {
        secret: fresh,
        previousSecret: row?.secret ?? null,
        previousUntil: row ? previousUntil : null,
      };
    });
  }
}
