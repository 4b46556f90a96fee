// CORS for the public (widget) endpoints. Which origins may *act* is checked
// per site once the site is known (403 origin-not-allowed); this middleware
// only makes every answer readable by the calling page, errors included, so
// the widget can tell "do not retry" (4xx) from a network failure. No
// credentials are ever allowed: koe neither sets nor reads cookies.
import type { MiddlewareHandler } from 'hono';

export function publicCors(): MiddlewareHandler {
  return async function publicCors(c, next) {
    const origin = c.req.header('origin');
    if (c.req.method === 'OPTIONS') {
      const headers: Record<string, string> = {
        'access-control-allow-origin': origin ?? '*',
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '86400',
        vary: 'Origin',
      };
      return new Response(null, { status: 204, headers });
    }
    // Set before the handler so they are part of the response it builds
    // (mutating c.res afterwards would copy the response).
    c.header('access-control-allow-origin', origin ?? '*');
    c.header('vary', 'Origin');
    await next();
  };
}
