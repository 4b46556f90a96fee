// Outbound safety for webhooks: only http(s), and never private, loopback,
// link-local or otherwise internal addresses unless the server allows them
// (KOE_WEBHOOK_ALLOW_PRIVATE=true, e.g. for a receiver on the same host).
// Checked when an endpoint is saved and again at every connection through the
// socket's DNS lookup, so a name that later resolves inward is still refused.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

const INTERNAL = new BlockList();
for (const [network, prefix] of [
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
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6');

/** Whether an address is internal (IPv4-mapped IPv6 addresses are checked as IPv4). */
export function isInternalAddress(address: string): boolean {
  const mapped = address.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i)?.[1];
  if (mapped) return INTERNAL.check(mapped, 'ipv4');
  const family = isIP(address);
  if (family === 0) return true;
  return INTERNAL.check(address, family === 6 ? 'ipv6' : 'ipv4');
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

/** Refuses a target URL whose host is, or resolves to, an internal address. */
export async function checkTarget(url: string, allowPrivate: boolean): Promise<void> {
  const { protocol, hostname } = new URL(url);
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new ForbiddenTargetError('only http and https targets are allowed');
  if (allowPrivate) return;
  const host = hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [host]
    : await new Promise<string[]>((resolve, reject) =>
        dnsLookup(host, { all: true }, (error, list) =>
          error
            ? reject(new ForbiddenTargetError(`${host} does not resolve`))
            : resolve(list.map((a) => a.address)),
        ),
      );
  const bad = addresses.find(isInternalAddress);
  if (bad) throw new ForbiddenTargetError(`${host} is or resolves to an internal address (${bad})`);
}
