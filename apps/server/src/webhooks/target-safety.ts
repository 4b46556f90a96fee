// Outbound safety for webhooks: only http(s), and never private, loopback,
// link-local or otherwise internal addresses unless the server allows them
// (KOE_WEBHOOK_ALLOW_PRIVATE=true, e.g. for a receiver on the same host).
// Checked when an endpoint is saved and again at every connection: through
// the socket's DNS lookup for a name (so a name that later resolves inward is
// still refused), and before connecting for an IP literal (Node connects to a
// literal without calling the lookup at all).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

const INTERNAL_IPV4: [network: string, prefix: number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

// Every IPv6 range a webhook may not reach. The ranges that embed an IPv4
// address (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo) are refused
// whole rather than by decoding the embedded address and checking it as IPv4:
// where such an address leads is decided by a translator or relay on the
// server's own network (a NAT64 gateway turns 64:ff9b::a00:1 into 10.0.0.1),
// where the IPv4 sits depends on the prefix (and, for the local-use prefix, on
// the length the operator chose, RFC 6052 §2.2), and a public receiver never
// needs one of these spellings:
// it has a plain IPv4 or native IPv6 address. The cost: on an IPv6-only host
// behind DNS64, an IPv4-only receiver's name resolves into 64:ff9b::/96 and is
// refused.
const INTERNAL_IPV6: [network: string, prefix: number][] = [
  ['::', 128], // unspecified (RFC 4291 §2.5.2)
  ['::1', 128], // loopback (RFC 4291 §2.5.3)
  ['::', 96], // IPv4-compatible ::a.b.c.d, deprecated (RFC 4291 §2.5.5.1)
  ['::ffff:0:0', 96], // IPv4-mapped ::ffff:a.b.c.d (RFC 4291 §2.5.5.2)
  ['64:ff9b::', 96], // NAT64 well-known prefix (RFC 6052 §2.1)
  ['64:ff9b:1::', 48], // NAT64 local-use prefix (RFC 8215)
  ['2001::', 32], // Teredo (RFC 4380)
  ['2002::', 16], // 6to4 (RFC 3056 §2)
  ['fc00::', 7], // unique local (RFC 4193)
  ['fe80::', 10], // link-local (RFC 4291 §2.5.6)
  ['fec0::', 10], // site-local, deprecated (RFC 3879)
  ['ff00::', 8], // multicast (RFC 4291 §2.7)
];

// One list per family, each checked only with addresses of its family:
// a BlockList also matches an IPv4 address against IPv6 rules as if it were
// IPv4-mapped, so ::ffff:0:0/96 in a shared list would refuse every IPv4.
function blockList(ranges: [string, number][], family: 'ipv4' | 'ipv6'): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of ranges) list.addSubnet(network, prefix, family);
  return list;
}
const BLOCKED_IPV4 = blockList(INTERNAL_IPV4, 'ipv4');
const BLOCKED_IPV6 = blockList(INTERNAL_IPV6, 'ipv6');

/** Whether an address is internal; anything that is not an IP address counts as internal. */
export function isInternalAddress(address: string): boolean {
  switch (isIP(address)) {
    case 4:
      return BLOCKED_IPV4.check(address, 'ipv4');
    case 6:
      return BLOCKED_IPV6.check(address, 'ipv6');
    default:
      return true;
  }
}

export class ForbiddenTargetError extends Error {}

/** A dns.lookup for http.request that refuses internal addresses. */
export function guardedLookup(allowPrivate: boolean) {
  return function lookup(
    hostname: string,
    options: object,
    callback: (error: Error | null, address: string | LookupAddress[], family?: number) => void,
  ) {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => !allowPrivate && isInternalAddress(a.address));
      if (bad)
        return callback(
          new ForbiddenTargetError(`${hostname} resolves to internal address ${bad.address}`),
          [],
        );
      if ((options as { all?: boolean }).all) return callback(null, list);
      const first = list[0] as LookupAddress;
      callback(null, first.address, first.family);
    });
  };
}

/** The URL's host as an address when it is an IP literal ([::1] → ::1), else undefined. */
function literalAddress(hostname: string): string | undefined {
  const host = hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? host : undefined;
}

/**
 * Refuses, without any DNS lookup, a URL that is not http(s) or whose host is
 * an internal IP literal. Run before every connection: a URL saved while
 * private targets were allowed, or before a range was added here, is refused
 * at delivery too.
 */
export function checkTargetLiteral(url: string, allowPrivate: boolean): void {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new ForbiddenTargetError('only http and https targets are allowed');
  if (allowPrivate) return;
  const address = literalAddress(hostname);
  if (address !== undefined && isInternalAddress(address))
    throw new ForbiddenTargetError(`${address} is an internal address`);
}

/** Refuses a target URL whose host is, or resolves to, an internal address. */
export async function checkTarget(url: string, allowPrivate: boolean): Promise<void> {
  checkTargetLiteral(url, allowPrivate);
  const { hostname } = new URL(url);
  if (allowPrivate || literalAddress(hostname) !== undefined) return;
  const addresses = await new Promise<string[]>((resolve, reject) =>
    dnsLookup(hostname, { all: true }, (error, list) =>
      error
        ? reject(new ForbiddenTargetError(`${hostname} does not resolve`))
        : resolve(list.map((a) => a.address)),
    ),
  );
  const bad = addresses.find(isInternalAddress);
  if (bad) throw new ForbiddenTargetError(`${hostname} resolves to an internal address (${bad})`);
}
