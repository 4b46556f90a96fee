// Accounts through the API on both backends: sign-in and its cookie, the
// same refusal for an unknown email and a wrong password, sessions that end
// (idle, absolute, sign-out, everywhere, a password change), CSRF, brute
// force, first-run setup, invitations, roles × site operations across two
// organizations (another organization's site is not found, no byte leaks),
// and the audit log.
import { SurveyInputSchema } from '@koe/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountHousekeeping } from '../src/accounts/housekeeping';
import { hashPassword } from '../src/accounts/passwords';
import { DEFAULT_SESSION_POLICY } from '../src/accounts/sessions';
import { openSetup } from '../src/accounts/setup';
import { stepAt, totpCode } from '../src/accounts/totp';
import { createSite } from '../src/admin';
import { createApp, type KoeApp } from '../src/app';
import { ManualClock } from '../src/clock';
import { silentLogger } from '../src/log';
import type { Role } from '../src/store/account-types';
import type { Store } from '../src/store/types';
import { npsSurveyInput } from './fixtures';
import { type OpenedStore, storeBackends } from './store-backends';

const HOST = 'koe.test';
const SELF = `http://${HOST}`;
const PASSWORD = 'correct horse battery staple';
const HOUR = 3_600_000;

interface World {
  app: KoeApp;
  store: Store;
  clock: ManualClock;
  orgA: string;
  orgB: string;
  siteA: string;
  siteB: string;
  surveyA: string;
  writeKeyA: string;
}

async function makeWorld(opened: OpenedStore): Promise<World> {
  const store = opened.store;
  const clock = new ManualClock(Date.UTC(2026, 10, 1, 12));
  const app = createApp({
    store,
    clock,
    log: silentLogger,
    // Sign-in limits have their own test (an app of its own).
    config: {
      clientRateLimit: 0,
      siteRateLimit: 0,
      failedKeyRateLimit: 0,
      signInAccountLimit: 0,
      signInClientLimit: 0,
    },
  });
  const accounts = store.accounts;
  const now = clock.now();
  const hash = await hashPassword(PASSWORD);
  const orgs: Record<string, string> = {};
  for (const org of ['A', 'B']) {
    orgs[org] = `org_${org}`;
    await accounts.createOrganization({ id: `org_${org}`, name: `Org ${org}`, createdAt: now });
  }
  const people: Array<[string, string, Role]> = [
    ['owner-a@example.com', 'org_A', 'owner'],
    ['admin-a@example.com', 'org_A', 'admin'],
    ['editor-a@example.com', 'org_A', 'editor'],
    ['viewer-a@example.com', 'org_A', 'viewer'],
    ['owner-b@example.com', 'org_B', 'owner'],
  ];
  for (const [email, org, role] of people) {
    const id = `usr_${email.split('@')[0]?.replace('-', '_')}`;
    await accounts.createUser({
      id,
      email,
      name: email,
      passwordHash: hash,
      createdAt: now,
      passwordChangedAt: now,
    });
    await accounts.addMember(org, id, role, now);
  }
  const a = await createSite(store, clock, {
    name: 'Shop A',
    origins: ['https://a.example'],
    organizationId: 'org_A',
  });
  const b = await createSite(store, clock, {
    name: 'Shop B',
    origins: ['https://b.example'],
    organizationId: 'org_B',
  });
  const definition = SurveyInputSchema.parse({ ...npsSurveyInput, name: 'secret-survey-of-a' });
  await store.createSurvey({
    id: 'srv_of_a',
    siteId: a.site.id,
    type: 'nps',
    definition,
    createdAt: now,
    updatedAt: now,
  });
  return {
    app,
    store,
    clock,
    orgA: 'org_A',
    orgB: 'org_B',
    siteA: a.site.id,
    siteB: b.site.id,
    surveyA: 'srv_of_a',
    writeKeyA: a.secretKey,
  };
}

/** A browser's view: the cookie it holds and the CSRF token /v1/me gave. */
interface Browser {
  cookie: string;
  csrf: string;
}

function call(
  w: World,
  method: string,
  path: string,
  {
    as,
    site,
    body,
    origin = SELF,
    csrf = true,
    headers = {},
  }: {
    as?: Browser;
    site?: string;
    body?: unknown;
    origin?: string | null;
    csrf?: boolean;
    headers?: Record<string, string>;
  } = {},
) {
  return w.app.request(`${SELF}${path}`, {
    method,
    headers: {
      host: HOST,
      ...(origin !== null && method !== 'GET' && { origin }),
      ...(as && { cookie: as.cookie }),
      ...(as && csrf && { 'x-csrf-token': as.csrf }),
      ...(site && { 'koe-site': site }),
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

const cookieOf = (response: Response) =>
  (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

async function signIn(w: World, email: string, password = PASSWORD): Promise<Browser> {
  const response = await call(w, 'POST', '/v1/session', { body: { email, password } });
  expect(response.status, await response.clone().text()).toBe(204);
  const cookie = cookieOf(response);
  const me = await call(w, 'GET', '/v1/me', { as: { cookie, csrf: '' } });
  expect(me.status).toBe(200);
  return { cookie, csrf: ((await me.json()) as { csrfToken: string }).csrfToken };
}

const problemCode = async (response: Response) =>
  ((await response.json()) as { code: string }).code;

for (const backend of await storeBackends('the accounts tests')) {
  describe.skipIf(!backend.available)(`accounts on ${backend.name}`, () => {
    let opened: OpenedStore;
    let w: World;
    beforeAll(async () => {
      opened = await backend.open();
      w = await makeWorld(opened);
    });
    afterAll(async () => {
      await w.app.drain();
      await opened.close();
    });

    it('signs in with a cookie that is HttpOnly, SameSite=Lax and session-bound', async () => {
      const response = await call(w, 'POST', '/v1/session', {
        body: { email: 'Owner-A@Example.com ', password: PASSWORD },
      });
      expect(response.status).toBe(204);
      const setCookie = response.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^koe_session=[A-Za-z0-9_-]{43};/);
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Lax/);
      expect(setCookie).toMatch(/Path=\//);
      expect(setCookie).toMatch(/Max-Age=2592000/);
      // Only the token's hash is stored.
      const token = cookieOf(response).split('=')[1] ?? '';
      expect(await w.store.accounts.findSession(token)).toBeUndefined();
    });

    it('on https names the cookie __Host- and marks it Secure', async () => {
      const secure = createApp({
        store: w.store,
        clock: w.clock,
        log: silentLogger,
        config: { publicUrl: 'https://feedback.example' },
      });
      const response = await secure.request('https://feedback.example/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://feedback.example' },
        body: JSON.stringify({ email: 'viewer-a@example.com', password: PASSWORD }),
      });
      expect(response.status).toBe(204);
      const setCookie = response.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^__Host-koe_session=/);
      expect(setCookie).toMatch(/Secure/);
      expect(setCookie).not.toMatch(/Domain=/i);
      await secure.drain();
    });

    it('answers an unknown email exactly like a wrong password', async () => {
      const wrong = await call(w, 'POST', '/v1/session', {
        body: { email: 'editor-a@example.com', password: 'not the password' },
      });
      const unknown = await call(w, 'POST', '/v1/session', {
        body: { email: 'nobody@example.com', password: 'not the password' },
      });
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      const strip = async (r: Response) => {
        const { requestId: _, ...rest } = (await r.json()) as Record<string, unknown>;
        return rest;
      };
      expect(await strip(wrong)).toEqual(await strip(unknown));
      expect(wrong.headers.get('set-cookie')).toBeNull();
    });

    it('shows the member their organizations, roles, permissions and sites', async () => {
      const editor = await signIn(w, 'editor-a@example.com');
      const me = await call(w, 'GET', '/v1/me', { as: editor });
      expect(me.headers.get('cache-control')).toBe('no-store');
      expect(await me.json()).toEqual({
        user: {
          id: 'usr_editor_a',
          email: 'editor-a@example.com',
          name: 'editor-a@example.com',
          twoFactor: false,
        },
        csrfToken: editor.csrf,
        organizations: [
          {
            id: 'org_A',
            name: 'Org A',
            role: 'editor',
            permissions: ['read', 'edit-surveys', 'manage-alerts', 'manage-campaigns'],
            sites: [{ id: w.siteA, name: 'Shop A' }],
          },
        ],
      });
    });

    it('lets each role do what it may on its site and finds no site of another organization', async () => {
      const operations: Array<[string, string, unknown, Role]> = [
        ['GET', `/v1/surveys/${'{s}'}/metrics`, undefined, 'viewer'],
        ['GET', '/v1/surveys', undefined, 'viewer'],
        ['GET', '/v1/site', undefined, 'viewer'],
        ['PATCH', '/v1/surveys/{s}', { status: 'paused' }, 'editor'],
        ['POST', '/v1/surveys', npsSurveyInput, 'editor'],
        ['PATCH', '/v1/site', { name: 'Shop A' }, 'admin'],
        ['GET', '/v1/keys', undefined, 'admin'],
        ['GET', '/v1/webhooks', undefined, 'viewer'],
        ['GET', '/v1/alerts', undefined, 'viewer'],
        ['POST', '/v1/alerts', { kind: 'volume', surveyId: '{s}' }, 'editor'],
      ];
      const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };
      for (const role of ['viewer', 'editor', 'admin', 'owner'] as Role[]) {
        const browser = await signIn(w, `${role}-a@example.com`);
        for (const [method, template, body, least] of operations) {
          const path = template.replace('{s}', w.surveyA);
          const withSurvey =
            body && typeof body === 'object' && 'surveyId' in body
              ? { ...body, surveyId: w.surveyA }
              : body;
          const own = await call(w, method, path, { as: browser, site: w.siteA, body: withSurvey });
          const expected = rank[role] >= rank[least] ? [200, 201] : [403];
          expect(expected, `${role} ${method} ${path}: ${own.status}`).toContain(own.status);
          // Another organization's site: not found, whatever the role.
          const other = await call(w, method, path, {
            as: browser,
            site: w.siteB,
            body: withSurvey,
          });
          expect(other.status, `${role} ${method} ${path} on B`).toBe(404);
          const text = await other.text();
          expect(text).not.toContain('Shop B');
          expect(text).not.toContain('secret-survey-of-a');
        }
      }
      const ownerB = await signIn(w, 'owner-b@example.com');
      const survey = await call(w, 'GET', `/v1/surveys/${w.surveyA}`, {
        as: ownerB,
        site: w.siteB,
      });
      expect(survey.status).toBe(404);
      expect(await survey.text()).not.toContain('secret-survey-of-a');
      // Without Koe-Site a member's site request says what is missing.
      const bare = await call(w, 'GET', '/v1/surveys', { as: ownerB });
      expect(await problemCode(bare)).toBe('site-required');
    });

    it('every site operation × every role: the role the document names or more, else 403; another organization’s site 404', async () => {
      const document = (await (await w.app.request(`${SELF}/v1/openapi.json`)).json()) as {
        paths: Record<string, Record<string, { security: Array<Record<string, string[]>> }>>;
      };
      const rank: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };
      const browsers = Object.fromEntries(
        await Promise.all(
          (['viewer', 'editor', 'admin', 'owner'] as Role[]).map(
            async (role) => [role, await signIn(w, `${role}-a@example.com`)] as const,
          ),
        ),
      ) as Record<Role, Browser>;
      let checked = 0;
      for (const [template, methods] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(methods)) {
          const session = operation.security.find((s) => 'session' in s)?.session;
          const keyed = operation.security.some((s) => 'secretKey' in s);
          if (!session?.length || !keyed) continue;
          const least = session[0] as Role;
          // Made-up ids: an allowed role gets past the guard (then 400 or 404), nothing changes.
          const path = template.replaceAll(/\{\w+\}/g, 'x_none');
          for (const role of Object.keys(browsers) as Role[]) {
            const as = browsers[role];
            const verb = method.toUpperCase();
            const body = verb === 'GET' ? undefined : {};
            const own = await call(w, verb, path, { as, site: w.siteA, body });
            const label = `${role} ${verb} ${template} (needs ${least}): ${own.status}`;
            if (rank[role] >= rank[least]) expect(own.status, label).not.toBe(403);
            else expect(await problemCode(own), label).toBe('forbidden');
            const other = await call(w, verb, path, { as, site: w.siteB, body });
            expect(other.status, `${label} on another organization's site`).toBe(404);
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(4 * 25);
    });

    it('refuses cookie changes from another origin or without the CSRF token', async () => {
      const editor = await signIn(w, 'editor-a@example.com');
      const path = `/v1/surveys/${w.surveyA}`;
      const body = { name: 'renamed' };
      const noToken = await call(w, 'PATCH', path, {
        as: editor,
        site: w.siteA,
        body,
        csrf: false,
      });
      expect(noToken.status).toBe(403);
      expect(await problemCode(noToken)).toBe('csrf-refused');
      const elsewhere = await call(w, 'PATCH', path, {
        as: editor,
        site: w.siteA,
        body,
        origin: 'https://evil.example',
      });
      expect(await problemCode(elsewhere)).toBe('csrf-refused');
      const wrongToken = await call(w, 'PATCH', path, {
        as: { ...editor, csrf: `${editor.csrf.slice(0, -1)}x` },
        site: w.siteA,
        body,
      });
      expect(wrongToken.status).toBe(403);
      const ok = await call(w, 'PATCH', path, { as: editor, site: w.siteA, body });
      expect(ok.status).toBe(200);
      // A page elsewhere cannot sign a visitor in either (login CSRF).
      const crossSignIn = await call(w, 'POST', '/v1/session', {
        body: { email: 'editor-a@example.com', password: PASSWORD },
        origin: 'https://evil.example',
      });
      expect(await problemCode(crossSignIn)).toBe('csrf-refused');
    });

    it('ends sessions when idle, at their end, at sign-out and everywhere', async () => {
      const start = w.clock.now();
      try {
        const idle = await signIn(w, 'viewer-a@example.com');
        w.clock.advance(7 * 24 * HOUR + 1);
        expect((await call(w, 'GET', '/v1/me', { as: idle })).status).toBe(401);

        const busy = await signIn(w, 'viewer-a@example.com');
        for (let day = 0; day < 31; day++) {
          w.clock.advance(24 * HOUR);
          const me = await call(w, 'GET', '/v1/me', { as: busy });
          // Used every day, it still ends 30 days after sign-in.
          expect(me.status, `day ${day + 1}`).toBe(day + 1 < 30 ? 200 : 401);
        }

        const one = await signIn(w, 'viewer-a@example.com');
        const two = await signIn(w, 'viewer-a@example.com');
        expect((await call(w, 'DELETE', '/v1/session', { as: one })).status).toBe(204);
        expect((await call(w, 'GET', '/v1/me', { as: one })).status).toBe(401);
        expect((await call(w, 'GET', '/v1/me', { as: two })).status).toBe(200);
        const three = await signIn(w, 'viewer-a@example.com');
        expect((await call(w, 'DELETE', '/v1/me/sessions', { as: two })).status).toBe(204);
        expect((await call(w, 'GET', '/v1/me', { as: three })).status).toBe(401);
      } finally {
        w.clock.set(start);
      }
    });

    it('ends the other sessions when the password changes', async () => {
      const here = await signIn(w, 'admin-a@example.com');
      const there = await signIn(w, 'admin-a@example.com');
      const wrong = await call(w, 'POST', '/v1/me/password', {
        as: here,
        body: { currentPassword: 'nope nope', newPassword: 'a new passphrase' },
      });
      expect(wrong.status).toBe(401);
      const short = await call(w, 'POST', '/v1/me/password', {
        as: here,
        body: { currentPassword: PASSWORD, newPassword: 'short' },
      });
      expect(short.status).toBe(400);
      const changed = await call(w, 'POST', '/v1/me/password', {
        as: here,
        body: { currentPassword: PASSWORD, newPassword: 'a new passphrase' },
      });
      expect(changed.status).toBe(204);
      expect((await call(w, 'GET', '/v1/me', { as: here })).status).toBe(200);
      expect((await call(w, 'GET', '/v1/me', { as: there })).status).toBe(401);
      await signIn(w, 'admin-a@example.com', 'a new passphrase');
      await w.store.accounts.setPassword(
        'usr_admin_a',
        await hashPassword(PASSWORD),
        w.clock.now(),
      );
    });

    it('refuses brute force per account with 429 and Retry-After', async () => {
      const limited = createApp({
        store: w.store,
        clock: w.clock,
        log: silentLogger,
        config: { signInAccountLimit: 5, signInClientLimit: 1000 },
      });
      const attempt = (password: string) =>
        limited.request(`${SELF}/v1/session`, {
          method: 'POST',
          headers: { host: HOST, 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'owner-b@example.com', password }),
        });
      // Right passwords spend nothing: a stranger cannot lock the owner out by asking.
      for (let i = 0; i < 8; i++) expect((await attempt(PASSWORD)).status).toBe(204);
      for (let i = 0; i < 5; i++) expect((await attempt(`guess ${i}`)).status).toBe(401);
      const blocked = await attempt(PASSWORD);
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      await limited.drain();
    });

    it('records who did what in the audit log, for admins of the organization only', async () => {
      const admin = await signIn(w, 'admin-a@example.com');
      const key = await call(w, 'POST', '/v1/keys', {
        as: admin,
        site: w.siteA,
        body: { name: 'for the BI tool', scope: 'read' },
      });
      expect(key.status).toBe(201);
      const keyId = ((await key.json()) as { id: string }).id;
      const listed = await call(w, 'GET', '/v1/keys', { as: admin, site: w.siteA });
      const made = (
        (await listed.json()) as { data: Array<{ id: string; createdBy: string | null }> }
      ).data.find((k) => k.id === keyId);
      // Each key records who made it; the list names them.
      expect(made?.createdBy).toBe('admin-a@example.com');
      expect((await w.store.getSecretKey(keyId))?.createdBy).toBe('user:usr_admin_a');

      // Every page, one entry at a time: the cursor walks the whole log once.
      type Entry = { id: string; action: string; actorLabel: string; target: string | null };
      const entries: Entry[] = [];
      let cursor: string | null = null;
      do {
        const page = await call(
          w,
          'GET',
          `/v1/audit-log?organization=${w.orgA}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
          { as: admin },
        );
        expect(page.status).toBe(200);
        const body = (await page.json()) as { data: Entry[]; nextCursor: string | null };
        expect(body.data.length).toBeLessThanOrEqual(1);
        entries.push(...body.data);
        cursor = body.nextCursor;
      } while (cursor);
      expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
      expect(entries).toContainEqual(
        expect.objectContaining({
          action: 'key.created',
          actorLabel: 'admin-a@example.com',
          target: keyId,
        }),
      );
      expect(entries.map((e) => e.action)).toContain('session.signed-in');
      // Only this organization's entries.
      expect(entries.map((e) => e.actorLabel)).not.toContain('owner-b@example.com');

      const viewer = await signIn(w, 'viewer-a@example.com');
      const refused = await call(w, 'GET', `/v1/audit-log?organization=${w.orgA}`, { as: viewer });
      expect(refused.status).toBe(403);
      const other = await call(w, 'GET', `/v1/audit-log?organization=${w.orgB}`, { as: admin });
      expect(other.status).toBe(404);
    });

    it('two-factor: a code from the app after the password, each code once, recovery codes once', async () => {
      const now = w.clock.now();
      await w.store.accounts.createUser({
        id: 'usr_2fa',
        email: 'careful@example.com',
        name: 'Careful',
        passwordHash: await hashPassword(PASSWORD),
        createdAt: now,
        passwordChangedAt: now,
      });
      await w.store.accounts.addMember(w.orgB, 'usr_2fa', 'viewer', now);
      const me = await signIn(w, 'careful@example.com');
      const wrongPassword = await call(w, 'POST', '/v1/me/two-factor', {
        as: me,
        body: { password: 'not it at all' },
      });
      expect(wrongPassword.status).toBe(401);
      const started = await call(w, 'POST', '/v1/me/two-factor', {
        as: me,
        body: { password: PASSWORD },
      });
      const { secret, otpauthUrl } = (await started.json()) as {
        secret: string;
        otpauthUrl: string;
      };
      expect(otpauthUrl).toBe(
        `otpauth://totp/koe%3Acareful%40example.com?secret=${secret}&issuer=koe&algorithm=SHA1&digits=6&period=30`,
      );
      // Not on until a code from the app is confirmed.
      expect((await signIn(w, 'careful@example.com')).cookie).toMatch(/^koe_session=/);
      const wrongCode = await call(w, 'POST', '/v1/me/two-factor/confirm', {
        as: me,
        body: { code: '000000' },
      });
      expect(wrongCode.status).toBe(400);
      const codeNow = () => totpCode(secret, stepAt(w.clock.now()));
      const confirmed = await call(w, 'POST', '/v1/me/two-factor/confirm', {
        as: me,
        body: { code: codeNow() },
      });
      expect(confirmed.status).toBe(200);
      const { recoveryCodes } = (await confirmed.json()) as { recoveryCodes: string[] };
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      expect(
        (
          (await (await call(w, 'GET', '/v1/me', { as: me })).json()) as {
            user: { twoFactor: boolean };
          }
        ).user.twoFactor,
      ).toBe(true);

      const attempt = (code?: string) =>
        call(w, 'POST', '/v1/session', {
          body: {
            email: 'careful@example.com',
            password: PASSWORD,
            ...(code !== undefined && { code }),
          },
        });
      const withoutCode = await attempt();
      expect(withoutCode.status).toBe(401);
      expect(await problemCode(withoutCode)).toBe('two-factor-required');
      expect(withoutCode.headers.get('set-cookie')).toBeNull();
      // The code just used to confirm is spent; the next step's works once.
      expect(await problemCode(await attempt(codeNow()))).toBe('sign-in-failed');
      w.clock.advance(30_000);
      const next = codeNow();
      expect((await attempt(next)).status).toBe(204);
      expect(await problemCode(await attempt(next))).toBe('sign-in-failed');
      // A wrong password with a right code still says nothing about the code.
      w.clock.advance(30_000);
      const wrong = await call(w, 'POST', '/v1/session', {
        body: { email: 'careful@example.com', password: 'wrong password', code: codeNow() },
      });
      expect(await problemCode(wrong)).toBe('sign-in-failed');
      // A recovery code: once, typed in any case.
      const recovery = recoveryCodes[0] as string;
      expect((await attempt(recovery.toUpperCase())).status).toBe(204);
      expect(await problemCode(await attempt(recovery))).toBe('sign-in-failed');

      const off = await call(w, 'POST', '/v1/me/two-factor/disable', {
        as: me,
        body: { password: PASSWORD },
      });
      expect(off.status).toBe(204);
      expect((await attempt()).status).toBe(204);
    });

    it('housekeeping removes audit entries past the retention and ended sessions', async () => {
      const accounts = w.store.accounts;
      const now = w.clock.now();
      const entry = (id: string, at: number) => ({
        id,
        organizationId: w.orgB,
        at,
        actor: 'cli',
        actorLabel: 'CLI',
        action: 'test.entry',
        siteId: null,
        target: null,
        details: null,
      });
      await accounts.recordAudit(entry('aud_old', now - 401 * 86_400_000));
      await accounts.recordAudit(entry('aud_recent', now - 399 * 86_400_000));
      await accounts.createSession({
        tokenHash: 'ended',
        userId: 'usr_owner_b',
        createdAt: now - 40 * 86_400_000,
        lastSeenAt: now - 8 * 86_400_000,
        expiresAt: now - 10 * 86_400_000,
      });
      const housekeeping = new AccountHousekeeping({
        store: w.store,
        clock: w.clock,
        log: silentLogger,
        sessions: DEFAULT_SESSION_POLICY,
        auditRetentionDays: 400,
      });
      const removed = await housekeeping.run();
      expect(removed.auditEntries).toBeGreaterThanOrEqual(1);
      expect(removed.sessions).toBeGreaterThanOrEqual(1);
      const left = (await accounts.listAudit(w.orgB, undefined, 500)).map((e) => e.id);
      expect(left).toContain('aud_recent');
      expect(left).not.toContain('aud_old');
      expect(await accounts.findSession('ended')).toBeUndefined();
    });

    it('invites by link: a new account joins with the role, the link works once', async () => {
      const owner = await signIn(w, 'owner-a@example.com');
      const made = await call(w, 'POST', `/v1/organizations/${w.orgA}/invitations`, {
        as: owner,
        body: { role: 'viewer' },
      });
      expect(made.status).toBe(201);
      const { url } = (await made.json()) as { url: string };
      expect(url.startsWith(`${SELF}/app/invite?token=`)).toBe(true);
      const token = new URL(url).searchParams.get('token') ?? '';
      const preview = await call(w, 'GET', `/v1/invitations/${token}`);
      expect(await preview.json()).toMatchObject({ organization: 'Org A', role: 'viewer' });

      const joined = await call(w, 'POST', `/v1/invitations/${token}/sign-up`, {
        body: { email: 'new-viewer@example.com', name: 'New viewer', password: PASSWORD },
      });
      expect(joined.status).toBe(204);
      const newcomer = await signIn(w, 'new-viewer@example.com');
      const metrics = await call(w, 'GET', `/v1/surveys/${w.surveyA}/metrics`, {
        as: newcomer,
        site: w.siteA,
      });
      expect(metrics.status).toBe(200);
      const edit = await call(w, 'PATCH', `/v1/surveys/${w.surveyA}`, {
        as: newcomer,
        site: w.siteA,
        body: { status: 'paused' },
      });
      expect(edit.status).toBe(403);
      const again = await call(w, 'POST', `/v1/invitations/${token}/sign-up`, {
        body: { email: 'second@example.com', name: 'Second', password: PASSWORD },
      });
      expect(again.status).toBe(404);
      // Members and roles: only owners change them; the last owner stays.
      const members = await call(w, 'GET', `/v1/organizations/${w.orgA}/members`, {
        as: newcomer,
      });
      expect(((await members.json()) as { data: unknown[] }).data).toHaveLength(5);
      const promote = await call(w, 'PATCH', `/v1/organizations/${w.orgA}/members/usr_viewer_a`, {
        as: newcomer,
        body: { role: 'admin' },
      });
      expect(promote.status).toBe(403);
      const demoteLast = await call(w, 'PATCH', `/v1/organizations/${w.orgA}/members/usr_owner_a`, {
        as: owner,
        body: { role: 'admin' },
      });
      expect(await problemCode(demoteLast)).toBe('last-owner');
    });

    it('an owner demoted or removed: the invitations they made stop working', async () => {
      const now = w.clock.now();
      await w.store.accounts.createUser({
        id: 'usr_second_owner',
        email: 'second-owner@example.com',
        name: 'Second',
        passwordHash: await hashPassword(PASSWORD),
        createdAt: now,
        passwordChangedAt: now,
      });
      await w.store.accounts.addMember(w.orgB, 'usr_second_owner', 'owner', now);
      const second = await signIn(w, 'second-owner@example.com');
      const made = await call(w, 'POST', `/v1/organizations/${w.orgB}/invitations`, {
        as: second,
        body: { role: 'owner' },
      });
      const token = new URL(((await made.json()) as { url: string }).url).searchParams.get('token');
      expect((await call(w, 'GET', `/v1/invitations/${token}`)).status).toBe(200);
      const first = await signIn(w, 'owner-b@example.com');
      const demoted = await call(
        w,
        'PATCH',
        `/v1/organizations/${w.orgB}/members/usr_second_owner`,
        {
          as: first,
          body: { role: 'viewer' },
        },
      );
      expect(demoted.status).toBe(200);
      expect((await call(w, 'GET', `/v1/invitations/${token}`)).status).toBe(404);
      await w.store.accounts.removeMember(w.orgB, 'usr_second_owner');
    });

    it('two sign-ups with one email at once: one account, the other told the email is taken', async () => {
      const tokens = await Promise.all(
        [1, 2].map(async () => {
          const owner = await signIn(w, 'owner-b@example.com');
          const made = await call(w, 'POST', `/v1/organizations/${w.orgB}/invitations`, {
            as: owner,
            body: { role: 'viewer' },
          });
          return new URL(((await made.json()) as { url: string }).url).searchParams.get('token');
        }),
      );
      const answers = await Promise.all(
        tokens.map((token) =>
          call(w, 'POST', `/v1/invitations/${token}/sign-up`, {
            body: { email: 'twice@example.com', name: 'Twice', password: PASSWORD },
          }),
        ),
      );
      expect(answers.map((a) => a.status).sort()).toEqual([204, 409]);
    });

    it('accepts an email-bound invitation only for that email, with the signed-in account', async () => {
      const owner = await signIn(w, 'owner-b@example.com');
      const made = await call(w, 'POST', `/v1/organizations/${w.orgB}/invitations`, {
        as: owner,
        body: { role: 'editor', email: 'editor-a@example.com' },
      });
      const token = new URL(((await made.json()) as { url: string }).url).searchParams.get('token');
      const wrongPerson = await signIn(w, 'viewer-a@example.com');
      const refused = await call(w, 'POST', `/v1/invitations/${token}/accept`, {
        as: wrongPerson,
      });
      expect(refused.status).toBe(403);
      const editor = await signIn(w, 'editor-a@example.com');
      const accepted = await call(w, 'POST', `/v1/invitations/${token}/accept`, { as: editor });
      expect(accepted.status).toBe(204);
      const me = (await (await call(w, 'GET', '/v1/me', { as: editor })).json()) as {
        organizations: Array<{ id: string; role: string }>;
      };
      expect(me.organizations.map((o) => [o.id, o.role])).toEqual([
        ['org_A', 'editor'],
        ['org_B', 'editor'],
      ]);
      await w.store.accounts.removeMember('org_B', 'usr_editor_a');
    });
  });
}

describe('first run', () => {
  it('creates the owner once with the setup link, who then owns every site made before', async () => {
    const [sqlite] = await storeBackends('first run');
    const opened = await sqlite?.open();
    if (!opened) throw new Error('no SQLite');
    const store = opened.store;
    const clock = new ManualClock(Date.UTC(2026, 10, 1));
    const app = createApp({ store, clock, log: silentLogger });
    const { site } = await createSite(store, clock, { name: 'Made by the CLI', origins: ['*'] });
    const token = await openSetup(store, clock);
    expect(token).toBeDefined();
    const setup = (body: Record<string, unknown>) =>
      app.request(`${SELF}/v1/setup`, {
        method: 'POST',
        headers: { host: HOST, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const owner = {
      email: 'me@example.com',
      name: 'Me',
      password: PASSWORD,
      organizationName: 'My company',
    };
    expect((await setup({ ...owner, token: 'guessed' })).status).toBe(403);
    const done = await setup({ ...owner, token });
    expect(done.status).toBe(204);
    const cookie = cookieOf(done);
    const me = (await (
      await app.request(`${SELF}/v1/me`, { headers: { host: HOST, cookie } })
    ).json()) as { organizations: Array<{ role: string; sites: Array<{ id: string }> }> };
    expect(me.organizations[0]?.role).toBe('owner');
    expect(me.organizations[0]?.sites.map((s) => s.id)).toEqual([site.id]);
    const twice = await setup({ ...owner, email: 'stranger@example.com', token });
    expect(twice.status).toBe(403);
    expect(await openSetup(store, clock)).toBeUndefined();
    await app.drain();
    await opened.close();
  });
});
