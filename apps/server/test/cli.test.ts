// The koe CLI as a user runs it: migrate, sites create, keys create, errors.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/sqlite-store';
import { runCli } from './server-process';

const dir = mkdtempSync(join(tmpdir(), 'koe-cli-'));
const db = join(dir, 'koe.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('koe CLI', () => {
  it('migrate creates the database', () => {
    const result = runCli(['migrate', '--db', db]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('migrated sqlite database');
  });

  it('sites create --json prints the ids and keys once; keys create adds a scoped key', async () => {
    const site = runCli([
      'sites',
      'create',
      '--name',
      'Shop',
      '--origin',
      'https://shop.example',
      '--json',
      '--db',
      db,
    ]);
    expect(site.status).toBe(0);
    const created = JSON.parse(site.stdout);
    expect(created).toMatchObject({
      siteId: expect.stringMatching(/^site_/),
      siteKey: expect.stringMatching(/^pk_/),
      secretKey: expect.stringMatching(/^sk_/),
      origins: ['https://shop.example'],
    });

    const key = runCli([
      'keys',
      'create',
      '--site',
      created.siteId,
      '--scope',
      'read',
      '--json',
      '--db',
      db,
    ]);
    expect(key.status).toBe(0);
    const readKey = JSON.parse(key.stdout);
    expect(readKey).toMatchObject({
      siteId: created.siteId,
      scope: 'read',
      secretKey: expect.stringMatching(/^sk_/),
    });

    // Only hashes are stored: neither secret key appears in the database.
    const store = new SqliteStore({ path: db });
    const rows = JSON.stringify(store.sqlite.prepare('SELECT * FROM api_keys').all());
    await store.close();
    expect(rows).not.toContain(created.secretKey);
    expect(rows).not.toContain(readKey.secretKey);
    expect(rows).toContain(created.secretKey.slice(0, 11));
  });

  it.each([
    [['sites', 'create', '--name', 'X'], /needs --name and --origin/],
    [['sites', 'create', '--name', 'X', '--origin', 'not a url'], /is not an origin/],
    [['keys', 'create', '--site', 'site_nope', '--scope', 'read'], /no site with id site_nope/],
    [['keys', 'create', '--site', 'x', '--scope', 'admin'], /--scope read\|write/],
    [['frobnicate'], /unknown command/],
    [['serve', '--bogus'], /Unknown option/],
  ])('%j fails with exit code 2 and says why', (args, message) => {
    const result = runCli([...args, '--db', db]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
