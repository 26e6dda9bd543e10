/**
 * A path inside this app to send someone to after signing in, or '/' for anything else.
 * Refuses what a browser would read as another origin: `//host`, `/\host`, or a scheme.
 */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  if (value.startsWith('//') || value.startsWith('/\\') || /[\u0000-\u001f]/.test(value)) return '/';
  return value;
}
