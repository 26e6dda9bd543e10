/**
 * The checks proxy.ts makes on every write, for a route handler that is left out of the
 * proxy's matcher (one that takes a body larger than the proxy lets through, such as an
 * upload): a write from another origin is refused. Returns the reason, or undefined.
 */
export function foreignWrite(headers: Headers): string | undefined {
  const origin = headers.get('origin');
  if (origin !== null) {
    const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host');
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (originHost === null || originHost !== host) {
      return 'A write must come from a page of this site (the Origin header names another site).';
    }
  }
  if (headers.get('sec-fetch-site') === 'cross-site')
    return 'A write must come from a page of this site (the request is cross-site).';
  return undefined;
}
