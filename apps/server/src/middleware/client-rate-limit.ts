// The per-client limit of the public endpoints, keyed by the salted hash of
// the client address (privacy/client-id.ts). Skipped entirely when the limit
// is off, so an unlimited deployment pays nothing for it.
import type { Context, MiddlewareHandler } from 'hono';
import type { Services } from '../context';
import { ApiError } from '../errors';
import { clientAddress } from './client-address';
import { rateLimitHeaders } from './rate-limit';

export function checkClientRate(
  { clientIds, clientLimiter, config }: Pick<Services, 'clientIds' | 'clientLimiter' | 'config'>,
  c: Context,
): void {
  if (clientLimiter.policy.limit === 0) return;
  const decision = clientLimiter.take(clientIds.hash(clientAddress(c, config.clientIpHeader)));
  if (!decision.allowed) {
    throw new ApiError('rate-limited', 'too many requests from this client', {
      headers: rateLimitHeaders(decision),
    });
  }
}

/** The same check as a middleware, for routes that run it before reading the body. */
export function clientRateLimit(
  services: Pick<Services, 'clientIds' | 'clientLimiter' | 'config'>,
): MiddlewareHandler {
  return async function clientRateLimit(c, next) {
    checkClientRate(services, c);
    await next();
  };
}
