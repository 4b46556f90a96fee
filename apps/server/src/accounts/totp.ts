// Two-factor sign-in with time-based one-time passwords (RFC 6238: HMAC-SHA1,
// 30-second steps, 6 digits, what every authenticator app speaks), one step
// of clock drift either way, and each step accepted once. Recovery codes are
// ten random codes shown once and kept as SHA-256, each usable once.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const STEP_SECONDS = 30;
const DIGITS = 6;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function fromBase32(text: string): Buffer {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of text.replace(/=+$/, '').toUpperCase()) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) throw new Error('not base32');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** 160 random bits, as RFC 4226 recommends for HMAC-SHA1. */
export const newTotpSecret = () => base32(randomBytes(20));

export const stepAt = (ms: number) => Math.floor(ms / 1000 / STEP_SECONDS);

/** The code of one time step (RFC 4226 dynamic truncation). */
export function totpCode(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', fromBase32(secret)).update(counter).digest();
  const offset = (mac[mac.length - 1] as number) & 15;
  const number = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(number % 10 ** DIGITS).padStart(DIGITS, '0');
}

/** The step a code is valid for (now, or one step either side), unless already used. */
export function matchingStep(
  secret: string,
  code: string,
  now: number,
  lastUsedStep: number | null,
): number | undefined {
  const typed = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(typed)) return undefined;
  const current = stepAt(now);
  for (const step of [current - 1, current, current + 1]) {
    if (lastUsedStep !== null && step <= lastUsedStep) continue;
    const expected = totpCode(secret, step);
    if (timingSafeEqual(Buffer.from(expected), Buffer.from(typed))) return step;
  }
  return undefined;
}

/** The link authenticator apps read (as a QR code, or pasted). */
export function otpauthUrl(email: string, secret: string): string {
  const label = encodeURIComponent(`koe:${email}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=koe&algorithm=SHA1&digits=${DIGITS}&period=${STEP_SECONDS}`;
}

/** Recovery codes as people type them: xxxx-xxxx in base32 (40 random bits each). */
export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const code = base32(randomBytes(5)).toLowerCase();
    return `${code.slice(0, 4)}-${code.slice(4, 8)}`;
  });
}

/** What is stored of a recovery code: a hash of it, spaces, dashes and case ignored. */
export const hashRecoveryCode = (code: string) =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex');
