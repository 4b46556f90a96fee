// Signing in and out, the signed-in member (GET /v1/me), their password and
// sessions, and the first-run setup. Sign-in answers the same problem for an
// unknown email and a wrong password, after the same work (passwords.ts),
// and is rate-limited per account and per client.
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  MeSchema,
  PasswordChangeSchema,
  PasswordConfirmationSchema,
  PasswordResetRequestSchema,
  PasswordResetSchema,
  RecoveryCodesSchema,
  SetupSchema,
  SignInSchema,
  TwoFactorCodeSchema,
  TwoFactorEnrollmentSchema,
} from '@koe/core';
import type { Context } from 'hono';
import { audit, recordAudit } from '../accounts/audit';
import { linkMail } from '../accounts/mailer';
import { hashPassword, verifyPassword } from '../accounts/passwords';
import { permissionsOf } from '../accounts/permissions';
import {
  clearSessionCookie,
  csrfTokenOf,
  hashToken,
  isHttps,
  newToken,
  writeSessionCookie,
} from '../accounts/session-tokens';
import { startSession } from '../accounts/sessions';
import { completeSetup } from '../accounts/setup';
import { checkSecondFactor, confirmEnrollment, startEnrollment } from '../accounts/two-factor';
import { BODY_PROBLEMS, problems } from '../api/problems';
import { bodyOf, json, MEMBER, memberProblems, PUBLIC, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { clientAddress } from '../middleware/client-address';
import { rateLimitHeaders } from '../middleware/rate-limit';
import { fromOwnOrigin } from '../middleware/session-auth';
import { emailKey } from '../store/account-rows';

const RESET_VALID_MS = 3_600_000;

const signIn = createRoute({
  method: 'post',
  path: '/session',
  operationId: 'signIn',
  tags: ['accounts'],
  summary: 'Sign in with email and password',
  description:
    'Sets the session cookie (HttpOnly, SameSite=Lax, Secure and `__Host-` on https). A session ends after 7 days without use or 30 days after sign-in, at sign-out, or when the password changes. The same 401 answers an unknown email and a wrong password.',
  ...PUBLIC,
  request: bodyOf(SignInSchema),
  responses: {
    204: { description: 'signed in: the Set-Cookie header carries the session' },
    ...problems(
      ['invalid-body', 'email or password missing or too long'],
      ...BODY_PROBLEMS,
      ['sign-in-failed', 'the email, the password or the one-time code is wrong'],
      ['two-factor-required', 'the password was right; the account also needs a one-time code'],
      ['csrf-refused', 'the request came from a page on another origin'],
      ['rate-limited', 'too many attempts for this account or from this client; wait Retry-After'],
    ),
  },
});

const signOut = createRoute({
  method: 'delete',
  path: '/session',
  operationId: 'signOut',
  tags: ['accounts'],
  summary: 'Sign out (this session)',
  description: 'Ends the session of the cookie sent and clears the cookie; other sessions go on.',
  ...MEMBER,
  responses: {
    204: { description: 'signed out; the cookie is cleared' },
    ...problems(...memberProblems({ change: true })),
  },
});

const getMe = createRoute({
  method: 'get',
  path: '/me',
  operationId: 'getMe',
  tags: ['accounts'],
  summary: 'The signed-in member: organizations, roles, sites, CSRF token',
  description:
    "The member's organizations with their role, what that role may do (`permissions`) and the organization's sites; `csrfToken` goes into X-CSRF-Token on every change made with the cookie.",
  ...MEMBER,
  responses: {
    200: { description: 'the member', content: json(MeSchema) },
    ...problems(...memberProblems({ change: false })),
  },
});

const changePassword = createRoute({
  method: 'post',
  path: '/me/password',
  operationId: 'changePassword',
  tags: ['accounts'],
  summary: 'Change the password (other sessions end)',
  description:
    'Needs the current password (rate-limited like sign-in). Every other session of the member ends; this one goes on.',
  ...MEMBER,
  request: bodyOf(PasswordChangeSchema),
  responses: {
    204: { description: 'changed; every other session of the member ended' },
    ...problems(
      ['invalid-body', 'the new password is under 8 or over 256 characters'],
      ...BODY_PROBLEMS,
      ['sign-in-failed', 'the current password is wrong'],
      ['rate-limited', 'too many wrong current passwords; wait Retry-After'],
      ...memberProblems({ change: true }),
    ),
  },
});

const signOutEverywhere = createRoute({
  method: 'delete',
  path: '/me/sessions',
  operationId: 'signOutEverywhere',
  tags: ['accounts'],
  summary: 'Sign out everywhere (every session of the member, this one included)',
  description: 'For a lost laptop or a shared computer: every session of the member ends at once.',
  ...MEMBER,
  responses: {
    204: { description: 'every session ended' },
    ...problems(...memberProblems({ change: true })),
  },
});

const startTwoFactor = createRoute({
  method: 'post',
  path: '/me/two-factor',
  operationId: 'startTwoFactor',
  tags: ['accounts'],
  summary: 'Start turning on two-factor sign-in (TOTP)',
  description:
    'Needs the password again. Answers a new secret for an authenticator app (and its otpauth:// link); two-factor is on only once a code from it is confirmed.',
  ...MEMBER,
  request: bodyOf(PasswordConfirmationSchema),
  responses: {
    200: {
      description: 'the secret to enter in the app',
      content: json(TwoFactorEnrollmentSchema),
    },
    ...problems(
      ['invalid-body', 'the body is not valid, or two-factor is on already'],
      ...BODY_PROBLEMS,
      ['sign-in-failed', 'the password is wrong'],
      ['rate-limited', 'too many wrong passwords; wait Retry-After'],
      ...memberProblems({ change: true }),
    ),
  },
});

const confirmTwoFactor = createRoute({
  method: 'post',
  path: '/me/two-factor/confirm',
  operationId: 'confirmTwoFactor',
  tags: ['accounts'],
  summary: 'Turn two-factor on with a code from the app',
  description:
    'The answer holds ten recovery codes, shown only now: each signs in once in place of a code (a lost phone).',
  ...MEMBER,
  request: bodyOf(TwoFactorCodeSchema),
  responses: {
    200: { description: 'on; the recovery codes', content: json(RecoveryCodesSchema) },
    ...problems(
      ['invalid-body', 'the code does not match, or no enrollment was started'],
      ...BODY_PROBLEMS,
      ...memberProblems({ change: true }),
    ),
  },
});

const disableTwoFactor = createRoute({
  method: 'post',
  path: '/me/two-factor/disable',
  operationId: 'disableTwoFactor',
  tags: ['accounts'],
  summary: 'Turn two-factor off',
  description: 'Needs the password again; the secret and the recovery codes are forgotten.',
  ...MEMBER,
  request: bodyOf(PasswordConfirmationSchema),
  responses: {
    204: { description: 'off' },
    ...problems(
      ['invalid-body', 'the body is not valid'],
      ...BODY_PROBLEMS,
      ['sign-in-failed', 'the password is wrong'],
      ['rate-limited', 'too many wrong passwords; wait Retry-After'],
      ...memberProblems({ change: true }),
    ),
  },
});

const requestReset = createRoute({
  method: 'post',
  path: '/password-reset',
  operationId: 'requestPasswordReset',
  tags: ['accounts'],
  summary: 'Email a password reset link',
  description:
    'Answers 202 whether or not the email has an account (and sends the link, valid for an hour, only when it has). Needs SMTP (KOE_SMTP_URL); without it, whoever runs koe resets passwords with `koe users reset-password`.',
  ...PUBLIC,
  request: bodyOf(PasswordResetRequestSchema),
  responses: {
    202: { description: 'if the email has an account, a link is on its way' },
    ...problems(
      ['invalid-body', 'email missing or too long'],
      ...BODY_PROBLEMS,
      ['csrf-refused', 'the request came from a page on another origin'],
      'email-not-configured',
      ['rate-limited', 'too many attempts for this account or from this client; wait Retry-After'],
    ),
  },
});

const completeReset = createRoute({
  method: 'post',
  path: '/password-reset/complete',
  operationId: 'completePasswordReset',
  tags: ['accounts'],
  summary: 'Set a new password with the emailed link',
  description:
    'The link works once. Every session of the account ends; sign in with the new password.',
  ...PUBLIC,
  request: bodyOf(PasswordResetSchema),
  responses: {
    204: { description: 'the password is set' },
    ...problems(
      ['invalid-body', 'the new password is under 8 or over 256 characters'],
      ...BODY_PROBLEMS,
      'reset-link-invalid',
      ['csrf-refused', 'the request came from a page on another origin'],
      ['rate-limited', 'too many attempts from this client; wait Retry-After'],
    ),
  },
});

const setup = createRoute({
  method: 'post',
  path: '/setup',
  operationId: 'completeSetup',
  tags: ['accounts'],
  summary: 'First run: create the owner with the setup link',
  description:
    'On an install without accounts the server prints a one-time setup link (`/app/setup?token=…`). Its token creates the first account, owner of a new organization that takes every site made before. The member is signed in.',
  ...PUBLIC,
  request: bodyOf(SetupSchema),
  responses: {
    204: { description: 'the owner exists and is signed in' },
    ...problems(
      ['invalid-body', 'a field is missing or not valid (`issues`)'],
      ...BODY_PROBLEMS,
      'setup-closed',
      ['csrf-refused', 'the request came from a page on another origin'],
      ['rate-limited', 'too many attempts from this client; wait Retry-After'],
    ),
  },
});

export function sessionRoutes(services: Services) {
  const { store, clock, config, log, clientIds, signInAccountLimiter, signInClientLimiter } =
    services;
  const accounts = store.accounts;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  /**
   * Counts an attempt for the client and checks the account's failures; 429 when
   * either is used up. An account's budget is spent by failures only (failedFor),
   * so a stranger's right-looking requests cannot lock its owner out.
   */
  function countAttempt(c: Context<AppEnv>, accountKey: string | undefined): void {
    const client = clientIds.hash(clientAddress(c, config.clientIpHeader));
    for (const decision of [
      signInClientLimiter.take(client),
      ...(accountKey === undefined ? [] : [signInAccountLimiter.peek(accountKey)]),
    ]) {
      if (!decision.allowed)
        throw new ApiError('rate-limited', 'too many attempts; wait before trying again', {
          headers: rateLimitHeaders(decision),
        });
    }
  }

  /** Spends one of the account's attempts: a wrong password or code. */
  const failedFor = (email: string) => signInAccountLimiter.take(emailKey(email));

  function refuseOtherOrigins(c: Context<AppEnv>): void {
    // Login CSRF: a page elsewhere must not sign a visitor in to its own account.
    if (!fromOwnOrigin(c, config.publicUrl))
      throw new ApiError('csrf-refused', 'sign in from koe itself');
  }

  async function signInAs(c: Context<AppEnv>, userId: string): Promise<void> {
    const { token } = await startSession(accounts, clock, userId, config.sessions);
    writeSessionCookie(c, token, {
      https: isHttps(c, config.publicUrl),
      maxAgeSeconds: Math.floor(config.sessions.absoluteMs / 1000),
    });
  }

  add(signIn, async function signIn(c) {
    refuseOtherOrigins(c);
    const { email, password, code } = c.req.valid('json');
    countAttempt(c, emailKey(email));
    const user = await accounts.findUserByEmail(email);
    const ok = await verifyPassword(user?.passwordHash ?? null, password);
    if (!user || !ok) {
      failedFor(email);
      throw new ApiError('sign-in-failed');
    }
    // The password was right: now the second factor, when the member turned it on.
    await checkSecondFactor(accounts, clock, user.id, code).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'sign-in-failed') failedFor(email);
      throw error;
    });
    await signInAs(c, user.id);
    for (const { organization } of await accounts.membershipsOf(user.id)) {
      await recordAudit(
        services,
        { actor: `user:${user.id}`, actorLabel: user.email },
        { action: 'session.signed-in', organizationId: organization.id },
      );
    }
    return c.body(null, 204);
  });

  add(signOut, async function signOut(c) {
    await accounts.deleteSession(c.get('member').session.tokenHash);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  add(getMe, async function getMe(c) {
    const { user, token } = c.get('member');
    const memberships = await accounts.membershipsOf(user.id);
    const twoFactor = Boolean((await accounts.twoFactorOf(user.id))?.totpEnabledAt);
    const organizations = await Promise.all(
      memberships.map(async ({ organization, role }) => ({
        id: organization.id,
        name: organization.name,
        role,
        permissions: permissionsOf(role),
        sites: (await store.listSites(organization.id)).map((site) => ({
          id: site.id,
          name: site.name,
        })),
      })),
    );
    return c.json(
      {
        user: { id: user.id, email: user.email, name: user.name, twoFactor },
        csrfToken: csrfTokenOf(token),
        organizations,
      },
      200,
    );
  });

  add(changePassword, async function changePassword(c) {
    const { user, session } = c.get('member');
    const { currentPassword, newPassword } = c.req.valid('json');
    countAttempt(c, emailKey(user.email));
    const stored = await accounts.getUserWithPassword(user.id);
    if (!(await verifyPassword(stored?.passwordHash ?? null, currentPassword))) {
      failedFor(user.email);
      throw new ApiError('sign-in-failed', 'the current password is wrong');
    }
    await accounts.setPassword(
      user.id,
      await hashPassword(newPassword),
      clock.now(),
      session.tokenHash,
    );
    for (const { organization } of await accounts.membershipsOf(user.id))
      await audit(services, c, {
        action: 'user.password-changed',
        organizationId: organization.id,
      });
    return c.body(null, 204);
  });

  /** The member's password again, before changing how they sign in. */
  async function confirmPassword(c: Context<AppEnv>, password: string): Promise<void> {
    const { user } = c.get('member');
    countAttempt(c, emailKey(user.email));
    const stored = await accounts.getUserWithPassword(user.id);
    if (!(await verifyPassword(stored?.passwordHash ?? null, password))) {
      failedFor(user.email);
      throw new ApiError('sign-in-failed', 'the password is wrong');
    }
  }

  add(startTwoFactor, async function startTwoFactorHandler(c) {
    await confirmPassword(c, c.req.valid('json').password);
    const { user } = c.get('member');
    if ((await accounts.twoFactorOf(user.id))?.totpEnabledAt)
      throw new ApiError('invalid-body', 'two-factor is on already; turn it off first');
    return c.json(await startEnrollment(accounts, user.id, user.email), 200);
  });

  add(confirmTwoFactor, async function confirmTwoFactorHandler(c) {
    const { user } = c.get('member');
    const recoveryCodes = await confirmEnrollment(
      accounts,
      clock,
      user.id,
      c.req.valid('json').code,
    );
    for (const { organization } of await accounts.membershipsOf(user.id))
      await audit(services, c, { action: 'user.two-factor-on', organizationId: organization.id });
    return c.json({ recoveryCodes }, 200);
  });

  add(disableTwoFactor, async function disableTwoFactorHandler(c) {
    await confirmPassword(c, c.req.valid('json').password);
    const { user } = c.get('member');
    await accounts.setTotpSecret(user.id, null);
    for (const { organization } of await accounts.membershipsOf(user.id))
      await audit(services, c, { action: 'user.two-factor-off', organizationId: organization.id });
    return c.body(null, 204);
  });

  add(signOutEverywhere, async function signOutEverywhere(c) {
    await accounts.deleteSessionsOf(c.get('member').user.id);
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  add(requestReset, async function requestPasswordReset(c) {
    refuseOtherOrigins(c);
    const { email } = c.req.valid('json');
    // Reset requests have a budget of their own (so they cannot spend the sign-in's), spent by each.
    const resetKey = `reset:${emailKey(email)}`;
    countAttempt(c, resetKey);
    signInAccountLimiter.take(resetKey);
    // Emailed links are built from KOE_PUBLIC_URL only: from the request's Host header,
    // a forged Host would mail a genuine link to someone else's server.
    const mailer = services.mailer;
    const publicUrl = config.publicUrl;
    if (!mailer || !publicUrl)
      throw new ApiError(
        'email-not-configured',
        'this koe sends no reset links (KOE_SMTP_URL and KOE_PUBLIC_URL); ask whoever runs it: koe users reset-password',
      );
    // Everything after the answer: the time taken must not tell an account from none.
    void (async () => {
      const user = await accounts.findUserByEmail(email);
      if (!user) return;
      const token = newToken();
      const now = clock.now();
      await accounts.createOneTimeToken({
        tokenHash: hashToken(token),
        purpose: 'password-reset',
        userId: user.id,
        createdAt: now,
        expiresAt: now + RESET_VALID_MS,
      });
      await mailer.send(
        linkMail(
          user.email,
          'Reset your koe password',
          [
            'Someone (hopefully you) asked to reset the password of your koe account.',
            'The link works once, for an hour. If it was not you, ignore this email.',
          ],
          {
            label: 'Set a new password',
            url: new URL(`/app/reset?token=${token}`, publicUrl).href,
          },
        ),
      );
    })().catch((error: unknown) => log.warn({ err: error }, 'could not send a reset email'));
    return c.body(null, 202);
  });

  add(completeReset, async function completePasswordReset(c) {
    refuseOtherOrigins(c);
    countAttempt(c, undefined);
    const { token, password } = c.req.valid('json');
    const taken = await accounts.consumeOneTimeToken(
      hashToken(token),
      'password-reset',
      clock.now(),
    );
    if (!taken?.userId) throw new ApiError('reset-link-invalid');
    await accounts.setPassword(taken.userId, await hashPassword(password), clock.now());
    // The mailbox's owner has the account now: provider links made before are dropped (sso.ts).
    await accounts.unlinkSsoIdentities(taken.userId);
    const user = await accounts.getUser(taken.userId);
    for (const { organization } of await accounts.membershipsOf(taken.userId))
      await recordAudit(
        services,
        { actor: `user:${taken.userId}`, actorLabel: user?.email ?? taken.userId },
        {
          action: 'user.password-reset',
          organizationId: organization.id,
          details: { by: 'email' },
        },
      );
    return c.body(null, 204);
  });

  add(setup, async function completeSetupRoute(c) {
    refuseOtherOrigins(c);
    countAttempt(c, undefined);
    const { token, ...owner } = c.req.valid('json');
    const { userId, organizationId } = await completeSetup(store, clock, token, owner);
    await signInAs(c, userId);
    await recordAudit(
      services,
      { actor: `user:${userId}`, actorLabel: owner.email },
      { action: 'organization.created', organizationId, details: { name: owner.organizationName } },
    );
    return c.body(null, 204);
  });

  return app;
}
