// Upgrades keep what was there: a database made by the previous release
// (migrations up to the one before key names) is migrated to this one on
// both backends, and its keys get names and keep working.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { serverPackageDir } from '../src/package-dir';
import { PostgresStore } from '../src/store/postgres/store';
import { SqliteStore } from '../src/store/sqlite/store';
import { freshDatabase, postgresForTests } from './pg-database';

const dir = mkdtempSync(join(tmpdir(), 'koe-migrations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations folder as it was before `tag`: the journal cut just before it. */
function migrationsBefore(dialect: 'sqlite' | 'postgres', tag: string): string {
  const folder = join(dir, `${dialect}-before-${tag}`);
  cpSync(join(serverPackageDir(), 'drizzle', dialect), folder, { recursive: true });
  const journalPath = join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
  const cut = journal.entries.findIndex((entry: { tag: string }) => entry.tag === tag);
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

const CREATED = Date.UTC(2025, 6, 14, 23, 30); // 2025-07-14 in UTC
const OLD_ROWS = {
  site: ['site_old', 'Old shop', '["https://old.example"]', 'pk_old', CREATED],
  key: ['key_old', 'site_old', 'sk_OldKey1', 'hash_old', 'write', CREATED],
};

const usePostgres = await postgresForTests('the migration tests');

describe('upgrading a database of the previous release', () => {
  it('on SQLite names the existing keys after their creation day', async () => {
    const path = join(dir, 'old.db');
    const sqlite = new Database(path);
    migrateSqlite(drizzleSqlite(sqlite), {
      migrationsFolder: migrationsBefore('sqlite', '0005_key_names'),
    });
    sqlite
      .prepare(
        'INSERT INTO sites (id, name, origins, publishable_key, created_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(...OLD_ROWS.site);
    sqlite
      .prepare(
        'INSERT INTO api_keys (id, site_id, prefix, hash, scope, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(...OLD_ROWS.key);
    sqlite.close();

    const store = new SqliteStore({ path });
    await store.migrate();
    expect(await store.findSecretKeyByHash('hash_old')).toEqual({
      id: 'key_old',
      siteId: 'site_old',
      prefix: 'sk_OldKey1',
      scope: 'write',
      name: 'key created 2025-07-14',
      createdAt: CREATED,
      lastUsedAt: null,
      createdBy: null,
    });
    await store.close();
  });

  it.skipIf(!usePostgres)(
    'on PostgreSQL names the existing keys after their creation day',
    async () => {
      const database = await freshDatabase();
      try {
        const pool = new pg.Pool({ connectionString: database.url });
        await migratePg(drizzlePg(pool), {
          migrationsFolder: migrationsBefore('postgres', '0004_key_names'),
        });
        await pool.query(
          'INSERT INTO sites (id, name, origins, publishable_key, created_at) VALUES ($1, $2, $3, $4, $5)',
          OLD_ROWS.site,
        );
        await pool.query(
          'INSERT INTO api_keys (id, site_id, prefix, hash, scope, created_at) VALUES ($1, $2, $3, $4, $5, $6)',
          OLD_ROWS.key,
        );
        await pool.end();

        const store = new PostgresStore({ url: database.url });
        await store.migrate();
        expect(await store.findSecretKeyByHash('hash_old')).toMatchObject({
          name: 'key created 2025-07-14',
          lastUsedAt: null,
        });
        await store.close();
      } finally {
        await database.drop();
      }
    },
  );
});

describe('upgrading a database made before accounts', () => {
  /** What the release before accounts held: a site, its key and a survey. */
  const before = (run: (sql: string, values: unknown[]) => unknown) => {
    run(
      'INSERT INTO sites (id, name, origins, publishable_key, created_at) VALUES ($1, $2, $3, $4, $5)',
      OLD_ROWS.site,
    );
    run(
      'INSERT INTO sites (id, name, origins, publishable_key, created_at) VALUES ($1, $2, $3, $4, $5)',
      ['site_second', 'Second shop', '["https://second.example"]', 'pk_second', CREATED + 1],
    );
    run(
      'INSERT INTO api_keys (id, site_id, prefix, hash, scope, name, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [...OLD_ROWS.key.slice(0, 5), 'old key', CREATED],
    );
  };

  async function expectOneOrganizationOwningEverySite(store: SqliteStore | PostgresStore) {
    const organizations = await store.accounts.listOrganizations();
    expect(organizations).toEqual([
      { id: expect.stringMatching(/^org_/), name: 'Old shop', createdAt: CREATED },
    ]);
    const sites = await store.listSites(organizations[0]?.id);
    expect(sites.map((site) => site.id)).toEqual(['site_old', 'site_second']);
    // The key still works, and the first owner (setup) will see both sites.
    expect(await store.findSecretKeyByHash('hash_old')).toMatchObject({ id: 'key_old' });
    expect(await store.accounts.countUsers()).toBe(0);
  }

  it('on SQLite gives every site to one organization', async () => {
    const path = join(dir, 'before-accounts.db');
    const sqlite = new Database(path);
    migrateSqlite(drizzleSqlite(sqlite), {
      migrationsFolder: migrationsBefore('sqlite', '0012_accounts'),
    });
    before((sql, values) => sqlite.prepare(sql.replaceAll(/\$\d+/g, '?')).run(...values));
    sqlite.close();
    const store = new SqliteStore({ path });
    await store.migrate();
    await expectOneOrganizationOwningEverySite(store);
    await store.close();
  });

  it.skipIf(!usePostgres)('on PostgreSQL gives every site to one organization', async () => {
    const database = await freshDatabase();
    try {
      const pool = new pg.Pool({ connectionString: database.url });
      await migratePg(drizzlePg(pool), {
        migrationsFolder: migrationsBefore('postgres', '0011_accounts'),
      });
      // One after the other: the key refers to its site.
      let inserts: Promise<unknown> = Promise.resolve();
      before((sql, values) => {
        inserts = inserts.then(() => pool.query(sql, values));
      });
      await inserts;
      await pool.end();
      const store = new PostgresStore({ url: database.url });
      await store.migrate();
      await expectOneOrganizationOwningEverySite(store);
      await store.close();
    } finally {
      await database.drop();
    }
  });

  it('leaves an empty database without organizations', async () => {
    const store = new SqliteStore({ path: join(dir, 'empty.db') });
    await store.migrate();
    expect(await store.accounts.listOrganizations()).toEqual([]);
    await store.close();
  });
});
