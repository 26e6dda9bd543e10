import type { RateWindow } from '@/lib/api/rate-limit';
import type { Db } from '../db/connect';

/**
 * Counts one request of a client (`token:<id>`, `user:<id>`, `address:<ip>`) in its fixed
 * window, in one statement (an upsert that starts a new window when the old one is over and
 * returns the count), so parallel requests on any number of app servers are counted one by one.
 */
export async function countApiRequest(db: Db, key: string, windowSeconds: number, now = new Date()): Promise<RateWindow> {
  const at = now.toISOString();
  const windowEnded = new Date(now.getTime() - windowSeconds * 1000).toISOString();
  const row = await db
    .insertInto('api_rate_limits')
    .values({ key, requests: 1, window_start: at })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        requests: eb
          .case()
          .when('api_rate_limits.window_start', '<=', windowEnded)
          .then(1)
          .else(eb('api_rate_limits.requests', '+', 1))
          .end(),
        window_start: eb
          .case()
          .when('api_rate_limits.window_start', '<=', windowEnded)
          .then(at)
          .else(eb.ref('api_rate_limits.window_start'))
          .end(),
      })),
    )
    .returning(['requests', 'window_start'])
    .executeTakeFirstOrThrow();
  return { requests: Number(row.requests), windowStart: row.window_start };
}

/** Forgets counters whose window is over (they would start again at 1 anyway). */
export async function purgeApiCounters(db: Db, windowSeconds: number, now = new Date()): Promise<void> {
  const windowEnded = new Date(now.getTime() - windowSeconds * 1000).toISOString();
  await db.deleteFrom('api_rate_limits').where('window_start', '<=', windowEnded).execute();
}
