// Notes, for the install check (GET /v1/site/installs), which page origin
// fetched a known site's widget config and whether the site allows it — the
// same decision the route makes next (a request without an Origin header is
// let through, and noted as origin null). Only the origin goes further, and
// only when it reads as one (scheme://host[:port], or "null" from a file or a
// sandboxed frame): a made-up header value is not kept. Unknown site keys are
// not noted at all.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Services } from '../context';
import { isOriginAllowed } from '../origins';

const SERIALISED_ORIGIN = /^(null|[a-z][a-z0-9+.-]*:\/\/[a-z0-9.:[\]-]{1,262})$/i;

export function recordInstall({
  catalog,
  installs,
}: Pick<Services, 'catalog' | 'installs'>): MiddlewareHandler<AppEnv> {
  return async function recordInstall(c, next) {
    const site = await catalog.siteByPublishableKey(c.req.param('siteKey') ?? '');
    const origin = c.req.header('origin');
    if (site && (origin === undefined || SERIALISED_ORIGIN.test(origin))) {
      const allowed = origin === undefined || isOriginAllowed(origin, site.origins);
      installs.record(site.id, origin ?? null, allowed);
    }
    await next();
  };
}
