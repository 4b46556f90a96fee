// The address a request came from, used only to derive a salted client id for
// rate limiting. Behind a proxy, set KOE_CLIENT_IP_HEADER to the header the
// proxy sets (its first entry is the client); otherwise the socket address.
import type { Context } from 'hono';

export function clientAddress(c: Context, trustedHeader: string | undefined): string {
  if (trustedHeader) {
    const value = c.req.header(trustedHeader);
    const first = value?.split(',')[0]?.trim();
    if (first) return first;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
