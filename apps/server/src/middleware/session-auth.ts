// Who is calling, for every operation that is not public, and whether they
// may: a secret key (Authorization: Bearer sk_…, secret-key-auth.ts) or a
// member's session cookie. permissions.ts decides; this only gathers what it
// needs. Cookie-authenticated changes must also prove they come from koe's
// own pages: an Origin that is this server's, and the CSRF token (derived
// from the session, given by GET /v1/me) in X-CSRF-Token. A page elsewhere
// can send the cookie (SameSite=Lax still sends it on top-level navigation)
// but can set neither.

import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { keyAllows, type Permission, roleAllows } from '../accounts/permissions';
import { csrfTokenOf, isHttps, readSessionCookie } from '../accounts/session-tokens';
import { resolveSession, type SignedIn } from '../accounts/sessions';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The header naming the site a member's request is about (keys carry their site). */
export const SITE_HEADER = 'koe-site';
export const CSRF_HEADER = 'x-csrf-token';

const sameText = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** Whether the request's Origin (when the browser sent one) is this server's own. */
export function fromOwnOrigin(c: Context, publicUrl: string | undefined): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  if (origin === 'null') return false;
  try {
    const host = new URL(origin).host;
    if (publicUrl) return new URL(publicUrl).host === host;
    return host === c.req.header('host');
  } catch {
    return false;
  }
}

/** Refuses a cookie-authenticated change from another origin or without the CSRF token. */
export function checkCsrf(c: Context, signedIn: SignedIn, publicUrl: string | undefined): void {
  if (SAFE_METHODS.has(c.req.method)) return;
  if (!fromOwnOrigin(c, publicUrl))
    throw new ApiError('csrf-refused', 'this change came from a page on another origin');
  const sent = c.req.header(CSRF_HEADER) ?? '';
  if (!sameText(sent, csrfTokenOf(signedIn.token)))
    throw new ApiError(
      'csrf-refused',
      'send the X-CSRF-Token header with the csrfToken of GET /v1/me',
    );
}

type SessionServices = Pick<Services, 'store' | 'clock' | 'config'>;

/** The member signed in with the request's cookie, or undefined. */
export async function sessionOf(
  { store, clock, config }: SessionServices,
  c: Context<AppEnv>,
): Promise<SignedIn | undefined> {
  const token = readSessionCookie(c, isHttps(c, config.publicUrl));
  if (!token || token.length > 100) return undefined;
  return resolveSession(store.accounts, clock, token, config.sessions);
}

/** Operations for a signed-in member (their account, their organizations). */
export function requireMember(services: SessionServices): MiddlewareHandler<AppEnv> {
  return async function requireMember(c, next) {
    const signedIn = await sessionOf(services, c);
    if (!signedIn) throw new ApiError('not-signed-in', 'sign in first (POST /v1/session)');
    checkCsrf(c, signedIn, services.config.publicUrl);
    c.set('member', signedIn);
    await next();
  };
}

/**
 * Operations on one site: a secret key of the site with the scope the
 * permission needs, or a member whose role in the site's organization has
 * it. The site of a member's request is the Koe-Site header; a site outside
 * their organizations is not found, exactly like one that does not exist.
 */
export function requireSiteAccess(
  services: SessionServices & Pick<Services, 'secretKey'>,
  permission: Permission,
): MiddlewareHandler<AppEnv> {
  return async function requireSiteAccess(c, next) {
    const bearer = c.req.header('authorization') !== undefined;
    const token = bearer ? undefined : readSessionCookie(c, isHttps(c, services.config.publicUrl));
    if (bearer || token === undefined) {
      // The key path (also its 401 with WWW-Authenticate when nothing was sent).
      return services.secretKey(c, async () => {
        const auth = c.get('auth');
        if (auth.actor.kind !== 'key' || !keyAllows(auth.actor.scope, permission)) {
          throw new ApiError(
            'forbidden',
            auth.actor.kind === 'key' && auth.actor.scope === 'read'
              ? 'this key has read scope; changes need a write key'
              : 'secret keys may not do this; sign in as a member',
          );
        }
        await next();
      });
    }
    const signedIn =
      token.length <= 100
        ? await resolveSession(
            services.store.accounts,
            services.clock,
            token,
            services.config.sessions,
          )
        : undefined;
    if (!signedIn) throw new ApiError('not-signed-in', 'your session ended; sign in again');
    checkCsrf(c, signedIn, services.config.publicUrl);
    const siteId = c.req.header(SITE_HEADER);
    if (!siteId)
      throw new ApiError('site-required', 'name the site in the Koe-Site header (a site_… id)');
    const site = siteId.length <= 64 ? await services.store.getSite(siteId) : undefined;
    const role =
      site?.organizationId &&
      (await services.store.accounts.roleOf(signedIn.user.id, site.organizationId));
    if (!site || !role) throw new ApiError('site-not-found', `no site ${siteId} of yours`);
    if (!roleAllows(role, permission))
      throw new ApiError('forbidden', `your role (${role}) may not do this`);
    c.set('member', signedIn);
    c.set('auth', {
      siteId: site.id,
      actor: { kind: 'user', userId: signedIn.user.id, label: signedIn.user.email, role },
    });
    await next();
  };
}
