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
/**
 * `count` fresh ids at once: one read of the random source for all of them (a list of
 * 10,000 recipients would otherwise spend most of its upload there).
 */
export function newIds(prefix: 'rcp', count: number): string[] {
  const ids: string[] = [];
  let pool = randomBytes(count * 20);
  let at = 0;
  while (ids.length < count) {
    let id = '';
    while (id.length < 16) {
      if (at === pool.length) {
        pool = randomBytes(count * 4 + 32);
        at = 0;
      }
      const byte = pool[at++] as number;
      if (byte < 248) id += ALPHABET[byte % 62];
    }
    ids.push(`${prefix}_${id}`);
  }
  return ids;
}

/** `count` secrets of `bytes` random bytes each, base64url, from one read of the random source. */
export function newSecrets(count: number, bytes: number): string[] {
  const pool = randomBytes(count * bytes);
  return Array.from({ length: count }, (_, i) =>
    pool.subarray(i * bytes, (i + 1) * bytes).toString('base64url'),
  );
}

export const newPublishableKey = () => `pk_${randomToken(24)}`;
export const newSecretKey = () => `sk_${randomToken(40)}`;

export const hashSecretKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** The part of a secret key that may be shown later to tell keys apart. */
export const secretKeyPrefix = (key: string) => key.slice(0, 11);
