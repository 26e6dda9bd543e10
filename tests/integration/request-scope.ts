/**
 * Next's request scope for route handlers and server actions called directly from a test:
 * `headers()` answers what the test says the request carries (its cookie, its token), and
 * `cookies()` is an empty jar. Use it as `vi.mock('next/headers', () => import('./request-scope').then((m) => m.nextHeaders))`
 * and say the headers with `requestHeaders(() => …)`.
 */
let provide: () => Headers = () => new Headers();

/** What `headers()` answers from now on (a function: read at each call, so it can follow a `let`). */
export function requestHeaders(next: () => Headers): void {
  provide = next;
}

export const nextHeaders = {
  headers: async () => provide(),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [],
    has: () => false,
    set: () => undefined,
    delete: () => undefined,
  }),
};
