// Property-based check of the account endpoints on both backends: sign-in,
// setup, sign-up by invitation, password change and the member's reads,
// under mutated and arbitrary bodies, odd cookies, CSRF tokens and Koe-Site
// headers. Never a 5xx, every refusal problem+json, and no session exists
// without a valid credential: a session cookie is set only by a sign-in with
// the right password (or a valid setup or invitation), and only the right
// cookie reads /v1/me.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvitation } from '../src/accounts/invitations';
import { hashPassword } from '../src/accounts/passwords';
import { createSite } from '../src/admin';
import { createApp, type KoeApp } from '../src/app';
import { ManualClock } from '../src/clock';
import { silentLogger } from '../src/log';
import { expectClientOutcome, oddValue } from './fuzz-values';
import { type OpenedStore, storeBackends } from './store-backends';

const CASES = Number(process.env.KOE_FUZZ_CASES_AUTH ?? 1500);
const SELF = 'http://koe.test';
const EMAIL = 'member@example.com';
const PASSWORD = 'the one right passphrase';

const mutated = (valid: Record<string, unknown>) =>
  fc
    .tuple(
      fc.constantFrom(...Object.keys(valid)),
      oddValue,
      fc.constantFrom('set', 'delete', 'extra'),
    )
    .map(([field, value, how]) => {
      const body = { ...valid };
      if (how === 'set') body[field] = value;
      else if (how === 'delete') delete body[field];
      else body[`x_${field}`] = value;
      return JSON.stringify(body);
    });

const bodyFrom = (valid: Record<string, unknown>) =>
  fc.oneof(
    { weight: 5, arbitrary: mutated(valid) },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 100 }) },
    { weight: 1, arbitrary: fc.constant(`{"email":"${'x'.repeat(70_000)}"}`) },
  );

for (const backend of await storeBackends('the account fuzz tests')) {
  describe.skipIf(!backend.available)(`account endpoints on ${backend.name}`, () => {
    let opened: OpenedStore;
    let app: KoeApp;
    let cookie = '';
    let csrf = '';
    let siteId = '';
    let inviteToken = '';
    const clock = new ManualClock(Date.UTC(2026, 10, 1));

    beforeAll(async () => {
      opened = await backend.open();
      const store = opened.store;
      app = createApp({
        store,
        clock,
        log: silentLogger,
        config: { signInAccountLimit: 0, signInClientLimit: 0 },
      });
      const now = clock.now();
      await store.accounts.createOrganization({ id: 'org_f', name: 'Fuzz', createdAt: now });
      await store.accounts.createUser({
        id: 'usr_member',
        email: EMAIL,
        name: 'Member',
        passwordHash: await hashPassword(PASSWORD),
        createdAt: now,
        passwordChangedAt: now,
      });
      await store.accounts.addMember('org_f', 'usr_member', 'viewer', now);
      siteId = (
        await createSite(store, clock, {
          name: 'Fuzz shop',
          origins: ['*'],
          organizationId: 'org_f',
        })
      ).site.id;
      inviteToken = (
        await createInvitation(store, clock, {
          organizationId: 'org_f',
          email: null,
          role: 'viewer',
          expiresInDays: 7,
          createdBy: 'usr_member',
        })
      ).token;
      const signedIn = await app.request(`${SELF}/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
      });
      cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      csrf = (
        (await (await app.request(`${SELF}/v1/me`, { headers: { cookie } })).json()) as {
          csrfToken: string;
        }
      ).csrfToken;
    });
    afterAll(async () => {
      await app.drain();
      await opened.close();
    });

    it(`never answers 5xx and opens no session without a credential (${CASES} cases)`, async () => {
      const cookies = fc.oneof(
        fc.constant(cookie),
        fc.constantFrom(
          '',
          'koe_session=',
          'koe_session=nope',
          `${cookie}x`,
          '__Host-koe_session=a',
        ),
        fc.string({ maxLength: 200 }).map((v) => `koe_session=${encodeURIComponent(v)}`),
      );
      const request = fc.oneof(
        fc.record({
          path: fc.constant('/v1/session'),
          method: fc.constant('POST'),
          body: bodyFrom({ email: EMAIL, password: 'a wrong passphrase' }),
          cookie: fc.constant(''),
        }),
        fc.record({
          path: fc.constant('/v1/setup'),
          method: fc.constant('POST'),
          body: bodyFrom({
            token: 'guess',
            email: 'x@example.com',
            name: 'X',
            password: 'long enough',
            organizationName: 'X',
          }),
          cookie: fc.constant(''),
        }),
        fc.record({
          path: fc.constantFrom(
            `/v1/invitations/${'t'.repeat(43)}/sign-up`,
            '/v1/invitations/%00/sign-up',
          ),
          method: fc.constant('POST'),
          body: bodyFrom({ email: 'y@example.com', name: 'Y', password: 'long enough' }),
          cookie: fc.constant(''),
        }),
        fc.record({
          path: fc.constant('/v1/me/password'),
          method: fc.constant('POST'),
          body: bodyFrom({ currentPassword: 'a wrong one', newPassword: 'new passphrase' }),
          cookie: cookies,
        }),
        fc.record({
          path: fc.constantFrom('/v1/password-reset', '/v1/password-reset/complete'),
          method: fc.constant('POST'),
          body: bodyFrom({ email: EMAIL, token: 'guessed', password: 'a new passphrase' }),
          cookie: fc.constant(''),
        }),
        fc.record({
          path: fc.constantFrom(
            '/v1/me/two-factor',
            '/v1/me/two-factor/confirm',
            '/v1/me/two-factor/disable',
          ),
          method: fc.constant('POST'),
          body: bodyFrom({ password: 'a wrong passphrase', code: '123456' }),
          cookie: cookies,
        }),
        fc.record({
          path: fc.constantFrom(
            '/v1/organizations/org_f/sso',
            '/v1/organizations/org_x/sso',
            '/v1/organizations/%00/sso',
            '/v1/organizations/%00/members',
            '/v1/invitations/%00',
          ),
          method: fc.constantFrom('PUT', 'GET', 'DELETE'),
          body: bodyFrom({ issuer: 'http://127.0.0.1:9', clientId: 'c', clientSecret: 's' }),
          cookie: cookies,
        }),
        fc.record({
          path: fc.constantFrom(
            '/v1/sso/org_f/start',
            '/v1/sso/%00/start',
            '/v1/sso/org_f/callback?code=x&state=y',
            '/v1/sso/%00/callback',
          ),
          method: fc.constant('GET'),
          body: fc.constant(undefined),
          cookie: fc.oneof(cookies, fc.constantFrom('koe_sso=org_f.a.b.c', 'koe_sso=...')),
        }),
        fc.record({
          path: fc.constantFrom(
            '/v1/me',
            '/v1/surveys',
            '/v1/organizations/org_f/members',
            '/v1/audit-log?organization=org_f',
            '/v1/audit-log?organization=%00',
          ),
          method: fc.constant('GET'),
          body: fc.constant(undefined),
          cookie: cookies,
        }),
      );
      const extra = fc.record({
        csrf: fc.oneof(fc.constant(csrf), fc.string({ maxLength: 60 })),
        site: fc.oneof(fc.constant(siteId), fc.string({ maxLength: 80 })),
        origin: fc.constantFrom(undefined, SELF, 'https://evil.example', 'null'),
      });
      await fc.assert(
        fc.asyncProperty(request, extra, async (r, h) => {
          const usersBefore = await opened.store.accounts.countUsers();
          const method: string = r.method;
          const sendsBody = r.body !== undefined && method !== 'GET';
          const response = await app.request(`${SELF}${r.path}`, {
            method,
            headers: {
              ...(sendsBody && { 'content-type': 'application/json' }),
              ...(r.cookie && { cookie: r.cookie }),
              'x-csrf-token': h.csrf,
              ...(/^[\x21-\x7e]*$/.test(h.site) && { 'koe-site': h.site }),
              ...(h.origin && { origin: h.origin }),
            },
            ...(sendsBody && { body: r.body }),
          });
          const setCookie = response.headers.get('set-cookie');
          await expectClientOutcome(response);
          // Nothing here holds a valid credential for a new session.
          expect(setCookie ?? '').not.toMatch(/koe_session=[^;]/);
          expect(await opened.store.accounts.countUsers()).toBe(usersBefore);
          // Only the member's own cookie reads what is the member's.
          if (response.status === 200 && r.method === 'GET') expect(r.cookie).toBe(cookie);
        }),
        { numRuns: CASES },
      );
      // The invitation was never used, the member's password never changed.
      const me = await app.request(`${SELF}/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
      });
      expect(me.status).toBe(204);
      expect(inviteToken).not.toBe('');
    }, 300_000);
  });
}
