// Identifiers and API keys. Keys are 190+ bits of randomness, so a plain
// SHA-256 is the right hash (a slow password hash buys nothing against keys
// that cannot be guessed, and would cost milliseconds on every request).
import { createHash, randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Reads random bytes `chunk` at a time, so many draws cost few reads of the random source. */
function randomByteSource(chunk: number): () => number {
  let pool = randomBytes(chunk);
  let at = 0;
  return () => {
    if (at === pool.length) {
      pool = randomBytes(chunk);
      at = 0;
    }
    return pool[at++] as number;
  };
}

/** Base62 text from random bytes; rejection sampling keeps every character equally likely. */
function base62(length: number, nextByte: () => number): string {
  let out = '';
  while (out.length < length) {
    const byte = nextByte();
    if (byte < 248) out += ALPHABET[byte % 62];
  }
  return out;
}

/** Random base62 text. */
export function randomToken(length: number): string {
  return base62(length, randomByteSource(length * 2));
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
  const nextByte = randomByteSource(count * 20);
  return Array.from({ length: count }, () => `${prefix}_${base62(16, nextByte)}`);
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
