// Headers every answer carries, set after the route (and after the error and
// not-found handlers) so nothing can forget them:
// - X-Content-Type-Options: nosniff. A browser then never runs a JSON or
//   CSV answer (say, an export holding a visitor's comment) as a script or
//   stylesheet, whatever it looks like (Fetch standard, "X-Content-Type-Options").
// - Cache-Control: no-store on every answer to a request that carried
//   credentials (Authorization: Bearer sk_… or a member's session cookie),
//   errors and exports included:
//   analyst data must not stay in a browser's disk cache or a shared proxy's
//   after the tab is closed (RFC 9111 §5.2.2.5). 304s too, so a cache holding
//   an older copy drops it.
// - Referrer-Policy: no-referrer. koe's pages (/docs, /app, /demo) link to no
//   one who needs to know where a reader came from; on other answers it is
//   inert. A route that set its own policy keeps it.
import type { MiddlewareHandler } from 'hono';

export interface SecurityHeadersOptions {
  /** Referrer-Policy for answers that do not set one; `false` leaves it out. */
  referrerPolicy?: string | false;
}

export function securityHeaders({
  referrerPolicy = 'no-referrer',
}: SecurityHeadersOptions = {}): MiddlewareHandler {
  return async function setSecurityHeaders(c, next) {
    await next();
    const headers = c.res.headers;
    headers.set('x-content-type-options', 'nosniff');
    if (referrerPolicy && !headers.has('referrer-policy'))
      headers.set('referrer-policy', referrerPolicy);
    const memberCall =
      c.req.path.startsWith('/v1/') && /koe_session=/.test(c.req.header('cookie') ?? '');
    if (c.req.header('authorization') !== undefined || memberCall)
      headers.set('cache-control', 'no-store');
  };
}
