// The brake on guessing secret keys. A client (the salted, daily-rotated hash
// of its address that the public endpoints use, privacy/client-id.ts; no raw
// IP is kept) that presents too many secret keys that are not valid within a
// minute gets 429 on every secret-key route until the window ends.
//
// What counts: a Bearer token that is not a valid secret key (unknown,
// revoked, or not an sk_ key at all), fresh or from the lookup cache. What
// does not: a missing or malformed Authorization header, and a publishable
// key (403). Those guess nothing: no lookup is made and no answer to them
// could confirm a key. Counting them would only let a probe, or a dashboard
// tab without a key, lock out the analysts behind the same address.
//
// A blocked client is refused whatever it sends, a valid key included: if a
// correct key went through during the block, a guesser would still tell a hit
// (200) from a miss (429), and the block would slow nothing. The price: the
// analysts sharing the guesser's address (an office NAT; everyone, behind a
// proxy without KOE_CLIENT_IP_HEADER) wait out the window too. A valid key
// does not reset the count either, or a tenant's own key would buy more
// guesses at other tenants' keys.
//
// Failures are counted once the lookup has said so, so requests already in
// flight when the limit is reached still finish: the overshoot is at most one
// client's concurrent requests, once per window. Counting before the lookup
// would make valid keys spend the budget too.
import type { Context } from 'hono';
import type { Services } from '../context';
import { ApiError } from '../errors';
import { clientAddress } from './client-address';
import { rateLimitHeaders } from './rate-limit';

const countNothing = () => {};

/**
 * Refuses (429) a client that has used up its failed keys in this window.
 * Returns the function to call when this request's key turns out not valid.
 */
export function checkFailedKeys(
  {
    clientIds,
    failedKeyLimiter,
    config,
    log,
  }: Pick<Services, 'clientIds' | 'failedKeyLimiter' | 'config' | 'log'>,
  c: Context,
): () => void {
  if (failedKeyLimiter.policy.limit === 0) return countNothing;
  const client = clientIds.hash(clientAddress(c, config.clientIpHeader));
  const decision = failedKeyLimiter.peek(client);
  if (!decision.allowed) {
    throw new ApiError('rate-limited', 'too many secret keys that are not valid from this client', {
      headers: rateLimitHeaders(decision),
    });
  }
  return function countFailedKey() {
    const after = failedKeyLimiter.take(client);
    if (after.allowed && after.remaining === 0)
      log.warn(
        { client, failures: failedKeyLimiter.policy.limit, blockedForSeconds: after.resetSeconds },
        'client blocked after secret keys that are not valid',
      );
  };
}
