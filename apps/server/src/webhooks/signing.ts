// Standard Webhooks signatures (https://www.standardwebhooks.com): the
// signature is `v1,` + base64 HMAC-SHA256 over `${id}.${timestamp}.${body}`
// with the secret's bytes (the base64 after `whsec_`).
import { createHmac, randomBytes } from 'node:crypto';

export const newWebhookSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

export function signature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${mac}`;
}

/**
 * The three headers of a signed delivery; timestamp in seconds since the
 * epoch. With several secrets (during a rotation) the signatures are listed
 * space-separated, as the specification allows: a receiver holding either
 * secret verifies.
 */
export function signedHeaders(secrets: readonly string[], id: string, at: number, body: string) {
  const timestamp = Math.floor(at / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => signature(s, id, timestamp, body)).join(' '),
  };
}
