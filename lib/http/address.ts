/**
 * The client address a request came from, for the per-address sign-in limit.
 *
 * `x-forwarded-for` is whatever the client or the proxies in front wrote, so it is trusted only
 * as far as the operator says proxies append to it (TRIGLOT_TRUSTED_PROXIES): with N trusted
 * proxies the client is the N-th entry from the right. With none (the app serves clients
 * directly) the address is the socket's, which the server stamps on every request under
 * PEER_HEADER, overwriting anything a client sent under that name (instrumentation.ts).
 */
export const PEER_HEADER = 'x-triglot-peer-address';

export function clientAddress(headers: Headers, trustedProxies: number): string {
  if (trustedProxies > 0) {
    const hops = (headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const client = hops[hops.length - trustedProxies];
    if (client) return addressKey(client);
  }
  const peer = headers.get(PEER_HEADER);
  return peer ? addressKey(peer) : 'unknown';
}

/**
 * The form an address is counted under: IPv4 as is (an IPv4-mapped IPv6 address too), IPv6 by
 * its /64 prefix, since one client holds a whole /64 and could otherwise rotate through it.
 */
export function addressKey(address: string): string {
  const plain = address.replace(/^\[|\](:\d+)?$/g, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1]!;
  if (!plain.includes(':')) return plain;
  const [head = '', tail = ''] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = plain.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
