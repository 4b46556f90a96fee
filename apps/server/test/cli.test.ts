// The koe CLI as a user runs it: migrate, sites create/list/update, keys
// create/list/revoke (against a running server too), and errors: one line,
// exit code 2.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/sqlite/store';
import { createSiteWithCli, runCli, startServerProcess, waitForExit } from './server-process';

const dir = mkdtempSync(join(tmpdir(), 'koe-cli-'));
const db = join(dir, 'koe.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The sites as stored, read in this process (quicker than another CLI run). */
async function sitesInDatabase() {
  const store = new SqliteStore({ path: db });
  try {
    return await store.listSites();
  } finally {
    await store.close();
  }
}

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

  it('sites list shows every site, as text and as JSON', () => {
    const text = runCli(['sites', 'list', '--db', db]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^ID\s+NAME\s+PUBLISHABLE KEY\s+ORIGINS\n/);
    expect(text.stdout).toMatch(/site_\w+\s+Shop\s+pk_\w+\s+https:\/\/shop\.example\n/);
    const sites = JSON.parse(runCli(['sites', 'list', '--json', '--db', db]).stdout);
    expect(sites).toEqual([
      {
        id: expect.stringMatching(/^site_/),
        name: 'Shop',
        origins: ['https://shop.example'],
        publishableKey: expect.stringMatching(/^pk_/),
        createdAt: expect.any(String),
      },
    ]);
  });

  it('sites update renames, adds and removes origins with the API rules', () => {
    const site = createSiteWithCli('Origins', 'https://old.example', ['--db', db]);
    const updated = runCli([
      'sites',
      'update',
      '--site',
      site.siteId,
      '--name',
      'Origins shop',
      '--add-origin',
      'HTTP://127.0.0.1:8790/',
      '--add-origin',
      'https://*.Shop.example',
      '--remove-origin',
      'https://OLD.example/',
      '--json',
      '--db',
      db,
    ]);
    expect(updated.stderr).toBe('');
    expect(updated.status).toBe(0);
    expect(JSON.parse(updated.stdout)).toMatchObject({
      id: site.siteId,
      name: 'Origins shop',
      origins: ['http://127.0.0.1:8790', 'https://*.shop.example'],
    });
    const text = runCli(['sites', 'update', '--site', site.siteId, '--name', 'Again', '--db', db]);
    expect(text.stdout).toContain('a running koe server sees this within 5 seconds');
  });

  it('keys list shows names and prefixes, never secrets; keys revoke revokes, never the last write key', () => {
    const site = createSiteWithCli('Keys', 'https://keys.example', ['--db', db]);
    const made = JSON.parse(
      runCli([
        'keys',
        'create',
        '--site',
        site.siteId,
        '--scope',
        'read',
        '--name',
        'BI export',
        '--json',
        '--db',
        db,
      ]).stdout,
    );
    expect(made).toMatchObject({
      name: 'BI export',
      scope: 'read',
      secretKey: expect.stringMatching(/^sk_/),
    });
    const listed = runCli(['keys', 'list', '--site', site.siteId, '--json', '--db', db]);
    const keys = JSON.parse(listed.stdout);
    expect(keys.map((k: { name: string; scope: string }) => [k.name, k.scope])).toEqual([
      ['write key made with the site', 'write'],
      ['BI export', 'read'],
    ]);
    expect(listed.stdout).not.toContain(made.secretKey);
    expect(listed.stdout).not.toContain(site.secretKey);
    expect(keys[1]).toEqual({
      id: made.keyId,
      name: 'BI export',
      prefix: made.secretKey.slice(0, 11),
      scope: 'read',
      createdAt: expect.any(String),
      lastUsedAt: null,
      createdBy: null,
    });
    const table = runCli(['keys', 'list', '--site', site.siteId, '--db', db]).stdout;
    expect(table).toMatch(/^ID\s+SCOPE\s+PREFIX\s+CREATED\s+LAST USED\s+NAME\n/);
    expect(table).toContain(`${made.secretKey.slice(0, 11)}…`);

    const revoked = runCli(['keys', 'revoke', '--key', made.keyId, '--json', '--db', db]);
    expect(revoked.status).toBe(0);
    expect(JSON.parse(revoked.stdout)).toEqual({
      keyId: made.keyId,
      siteId: site.siteId,
      revoked: true,
    });
    const last = runCli(['keys', 'revoke', '--key', keys[0].id, '--db', db]);
    expect(last.status).toBe(2);
    expect(last.stderr).toMatch(
      /^koe: key_\w+ is the site's only write key; create another write key first/,
    );
    expect(last.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a key revoked with the CLI stops working at once in a running server', async () => {
    const site = createSiteWithCli('Live', 'https://live.example', ['--db', db]);
    const server = await startServerProcess(['--db', db], { KOE_RATE_LIMIT_FAILED_KEY: '0' });
    try {
      const made = JSON.parse(
        runCli(['keys', 'create', '--site', site.siteId, '--scope', 'read', '--json', '--db', db])
          .stdout,
      );
      const get = () =>
        fetch(`${server.baseUrl}/v1/site`, {
          headers: { authorization: `Bearer ${made.secretKey}` },
        }).then((r) => r.status);
      expect(await get()).toBe(200);
      expect(runCli(['keys', 'revoke', '--key', made.keyId, '--db', db]).status).toBe(0);
      expect(await get()).toBe(401);
    } finally {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
  });

  it('serve on a port in use says so in one line, names the fix, and exits 1', async () => {
    const taken = createServer();
    await new Promise<void>((listening) => taken.listen(0, '127.0.0.1', listening));
    const port = (taken.address() as AddressInfo).port;
    try {
      const byFlag = runCli(['serve', '--port', String(port), '--db', db]);
      expect(byFlag.status).toBe(1);
      expect(byFlag.stderr).toBe(
        `koe: port ${port} is already in use — stop the other program or start on another port: --port ${port + 1}\n`,
      );
      // As `npm start` runs it: the port from KOE_PORT, the demo on.
      const byEnv = runCli(['serve', '--demo', '--db', db], { KOE_PORT: String(port) });
      expect(byEnv.status).toBe(1);
      expect(byEnv.stderr).toBe(
        `koe: port ${port} is already in use — stop the other program or start on another port: KOE_PORT=${port + 1} npm start\n`,
      );
      expect(byEnv.stdout).toBe('');
    } finally {
      taken.close();
    }
  });

  it('serve --demo prints its banner alone, naming the host the README names', async () => {
    const demoDb = join(dir, 'demo.db');
    const server = await startServerProcess(['--db', demoDb, '--demo']);
    try {
      const banner = server.output();
      expect(banner).not.toMatch(/^\{/m); // no JSON log line in between
      expect(server.baseUrl).toMatch(/^http:\/\/localhost:\d+$/);
      expect(banner).toContain(`koe is running at ${server.baseUrl}\n`);
      expect(banner).toContain(`<script async src="${server.baseUrl}/koe.js" data-site="pk_`);
      const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
      expect(readme).toContain('serves it on http://localhost:8787');
      expect(banner).toMatch(/Demo answers: +\d{4} over the last 90 days/);
      // The demo owner signs in to the dashboard with the password printed once.
      await expect
        .poll(() => server.output(), { timeout: 10_000 })
        .toMatch(/sign in as owner@demo\.example with password \S{20}/);
      const password = server.output().match(/with password (\S+)/)?.[1] ?? '';
      const signIn = await fetch(`${server.baseUrl}/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'owner@demo.example', password }),
      });
      expect(signIn.status).toBe(204);
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const me = (await (
        await fetch(`${server.baseUrl}/v1/me`, { headers: { cookie } })
      ).json()) as {
        organizations: Array<{ role: string; sites: Array<{ id: string }> }>;
      };
      expect(me.organizations[0]?.role).toBe('owner');
      expect(me.organizations[0]?.sites.map((site) => site.id)).toEqual(['site_demo']);
    } finally {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
    // The demo answers are marked, and one command erases them all.
    const removed = runCli(['demo-data', 'remove', '--json', '--db', demoDb]);
    expect(removed.status).toBe(0);
    expect(JSON.parse(removed.stdout).erased).toBeGreaterThan(2_000);
    const store = new SqliteStore({ path: demoDb });
    const left = store.sqlite.prepare('SELECT count(*) AS n FROM responses').get();
    await store.close();
    expect(left).toEqual({ n: 0 });
  });

  it('users create, users reset-password and orgs list: accounts for installs without email', async () => {
    const accountsDb = join(dir, 'accounts.db');
    const site = createSiteWithCli('Before accounts', 'https://before.example', [
      '--db',
      accountsDb,
    ]);
    const created = runCli([
      'users',
      'create',
      '--email',
      'Ann@Example.com',
      '--org',
      'Ann company',
      '--role',
      'owner',
      '--json',
      '--db',
      accountsDb,
    ]);
    expect(created.status).toBe(0);
    const ann = JSON.parse(created.stdout);
    expect(ann).toMatchObject({
      email: 'Ann@Example.com',
      role: 'owner',
      organizationId: expect.stringMatching(/^org_/),
    });
    expect(ann.password).toMatch(/^\S{20}$/);
    // The first organization takes the site made before it.
    const orgs = JSON.parse(runCli(['orgs', 'list', '--json', '--db', accountsDb]).stdout);
    expect(orgs).toEqual([{ id: ann.organizationId, name: 'Ann company', members: 1, sites: 1 }]);
    expect(runCli(['orgs', 'list', '--db', accountsDb]).stdout).toMatch(
      /ID +NAME +MEMBERS +SITES\n/,
    );
    // An existing account joins another role without a new password.
    const again = JSON.parse(
      runCli([
        'users',
        'create',
        '--email',
        'ann@example.com',
        '--org',
        ann.organizationId,
        '--role',
        'viewer',
        '--json',
        '--db',
        accountsDb,
      ]).stdout,
    );
    expect(again.password).toBeUndefined();
    const reset = runCli([
      'users',
      'reset-password',
      '--email',
      'ann@example.com',
      '--db',
      accountsDb,
    ]);
    expect(reset.stdout).toMatch(/^password of Ann@Example.com: \S{20} /);
    expect(
      runCli(['users', 'reset-password', '--email', 'nobody@example.com', '--db', accountsDb])
        .stderr,
    ).toBe('koe: no account with nobody@example.com\n');
    expect(
      runCli([
        'users',
        'create',
        '--email',
        'x@example.com',
        '--org',
        'o',
        '--role',
        'king',
        '--db',
        accountsDb,
      ]).stderr,
    ).toMatch(/--role must be one of owner, admin, editor, viewer/);
    // A second organization: new sites then need --org.
    runCli([
      'users',
      'create',
      '--email',
      'bob@example.com',
      '--org',
      'Bob company',
      '--role',
      'owner',
      '--db',
      accountsDb,
    ]);
    const ambiguous = runCli([
      'sites',
      'create',
      '--name',
      'X',
      '--origin',
      'https://x.example',
      '--db',
      accountsDb,
    ]);
    expect(ambiguous.stderr).toMatch(/several organizations exist: choose one with --org ID/);
    expect(site.siteId).toMatch(/^site_/);
  });

  it('serve on an empty database prints a one-time setup link', async () => {
    const freshDb = join(dir, 'fresh.db');
    const server = await startServerProcess(['--db', freshDb]);
    try {
      await expect
        .poll(() => server.output(), { timeout: 10_000 })
        .toMatch(/\/app\/setup\?token=[\w-]{43}/);
    } finally {
      server.child.kill('SIGTERM');
      await waitForExit(server.child);
    }
  });

  it('serve --demo --no-demo-data makes the demo site without answers', async () => {
    const emptyDb = join(dir, 'demo-empty.db');
    const server = await startServerProcess(['--db', emptyDb, '--demo', '--no-demo-data']);
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
    expect(server.output()).not.toContain('Demo answers:');
    const store = new SqliteStore({ path: emptyDb });
    const counts = store.sqlite
      .prepare(
        'SELECT (SELECT count(*) FROM surveys) AS surveys, (SELECT count(*) FROM responses) AS answers',
      )
      .get();
    await store.close();
    expect(counts).toEqual({ surveys: 3, answers: 0 });
  });

  it.each([
    [
      ['sites', 'update', '--site', 'site_nope', '--name', 'X'],
      /^koe: no site with id or key site_nope\n$/,
    ],
    [['sites', 'update', '--site', 'x'], /needs --name, --add-origin or --remove-origin/],
    [['sites', 'update', '--name', 'x'], /sites update needs --site ID/],
    [['keys', 'list'], /keys list needs --site ID/],
    [['keys', 'revoke'], /keys revoke needs --key ID/],
    [
      ['keys', 'revoke', '--key', 'key_nope'],
      /^koe: no secret key key_nope \(or it is already revoked\)\n$/,
    ],
  ])('%j fails with exit code 2 and says why', (args, message) => {
    const result = runCli([...args, '--db', db]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it.each([
    [
      '--add-origin',
      'shop.example',
      'koe: "shop.example" has no scheme; add the scheme: https://shop.example',
    ],
    [
      '--add-origin',
      'https://shop.example/checkout',
      'koe: "https://shop.example/checkout" has a path; an allowed origin is scheme, host and port only, and covers every page: use https://shop.example',
    ],
    [
      '--add-origin',
      'htps://shop.example',
      'koe: "htps://shop.example": the scheme "htps" is not http or https; did you mean https://shop.example?',
    ],
    [
      '--remove-origin',
      'https://never.example',
      'koe: "https://never.example" is not an origin of',
    ],
    ['--remove-origin', 'https://shop.example', 'koe: origins: needs at least one origin'],
  ])('sites update %s %j exits 2 with one line saying what to do', async (flag, origin, line) => {
    const [site] = await sitesInDatabase();
    const result = runCli(['sites', 'update', '--site', site?.id ?? '', flag, origin, '--db', db]);
    expect(result.status).toBe(2);
    expect(result.stderr.startsWith(line)).toBe(true);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    // Nothing changed.
    expect((await sitesInDatabase())[0]?.origins).toEqual(['https://shop.example']);
  });

  it.each([
    [['sites', 'create', '--name', 'X'], /needs --name and --origin/],
    [['sites', 'create', '--name', 'X', '--origin', 'not a url'], /is not an origin/],
    [
      ['keys', 'create', '--site', 'site_nope', '--scope', 'read'],
      /no site with id or key site_nope/,
    ],
    [['keys', 'create', '--site', 'x', '--scope', 'admin'], /--scope read\|write/],
    [['frobnicate'], /unknown command/],
    [['serve', '--bogus'], /Unknown option/],
  ])('%j fails with exit code 2 and says why', (args, message) => {
    const result = runCli([...args, '--db', db]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
