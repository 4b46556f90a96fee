// Link secrets on SQLite (link-types.ts).
import type Database from 'better-sqlite3';
import type { LinkSecrets } from '../../links/link-tokens';
import type { LinkSecretStore } from '../link-types';

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

export class SqliteLinkSecrets implements LinkSecretStore {
  constructor(private readonly db: Database.Database) {}

  async get(siteId: string, fresh: string, now: number): Promise<LinkSecrets> {
    // Read first: only a site's first link takes the write lock.
    const found = this.db
      .prepare<[string], Row>('SELECT * FROM site_link_secrets WHERE site_id = ?')
      .get(siteId);
    if (found) return toSecrets(found);
    this.db
      .prepare(
        `INSERT INTO site_link_secrets (site_id, secret, previous_secret, previous_until, rotated_at)
         VALUES (?, ?, NULL, NULL, ?) ON CONFLICT (site_id) DO NOTHING`,
      )
      .run(siteId, fresh, now);
    return toSecrets(
      this.db
        .prepare<[string], Row>('SELECT * FROM site_link_secrets WHERE site_id = ?')
        .get(siteId) as Row,
    );
  }

  async rotate(siteId: string, fresh: string, previousUntil: number, now: number) {
    return this.db
      .transaction(() => {
        const row = this.db
          .prepare<[string], Row>('SELECT * FROM site_link_secrets WHERE site_id = ?')
          .get(siteId);
        this.db
          .prepare(
            `INSERT INTO site_link_secrets (site_id, secret, previous_secret, previous_until, rotated_at)
             VALUES (?, ?, ?, ?, ?) ON CONFLICT (site_id) DO UPDATE SET secret = excluded.secret,
             previous_secret = excluded.previous_secret, previous_until = excluded.previous_until,
             rotated_at = excluded.rotated_at`,
          )
          .run(siteId, fresh, row?.secret ?? null, row ? previousUntil : null, now);
        return {
          secret: fresh,
          previousSecret: row?.secret ?? null,
          previousUntil: row ? previousUntil : null,
        };
      })
      .immediate();
  }
}
