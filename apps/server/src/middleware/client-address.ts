// The address a request came from, used only to derive a salted client id for
// rate limiting. Behind a proxy, set KOE_CLIENT_IP_HEADER to the header the
// proxy sets. Its last entry is taken: proxies append the address they saw to
// X-Forwarded-For, so earlier entries are whatever the client claimed (a
// single-value header such as CF-Connecting-IP has only that one). Without
// the setting, the socket address.
import type { Context } from 'hono';

export function clientAddress(c: Context, trustedHeader: string | undefined): string {
  if (trustedHeader) {
    const value = c.req.header(trustedHeader);
    const last = value?.split(',').pop()?.trim();
    if (last) return last;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
