// What a personal link's token grants at ingestion and on the hosted page:
// checked against the site's link secrets, for this site and survey, not
// expired; a refused token stores nothing.
import type { Services } from '../context';
import { ApiError } from '../errors';
import type { Site } from '../store/types';
import { type LinkClaims, newLinkSecret, verifyLink } from './link-tokens';

export type LinkRefusal = 'malformed' | 'tampered' | 'expired' | 'elsewhere';

export async function checkLinkToken(
  services: Pick<Services, 'store' | 'clock'>,
  site: Site,
  surveyId: string,
  token: string,
): Promise<
  { ok: true; claims: LinkClaims; responseId: string } | { ok: false; reason: LinkRefusal }
> {
  const now = services.clock.now();
  // Not a token at all: refused before any database work.
  if (!/^[\w-]+\.[\w-]{43}$/.test(token)) return { ok: false, reason: 'malformed' };
  const secrets = await services.store.links.get(site.id, newLinkSecret(), now);
  const check = verifyLink(token, secrets, now);
  if (!check.ok) return check;
  if (check.claims.siteId !== site.id || check.claims.surveyId !== surveyId)
    return { ok: false, reason: 'elsewhere' };
  return check;
}

/** The problem a refused token answers with at ingestion. */
export function linkProblem(reason: LinkRefusal): ApiError {
  return reason === 'expired'
    ? new ApiError('link-expired', 'this personal link has expired; ask for a new one')
    : new ApiError(
        'link-invalid',
        'this personal link is not valid (altered, or for another survey)',
      );
}
