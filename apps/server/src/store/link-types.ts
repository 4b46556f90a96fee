// The secret each site signs its personal survey links with (links/), and
// the one before the last rotation, which still verifies for a day.
import type { LinkSecrets } from '../links/link-tokens';

export interface LinkSecretStore {
  /** The site's secrets; the first call makes the secret (`fresh`), concurrent first calls agree. */
  get(siteId: string, fresh: string, now: number): Promise<LinkSecrets>;
  /** A new secret; the current one becomes the previous, accepted until `previousUntil`. */
  rotate(siteId: string, fresh: string, previousUntil: number, now: number): Promise<LinkSecrets>;
}
