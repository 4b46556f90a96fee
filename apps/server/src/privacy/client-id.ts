// Rate limiting needs to tell clients apart without keeping their IP
// addresses. A client is an HMAC of its address under a random salt that lives
// only in memory and is replaced every UTC day: yesterday's ids cannot be
// linked to today's, and nothing on disk or in logs can be reversed to an IP.
import { createHmac, randomBytes } from 'node:crypto';
import type { Clock } from '../clock';

const DAY_MS = 24 * 60 * 60 * 1000;

export class ClientIdHasher {
  private salt = randomBytes(32);
  private day = -1;

  constructor(private readonly clock: Clock) {}

  hash(address: string): string {
    const today = Math.floor(this.clock.now() / DAY_MS);
    if (today !== this.day) {
      this.salt = randomBytes(32);
      this.day = today;
    }
    return createHmac('sha256', this.salt).update(address).digest('base64url').slice(0, 22);
  }
}
