/**
 * Which network addresses the ingester may connect to: public unicast only. Loopback, private,
 * link-local (cloud metadata), multicast, unspecified and the other special ranges are refused,
 * unless the host is listed in INGEST_ALLOW_HOSTS. Checked on resolved addresses, not on names.
 */
import ipaddr from 'ipaddr.js';

/** The range name of an address that may not be fetched, or null when it is public unicast. */
export function blockedRange(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'invalid';
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  return range === 'unicast' ? null : range;
}

const READABLE: Record<string, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  uniqueLocal: 'a private address',
  linkLocal: 'a link-local address',
  multicast: 'a multicast address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  carrierGradeNat: 'a shared (carrier-grade NAT) address',
};

/** "a private address" and the like, for messages. */
export function describeRange(range: string): string {
  return READABLE[range] ?? 'a reserved address';
}

/** Whether a host name (or address literal) is in the allow list; names compare case-insensitively. */
export function hostAllowed(host: string, allow: readonly string[]): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase().replace(/\.$/, '');
  return allow.some((a) => a.toLowerCase() === h);
}
