// The key an address is matched by (a recipient list, the suppression list):
// SHA-256 of the site and the trimmed, lower-cased address. The suppression
// list keeps only this, so it outlives the erasure of the address itself.
import { createHash } from 'node:crypto';

export const normalEmail = (email: string) => email.trim().toLowerCase();

export const emailHash = (siteId: string, email: string) =>
  createHash('sha256')
    .update(`koe-email-v1\n${siteId}\n${normalEmail(email)}`)
    .digest('hex');
