/**
 * Fixed-window rate limits of the REST API: what a counter means for a request, and the headers
 * that say so (RateLimit-Limit, -Remaining, -Reset as in the IETF httpapi draft, and Retry-After
 * on a refusal). The counting itself is one atomic statement in the database (server/api).
 */
export interface RateWindow {
  /** Requests counted in this window, this one included. */
  requests: number;
  /** When the window began (ISO 8601). */
  windowStart: string;
}

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

export function rateDecision(window: RateWindow, limit: number, windowSeconds: number, now: Date): RateDecision {
  const endsAt = Date.parse(window.windowStart) + windowSeconds * 1000;
  const reset = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
  const headers: Record<string, string> = {
    'RateLimit-Limit': String(limit),
    'RateLimit-Remaining': String(Math.max(0, limit - window.requests)),
    'RateLimit-Reset': String(reset),
    'RateLimit-Policy': `${limit};w=${windowSeconds}`,
  };
  if (window.requests <= limit) return { allowed: true, headers };
  return { allowed: false, headers: { ...headers, 'Retry-After': String(reset) } };
}
