// Single sign-on with OpenID Connect, per organization (openid-client does
// the protocol: discovery, PKCE, state, nonce, the ID token's signature,
// issuer, audience and expiry). The flow's state, nonce and PKCE verifier
// travel in a short-lived HttpOnly cookie scoped to /v1/sso, so a callback
// can only finish a flow this browser started.
//
// Who an identity signs in as: an identity (issuer, subject) seen before
// signs in as the account it was linked to, while that account is still a
// member of the organization. A new identity makes a new account only when
// its verified email is at the organization's auto-join domain, joining at
// the chosen role. An identity is never attached to an existing account by
// email: that would let any organization's provider sign in as anybody.
// And a password reset by email (the mailbox's owner taking the account)
// drops every provider link the account had, so an organization that made an
// account for an email it did not own loses it the moment its owner shows up.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import * as oidc from 'openid-client';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { newId } from '../keys';
import { emailKey, isUniqueViolation } from '../store/account-rows';
import type { SsoConnection } from '../store/account-types';
import { recordAudit } from './audit';
import { isHttps, writeSessionCookie } from './session-tokens';
import { startSession } from './sessions';

const FLOW_COOKIE = 'koe_sso';
const FLOW_SECONDS = 600;

/** Why a sign-in through SSO did not happen; the sign-in page says it in words. */
export type SsoFailure =
  | 'state'
  | 'code'
  | 'token'
  | 'provider'
  | 'email'
  | 'account-exists'
  | 'not-member';

class SsoRefusal extends Error {
  constructor(readonly reason: SsoFailure) {
    super(reason);
  }
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/;

/** https, or http on this machine only (a provider in development, the tests' provider). */
export function checkIssuer(issuer: string): URL {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new ApiError('invalid-body', 'issuer is not a URL');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname)))
    throw new ApiError('invalid-body', 'issuer must be an https URL (http only on localhost)');
  return url;
}

/** The provider's configuration from its discovery document. */
export async function discover(
  connection: Pick<SsoConnection, 'issuer' | 'clientId' | 'clientSecret'>,
): Promise<oidc.Configuration> {
  const url = checkIssuer(connection.issuer);
  return oidc.discovery(
    url,
    connection.clientId,
    connection.clientSecret,
    undefined,
    url.protocol === 'http:' ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
}

const baseOf = (c: Context, publicUrl: string | undefined) =>
  publicUrl ?? new URL(c.req.url).origin;

export const ssoPaths = (organizationId: string) => ({
  start: `/v1/sso/${encodeURIComponent(organizationId)}/start`,
  callback: `/v1/sso/${encodeURIComponent(organizationId)}/callback`,
});

/** Redirects the browser to the provider, with the flow's secrets in a cookie. */
export async function startSso(
  services: Pick<Services, 'store' | 'config'>,
  c: Context<AppEnv>,
  organizationId: string,
): Promise<Response> {
  const connection = await services.store.accounts.getSsoConnection(organizationId);
  if (!connection) throw new ApiError('not-found', `no single sign-on for ${organizationId}`);
  let config: oidc.Configuration;
  try {
    config = await discover(connection);
  } catch {
    return failed(c, 'provider');
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const verifier = oidc.randomPKCECodeVerifier();
  const base = baseOf(c, services.config.publicUrl);
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: new URL(ssoPaths(organizationId).callback, base).href,
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  setCookie(c, FLOW_COOKIE, [organizationId, state, nonce, verifier].join('.'), {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c, services.config.publicUrl),
    path: '/v1/sso',
    maxAge: FLOW_SECONDS,
  });
  return c.redirect(url.href, 302);
}

function failed(c: Context, reason: SsoFailure): Response {
  return c.redirect(`/app?sso_error=${reason}`, 302);
}

/** The provider sent the browser back: check everything, then sign the member in. */
export async function finishSso(
  services: Pick<Services, 'store' | 'clock' | 'config' | 'log'>,
  c: Context<AppEnv>,
  organizationId: string,
): Promise<Response> {
  const flow = getCookie(c, FLOW_COOKIE)?.split('.');
  deleteCookie(c, FLOW_COOKIE, { path: '/v1/sso' });
  try {
    const [flowOrganization, state, nonce, verifier] = flow ?? [];
    if (flowOrganization !== organizationId || !state || !nonce || !verifier)
      throw new SsoRefusal('state');
    // The provider must send back the state this browser's flow holds (openid-client checks
    // it again; checked here first so a mismatch is named as such).
    if (c.req.query('state') !== state) throw new SsoRefusal('state');
    const connection = await services.store.accounts.getSsoConnection(organizationId);
    if (!connection) throw new SsoRefusal('provider');
    const config = await discover(connection).catch(() => {
      throw new SsoRefusal('provider');
    });
    const base = baseOf(c, services.config.publicUrl);
    const current = new URL(
      `${ssoPaths(organizationId).callback}${new URL(c.req.url).search}`,
      base,
    );
    const tokens = await oidc
      .authorizationCodeGrant(config, current, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      })
      .catch((error: unknown) => {
        throw new SsoRefusal(failureOf(error));
      });
    const idToken = tokens.claims();
    if (!idToken) throw new SsoRefusal('token');
    // Providers that keep the email out of the ID token give it at the userinfo endpoint.
    const claims =
      typeof idToken.email === 'string'
        ? idToken
        : {
            ...(await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub).catch(() => {
              throw new SsoRefusal('token');
            })),
            ...idToken,
          };
    const userId = await accountFor(services, connection, claims);
    const { token } = await startSession(
      services.store.accounts,
      services.clock,
      userId,
      services.config.sessions,
    );
    writeSessionCookie(c, token, {
      https: isHttps(c, services.config.publicUrl),
      maxAgeSeconds: Math.floor(services.config.sessions.absoluteMs / 1000),
    });
    const user = await services.store.accounts.getUser(userId);
    await recordAudit(
      services,
      { actor: `user:${userId}`, actorLabel: user?.email ?? userId },
      {
        action: 'session.signed-in',
        organizationId,
        details: { method: 'sso', issuer: claims.iss },
      },
    );
    return c.redirect('/app', 302);
  } catch (error) {
    if (error instanceof SsoRefusal) {
      services.log.info({ reason: error.reason, organizationId }, 'single sign-on refused');
      return failed(c, error.reason);
    }
    throw error;
  }
}

/** openid-client's refusals in the sign-in page's words. */
function failureOf(error: unknown): SsoFailure {
  // invalid_grant: the code expired, was used already or was not this client's.
  return (error as { error?: string }).error === 'invalid_grant' ? 'code' : 'token';
}

async function accountFor(
  { store, clock, log }: Pick<Services, 'store' | 'clock' | 'log'>,
  connection: SsoConnection,
  claims: oidc.IDToken & { email?: unknown; email_verified?: unknown; name?: unknown },
): Promise<string> {
  const accounts = store.accounts;
  const linked = await accounts.findSsoIdentity(claims.iss, claims.sub);
  if (linked) {
    // A link counts only for the organization whose provider made it: another
    // organization's owner pointing at the same issuer gains nothing by it.
    if (
      linked.organizationId !== connection.organizationId ||
      !(await accounts.roleOf(linked.userId, connection.organizationId))
    )
      throw new SsoRefusal('not-member');
    return linked.userId;
  }
  const email = typeof claims.email === 'string' ? claims.email.trim() : '';
  // Only an email the provider says it verified (a missing claim is not a yes).
  if (!email.includes('@') || claims.email_verified !== true) throw new SsoRefusal('email');
  if (await accounts.findUserByEmail(email)) throw new SsoRefusal('account-exists');
  const domain = emailKey(email).split('@').pop();
  if (!connection.autoJoinDomain || domain !== connection.autoJoinDomain)
    throw new SsoRefusal('not-member');
  const now = clock.now();
  const userId = newId('usr');
  await accounts
    .createUser({
      id: userId,
      email,
      name: typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : email,
      passwordHash: null,
      createdAt: now,
      passwordChangedAt: null,
    })
    .catch((error: unknown) => {
      // The email got an account since the check above (two sign-ins at once).
      if (isUniqueViolation(error)) throw new SsoRefusal('account-exists');
      throw error;
    });
  await accounts.addMember(connection.organizationId, userId, connection.autoJoinRole, now);
  await accounts.linkSsoIdentity({
    issuer: claims.iss,
    subject: claims.sub,
    userId,
    organizationId: connection.organizationId,
    createdAt: now,
  });
  await recordAudit(
    { store, clock, log },
    { actor: `user:${userId}`, actorLabel: email },
    {
      action: 'member.joined-by-sso',
      organizationId: connection.organizationId,
      target: email,
      details: { role: connection.autoJoinRole, issuer: claims.iss },
    },
  );
  return userId;
}
