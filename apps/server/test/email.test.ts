// Email over a real SMTP server started here, on both backends: an
// invitation naming an email is sent there with its link, which works; a
// password reset is answered the same for any email and sent only to an
// account, its link sets a new password once and ends every session; a koe
// without SMTP says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/accounts/passwords';
import { createApp, type KoeApp } from '../src/app';
import { ManualClock } from '../src/clock';
import { silentLogger } from '../src/log';
import { type Inbox, startInbox } from './smtp-inbox';
import { type OpenedStore, storeBackends } from './store-backends';

const KOE = 'http://koe.test';
const PASSWORD = 'the owner passphrase';

for (const backend of await storeBackends('the email tests')) {
  describe.skipIf(!backend.available)(`email on ${backend.name}`, () => {
    let opened: OpenedStore;
    let app: KoeApp;
    let inbox: Inbox;
    const clock = new ManualClock(Date.UTC(2026, 10, 1));

    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      app.request(`${KOE}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    async function signIn(email: string, password: string) {
      const response = await post('/v1/session', { email, password });
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      return { status: response.status, cookie };
    }

    beforeAll(async () => {
      opened = await backend.open();
      inbox = await startInbox();
      app = createApp({
        store: opened.store,
        clock,
        log: silentLogger,
        config: { smtpUrl: inbox.url, mailFrom: 'koe <koe@koe.test>', publicUrl: KOE },
      });
      const now = clock.now();
      await opened.store.accounts.createOrganization({
        id: 'org_m',
        name: 'Mail Co',
        createdAt: now,
      });
      await opened.store.accounts.createUser({
        id: 'usr_owner',
        email: 'owner@mail.example',
        name: 'Olga',
        passwordHash: await hashPassword(PASSWORD),
        createdAt: now,
        passwordChangedAt: now,
      });
      await opened.store.accounts.addMember('org_m', 'usr_owner', 'owner', now);
    });

    afterAll(async () => {
      await app.drain();
      await inbox.close();
      await opened.close();
    });

    it('sends an invitation naming an email, with a link that works', async () => {
      const { cookie } = await signIn('owner@mail.example', PASSWORD);
      const me = (await (await app.request(`${KOE}/v1/me`, { headers: { cookie } })).json()) as {
        csrfToken: string;
      };
      const made = await post(
        '/v1/organizations/org_m/invitations',
        { role: 'editor', email: 'new@mail.example' },
        { cookie, 'x-csrf-token': me.csrfToken },
      );
      expect(made.status).toBe(201);
      expect(await made.json()).toMatchObject({ emailed: true });
      await expect.poll(() => inbox.to('new@mail.example').length).toBe(1);
      const mail = inbox.to('new@mail.example')[0];
      expect(mail?.subject).toBe('Olga invites you to Mail Co');
      expect(mail?.from?.value[0]).toMatchObject({ name: 'koe', address: 'koe@koe.test' });
      const link = mail?.text?.match(/Join: (\S+)/)?.[1] ?? '';
      expect(link.startsWith(`${KOE}/app/invite?token=`)).toBe(true);
      expect(mail?.html).toContain(`href="${link.replaceAll('&', '&#38;')}"`);
      const token = new URL(link).searchParams.get('token');
      const joined = await post(`/v1/invitations/${token}/sign-up`, {
        email: 'new@mail.example',
        name: 'New',
        password: 'new passphrase',
      });
      expect(joined.status).toBe(204);
    });

    it('resets a password by email: the same answer for any email, the link once', async () => {
      const before = inbox.messages.length;
      const other = await signIn('owner@mail.example', PASSWORD);
      // A provider link made for this email before: the mailbox's owner resetting drops it.
      await opened.store.accounts.linkSsoIdentity({
        issuer: 'https://idp.example',
        subject: 'someone',
        userId: 'usr_owner',
        organizationId: 'org_m',
        createdAt: clock.now(),
      });
      expect((await post('/v1/password-reset', { email: 'nobody@mail.example' })).status).toBe(202);
      expect((await post('/v1/password-reset', { email: 'Owner@Mail.example' })).status).toBe(202);
      await expect.poll(() => inbox.to('owner@mail.example').length).toBe(1);
      // Nothing went to the address without an account.
      expect(inbox.messages.length).toBe(before + 1);
      const mail = inbox.to('owner@mail.example')[0];
      expect(mail?.subject).toBe('Reset your koe password');
      const link = mail?.text?.match(/Set a new password: (\S+)/)?.[1] ?? '';
      const token = new URL(link).searchParams.get('token');
      expect(new URL(link).pathname).toBe('/app/reset');

      const short = await post('/v1/password-reset/complete', { token, password: 'short' });
      expect(short.status).toBe(400);
      const done = await post('/v1/password-reset/complete', {
        token,
        password: 'a new passphrase',
      });
      expect(done.status).toBe(204);
      const again = await post('/v1/password-reset/complete', { token, password: 'another one!' });
      expect(again.status).toBe(403);
      expect(
        await opened.store.accounts.findSsoIdentity('https://idp.example', 'someone'),
      ).toBeUndefined();
      // The old session ended; the new password signs in, the old one not.
      expect(
        (await app.request(`${KOE}/v1/me`, { headers: { cookie: other.cookie } })).status,
      ).toBe(401);
      expect((await signIn('owner@mail.example', PASSWORD)).status).toBe(401);
      expect((await signIn('owner@mail.example', 'a new passphrase')).status).toBe(204);
      // An hour later a fresh link no longer works.
      await post('/v1/password-reset', { email: 'owner@mail.example' });
      await expect.poll(() => inbox.to('owner@mail.example').length).toBe(2);
      const late = new URL(
        inbox.to('owner@mail.example')[1]?.text?.match(/Set a new password: (\S+)/)?.[1] ?? '',
      ).searchParams.get('token');
      clock.advance(3_600_001);
      expect(
        (await post('/v1/password-reset/complete', { token: late, password: 'too late!!' })).status,
      ).toBe(403);
    });

    it('says so when this koe sends no email, or has no public URL to build links from', async () => {
      for (const config of [{}, { smtpUrl: inbox.url }]) {
        const silent = createApp({ store: opened.store, clock, log: silentLogger, config });
        // Without KOE_PUBLIC_URL a link would come from the Host header, which anyone can forge.
        const answer = await silent.request('http://evil.example/v1/password-reset', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'owner@mail.example' }),
        });
        expect(answer.status).toBe(409);
        expect(((await answer.json()) as { code: string }).code).toBe('email-not-configured');
        await silent.drain();
      }
    });
  });
}
