// Identifiers and API keys. Keys are 190+ bits of randomness, so a plain
// SHA-256 is the right hash (a slow password hash buys nothing against keys
// that cannot be guessed, and would cost milliseconds on every request).
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random base62 text; rejection sampling keeps every character equally likely. */
export function randomToken(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

export const newId = (
  prefix:
    | 'site'
    | 'srv'
    | 'key'
    | 'wh'
    | 'msg'
    | 'org'
    | 'usr'
    | 'inv'
    | 'alert'
    | 'alev'
    | 'mail'
    | 'dg'
    | 'cmp'
    | 'rcp'
    | 'snd',
) => `${prefix}_${randomToken(16)}`;
export const newPublishableKey = () => `pk_${randomToken(24)}`;
export const newSecretKey = () => `sk_${randomToken(40)}`;

export const hashSecretKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** The part of a secret key that may be shown later to tell keys apart. */
export const secretKeyPrefix = (key: string) => key.slice(0, 11);
