export type Bearer = { kind: 'none' } | { kind: 'bearer'; token: string } | { kind: 'malformed' };

/**
 * What an Authorization header says. Only the Bearer scheme is ours: another scheme (Basic, from
 * a proxy's password prompt the browser repeats on every request) is not a token and leaves the
 * request to its session cookie. `Bearer` with anything but one token is malformed.
 */
export function parseAuthorization(header: string | null): Bearer {
  if (header === null) return { kind: 'none' };
  const match = /^\s*bearer(?:\s+(.*))?$/i.exec(header);
  if (!match) return { kind: 'none' };
  const token = (match[1] ?? '').trim();
  return token && !/\s/.test(token) ? { kind: 'bearer', token } : { kind: 'malformed' };
}
