// Single sign-on against a real OpenID Connect provider started here (the
// oidc-provider package), on both backends: an owner connects it; a person
// of the auto-join domain joins at the chosen role and comes back as the same
// account; anyone else, an unverified email, an email that already has an
// account, a tampered state, an expired code and an ID token for another
// client (wrong audience) are refused, and none of them opens a session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/accounts/passwords';
import { createApp, type KoeApp } from '../src/app';
import { ManualClock } from '../src/clock';
import { silentLogger } from '../src/log';
import { type Idp, type IdpClient, startIdp, TestBrowser } from './oidc-idp';
import { type OpenedStore, storeBackends } from './store-backends';

const KOE = 'http://koe.test';
const PASSWORD = 'the owner passphrase';
const client = (org: string): IdpClient => ({
  clientId: `koe-${org}`,
  clientSecret: `secret of ${org}, long enough`,
  redirectUri: `${KOE}/v1/sso/org_${org}/callback`,
});

for (const backend of await storeBackends('the single sign-on tests')) {
  describe.skipIf(!backend.available)(`single sign-on on ${backend.name}`, () => {
    let opened: OpenedStore;
    let app: KoeApp;
    let idp: Idp;
    let slowIdp: Idp;
    const clock = new ManualClock(Date.UTC(2026, 10, 1));

    /** A browser that reaches koe in process and the providers over real sockets. */
    const browser = () =>
      new TestBrowser((url, init) =>
        url.origin === KOE ? app.request(url.href, init) : fetch(url, init),
      );

    async function ownerSession(): Promise<{ cookie: string; csrf: string }> {
      const b = browser();
      const signIn = await b.request(new URL('/v1/session', KOE), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'owner@acme.example', password: PASSWORD }),
      });
      expect(signIn.status).toBe(204);
      const cookie = [...b.cookiesOf('koe.test')].map(([k, v]) => `${k}=${v}`).join('; ');
      const me = (await (await app.request(`${KOE}/v1/me`, { headers: { cookie } })).json()) as {
        csrfToken: string;
      };
      return { cookie, csrf: me.csrfToken };
    }

    async function connect(org: string, issuer: string, extra: Record<string, unknown> = {}) {
      const owner = await ownerSession();
      return app.request(`${KOE}/v1/organizations/org_${org}/sso`, {
        method: 'PUT',
        headers: {
          cookie: owner.cookie,
          'x-csrf-token': owner.csrf,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          issuer,
          clientId: client(org).clientId,
          clientSecret: client(org).clientSecret,
          ...extra,
        }),
      });
    }

    /** Signs `login` in through org's provider; the URL koe sends the browser to, and the browser. */
    async function signInThrough(
      org: string,
      login: string,
      { beforeCallback }: { beforeCallback?: (callback: URL) => URL | Promise<URL> } = {},
    ) {
      const b = browser();
      const callback = await b.walk(new URL(`/v1/sso/org_${org}/start`, KOE), login, (url) =>
        url.pathname.endsWith('/callback'),
      );
      const answer = await b.request((await beforeCallback?.(callback)) ?? callback);
      expect(answer.status).toBe(302);
      return {
        location: answer.headers.get('location'),
        session: b.cookiesOf('koe.test').get('koe_session'),
      };
    }

    beforeAll(async () => {
      opened = await backend.open();
      app = createApp({ store: opened.store, clock, log: silentLogger });
      idp = await startIdp([client('A'), client('B')]);
      slowIdp = await startIdp([client('C')], { codeSeconds: 1 });
      const accounts = opened.store.accounts;
      const now = clock.now();
      for (const org of ['A', 'B', 'C'])
        await accounts.createOrganization({ id: `org_${org}`, name: `Org ${org}`, createdAt: now });
      for (const [id, email] of [
        ['usr_owner', 'owner@acme.example'],
        ['usr_taken', 'owner-a@example.com'],
      ] as const) {
        await accounts.createUser({
          id,
          email,
          name: id,
          passwordHash: await hashPassword(PASSWORD),
          createdAt: now,
          passwordChangedAt: now,
        });
      }
      for (const org of ['A', 'B', 'C'])
        await accounts.addMember(`org_${org}`, 'usr_owner', 'owner', now);
    });

    afterAll(async () => {
      await app.drain();
      await idp.close();
      await slowIdp.close();
      await opened.close();
    });

    it('an owner connects the provider: discovery read, the secret never shown again', async () => {
      const wrong = await connect('A', 'http://127.0.0.1:9/nothing');
      expect(wrong.status).toBe(400);
      const remote = await connect('A', 'http://idp.example');
      expect(((await remote.json()) as { detail: string }).detail).toMatch(/https/);
      const saved = await connect('A', idp.issuer, {
        autoJoinDomain: 'ACME.example',
        autoJoinRole: 'editor',
      });
      expect(saved.status).toBe(200);
      const body = (await saved.json()) as Record<string, unknown>;
      expect(body).toMatchObject({
        issuer: idp.issuer,
        autoJoinDomain: 'acme.example',
        autoJoinRole: 'editor',
        signInUrl: `${KOE}/v1/sso/org_A/start`,
        redirectUri: client('A').redirectUri,
      });
      expect(JSON.stringify(body)).not.toContain(client('A').clientSecret);
      expect((await connect('B', idp.issuer)).status).toBe(200);
      expect((await connect('C', slowIdp.issuer, { autoJoinDomain: 'acme.example' })).status).toBe(
        200,
      );
    });

    it('a person of the auto-join domain joins at the role, and comes back as the same account', async () => {
      const first = await signInThrough('A', 'ana');
      expect(first.location).toBe('/app');
      expect(first.session).toBeDefined();
      const me = (await (
        await app.request(`${KOE}/v1/me`, { headers: { cookie: `koe_session=${first.session}` } })
      ).json()) as { user: { email: string }; organizations: Array<{ id: string; role: string }> };
      expect(me.user.email).toBe('ana@acme.example');
      expect(me.organizations).toEqual([expect.objectContaining({ id: 'org_A', role: 'editor' })]);
      const again = await signInThrough('A', 'ana');
      expect(again.location).toBe('/app');
      const ana = await opened.store.accounts.findUserByEmail('ana@acme.example');
      expect(ana?.passwordHash).toBeNull();
      const actions = (await opened.store.accounts.listAudit('org_A', undefined, 100)).map(
        (entry) => entry.action,
      );
      expect(actions.filter((a) => a === 'member.joined-by-sso')).toHaveLength(1);
      expect(actions.filter((a) => a === 'session.signed-in').length).toBeGreaterThanOrEqual(2);
    });

    it.each([
      ['ben', 'not-member', 'another domain'],
      ['cy', 'email', 'an email the provider has not verified'],
      ['taken', 'account-exists', 'the email of an account that exists (never taken over)'],
    ])('refuses %s (%s): %s', async (login, reason) => {
      const users = await opened.store.accounts.countUsers();
      const refused = await signInThrough('A', login);
      expect(refused.location).toBe(`/app?sso_error=${reason}`);
      expect(refused.session).toBeUndefined();
      expect(await opened.store.accounts.countUsers()).toBe(users);
    });

    it('refuses a tampered state and a callback without the flow that started it', async () => {
      const tampered = await signInThrough('A', 'ana', {
        beforeCallback: (callback) => {
          const url = new URL(callback);
          url.searchParams.set('state', 'tampered');
          return url;
        },
      });
      expect(tampered.location).toBe('/app?sso_error=state');
      expect(tampered.session).toBeUndefined();
      const stranger = await app.request(`${KOE}/v1/sso/org_A/callback?code=x&state=y`);
      expect(stranger.headers.get('location')).toBe('/app?sso_error=state');
    });

    it('refuses an expired code', async () => {
      const late = await signInThrough('C', 'ana', {
        beforeCallback: async (callback) => {
          await new Promise((resolve) => setTimeout(resolve, 2_200));
          return callback;
        },
      });
      expect(late.location).toBe('/app?sso_error=code');
      expect(late.session).toBeUndefined();
    });

    it('refuses an ID token the provider signed for another client (wrong audience)', async () => {
      // Org B's flow leaves an ID token issued to koe-B …
      await signInThrough('B', 'ana');
      const forB = idp.lastIdToken();
      expect(forB).toBeDefined();
      // … which then answers org A's token request (client koe-A).
      idp.swapNextIdToken(forB as string);
      const refused = await signInThrough('A', 'ana');
      expect(refused.location).toBe('/app?sso_error=token');
      expect(refused.session).toBeUndefined();
    });

    it('a removed member can no longer sign in through the provider', async () => {
      const ana = await opened.store.accounts.findUserByEmail('ana@acme.example');
      await opened.store.accounts.removeMember('org_A', ana?.id ?? '');
      const refused = await signInThrough('A', 'ana');
      expect(refused.location).toBe('/app?sso_error=not-member');
    });
  });
}
