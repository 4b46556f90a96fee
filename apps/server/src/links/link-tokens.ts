// Personal survey links: a token carries who answers (userId, locale,
// attributes), by which channel, and until when, signed with the site's link
// secret (HMAC-SHA256); the answer's id is derived from the token, so every
// click of one link is the same answer. The token is signed, not encrypted:
// it holds nothing the recipient may not read (never an email address).
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface LinkClaims {
  /** The site and survey the link is for. */
  siteId: string;
  surveyId: string;
  userId: string;
  locale?: string;
  attributes?: Record<string, string | number | boolean>;
  channel: 'link' | 'email';
  /** Expiry, ms since the epoch. */
  expiresAt: number;
  /** Makes two links for the same person two answers (a new wave), not one. */
  nonce: string;
}

export interface LinkSecrets {
  secret: string;
  /** The secret before the last rotation: still accepted until previousUntil. */
  previousSecret: string | null;
  previousUntil: number | null;
}

export type LinkCheck =
  | { ok: true; claims: LinkClaims; responseId: string }
  | { ok: false; reason: 'malformed' | 'tampered' | 'expired' };

const CONTEXT = 'koe-link-v1';
/** The longest token body verified (and so minted): URLs of personal links stay well under 8 KB. */
export const MAX_TOKEN_BODY = 4000;

export const newLinkSecret = () => randomBytes(32).toString('base64url');

const sign = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`${CONTEXT}.${body}`).digest();

/** The token: base64url(claims JSON) "." base64url(signature). */
export function signLink(claims: LinkClaims, secret: string): string {
  const compact = {
    s: claims.siteId,
    q: claims.surveyId,
    u: claims.userId,
    ...(claims.locale && { l: claims.locale }),
    ...(claims.attributes && Object.keys(claims.attributes).length && { a: claims.attributes }),
    c: claims.channel,
    x: claims.expiresAt,
    n: claims.nonce,
  };
  const body = Buffer.from(JSON.stringify(compact)).toString('base64url');
  return `${body}.${sign(secret, body).toString('base64url')}`;
}

/** The answer's id for a token's body: a UUID (version 8) from its hash, the same for every click. */
export function linkResponseId(body: string): string {
  const bytes = createHash('sha256').update(`${CONTEXT}.response.${body}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The answer id a whole token's links give (the part before the signature). */
export const responseIdOfToken = (token: string) =>
  linkResponseId(token.slice(0, token.lastIndexOf('.')));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The token's claims if its signature holds (under the current or, for a day after a rotation, the previous secret) and it has not expired. */
export function verifyLink(token: string, secrets: LinkSecrets, now: number): LinkCheck {
  const match = /^([\w-]+)\.([\w-]{43})$/.exec(token);
  if (!match || (match[1] as string).length > MAX_TOKEN_BODY)
    return { ok: false, reason: 'malformed' };
  const [, body = '', signature = ''] = match;
  const given = Buffer.from(signature, 'base64url');
  const candidates = [secrets.secret];
  if (secrets.previousSecret && (secrets.previousUntil ?? 0) > now)
    candidates.push(secrets.previousSecret);
  if (!candidates.some((secret) => timingSafeEqual(sign(secret, body), given)))
    return { ok: false, reason: 'tampered' };
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isRecord(raw)) return { ok: false, reason: 'malformed' };
  const { s, q, u, l, a, c, x, n } = raw;
  if (
    typeof s !== 'string' ||
    typeof q !== 'string' ||
    typeof u !== 'string' ||
    (l !== undefined && typeof l !== 'string') ||
    (a !== undefined && !isRecord(a)) ||
    (c !== 'link' && c !== 'email') ||
    typeof x !== 'number' ||
    typeof n !== 'string'
  )
    return { ok: false, reason: 'malformed' };
  if (x <= now) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    claims: {
      siteId: s,
      surveyId: q,
      userId: u,
      ...(l !== undefined && { locale: l }),
      ...(a !== undefined && { attributes: a as LinkClaims['attributes'] }),
      channel: c,
      expiresAt: x,
      nonce: n,
    },
    responseId: linkResponseId(body),
  };
}
