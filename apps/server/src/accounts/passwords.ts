// Passwords: argon2id with the OWASP-recommended parameters (19 MiB, 2
// passes, 1 lane: about 8 ms here), checked only for length as NIST SP
// 800-63B asks (at least 8 characters, up to 256; no composition rules).
// Unknown accounts are verified against a dummy hash, so a sign-in takes as
// long whether or not the email has an account.
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

export const MIN_PASSWORD_LENGTH = 8;
/** NIST asks for at least 64; more would only let a request cost the server more. */
export const MAX_PASSWORD_LENGTH = 256;

const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), OPTIONS);
}

let dummy: Promise<string> | undefined;

/** Whether the password matches; null hash (no account, SSO only) still costs one verify. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummy ??= hashPassword('not a password anyone has: only spends the time');
  const target = stored ?? (await dummy);
  try {
    const ok = await verify(target, password.normalize('NFKC'));
    return ok && stored !== null;
  } catch {
    return false;
  }
}

/** A password made for someone (the CLI, the demo): 20 characters, 120 random bits. */
export const newPassword = () => randomBytes(15).toString('base64url');
