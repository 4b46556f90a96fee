// Session tokens and cookies. A token is 32 random bytes (base64url); the
// server keeps only its SHA-256, so a copy of the database signs nobody in.
// The CSRF token is derived from the session token (a different hash of
// it): a page on another origin can read neither, and nothing more is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const newToken = () => randomBytes(32).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const csrfTokenOf = (sessionToken: string) =>
  createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');

/** __Host-koe_session (Secure, Path=/, no Domain) on https; koe_session on http (a local install). */
const NAME = 'koe_session';

export function isHttps(c: Context, publicUrl: string | undefined): boolean {
  if (publicUrl) return publicUrl.startsWith('https:');
  return new URL(c.req.url).protocol === 'https:';
}

/**
 * The session token the request carries. On https only the __Host- cookie
 * counts: a plain-named one could have been set by a sibling subdomain or a
 * plain-http answer, to sign a visitor into someone else's account.
 */
export function readSessionCookie(c: Context, https: boolean): string | undefined {
  return https ? getCookie(c, NAME, 'host') : (getCookie(c, NAME, 'host') ?? getCookie(c, NAME));
}

export function writeSessionCookie(
  c: Context,
  token: string,
  { https, maxAgeSeconds }: { https: boolean; maxAgeSeconds: number },
): void {
  setCookie(c, NAME, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: https,
    path: '/',
    maxAge: maxAgeSeconds,
    ...(https && { prefix: 'host' as const }),
  });
}

export function clearSessionCookie(c: Context): void {
  if (getCookie(c, NAME, 'host') !== undefined)
    deleteCookie(c, NAME, { path: '/', secure: true, prefix: 'host' });
  if (getCookie(c, NAME) !== undefined) deleteCookie(c, NAME, { path: '/' });
}
