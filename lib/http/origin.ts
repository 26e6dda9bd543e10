/** True for a host name browsers treat as this machine (where Secure cookies work over http too). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The host name of a Host header value (`example.org:3000`, `[::1]:3000`). */
export function hostnameOf(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0] ?? host;
}

/**
 * Whether a browser keeps a Secure cookie on this origin: over https, or over http on a
 * loopback address. Elsewhere over plain http it silently drops it: the user seems signed in
 * and is signed out on the next page.
 */
export function secureCookiesWork(protocol: string, hostname: string): boolean {
  return protocol.replace(/:$/, '') === 'https' || isLoopbackHost(hostname);
}
