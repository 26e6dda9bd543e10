import type { Status } from '../content/model';

/** What progress bars, exports and badges go by: the stored status, plus `outdated`. */
export const EFFECTIVE_STATUSES = ['missing', 'draft', 'checked', 'rejected', 'outdated'] as const;
export type EffectiveStatus = (typeof EFFECTIVE_STATUSES)[number];

/**
 * An outdated check is never reported as checked: it vouches for a source that no longer
 * exists. Outdated drafts go in the same bucket, as Weblate marks every translation "needs
 * editing" after a source change: the translator must look at the new source either way.
 * An outdated rejection stays `rejected`: it already demands rework, and the reviewer's comment
 * is the more useful signal (the source diff is shown beside it anyway). `missing` has no text,
 * so nothing to be outdated.
 */
export function effectiveStatus(status: Status, outdated: boolean): EffectiveStatus {
  if (outdated && (OUTDATED_STATUSES as readonly Status[]).includes(status)) return 'outdated';
  return status;
}

/**
 * The stored statuses that count as `outdated` when the source changed. Exported so that the
 * SQL that counts progress in the database applies exactly this rule (server/queries/progress.ts).
 */
export const OUTDATED_STATUSES = ['draft', 'checked'] as const satisfies readonly Status[];

/** How far one language of one document is: every segment in exactly one bucket. */
export type Progress = Record<EffectiveStatus, number> & { total: number };

/**
 * Progress from counts per effective status, as the database aggregates them. Missing is what
 * the other buckets leave of `total`; a count that does not fit is a query bug, reported loudly.
 */
export function progressFromCounts(counts: Partial<Record<EffectiveStatus, number>>, total: number): Progress {
  const result: Progress = { missing: 0, draft: 0, checked: 0, rejected: 0, outdated: 0, total };
  let withText = 0;
  for (const status of EFFECTIVE_STATUSES) {
    if (status === 'missing') continue;
    const n = counts[status] ?? 0;
    result[status] = n;
    withText += n;
  }
  if (withText > total) throw new RangeError(`${withText} translations with text but only ${total} segments`);
  result.missing = total - withText;
  return result;
}

/**
 * Counts for one document and language. `rows` are the stored translations (rows with status
 * `missing` may be included and are ignored); `total` is the number of segments. Segments
 * without a row with text are missing, so every segment lands in exactly one bucket and the
 * buckets add up to `total`.
 */
export function progress(rows: readonly { status: Status; outdated: boolean }[], total: number): Progress {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a whole number >= 0, got ${total}`);
  const counts: Progress = { missing: 0, draft: 0, checked: 0, rejected: 0, outdated: 0, total };
  let withText = 0;
  for (const row of rows) {
    if (row.status === 'missing') continue;
    withText += 1;
    counts[effectiveStatus(row.status, row.outdated)] += 1;
  }
  // More texts than segments means the caller joined the wrong rows; a negative `missing`
  // would hide that behind a plausible-looking bar.
  if (withText > total) throw new RangeError(`${withText} translations with text but only ${total} segments`);
  counts.missing = total - withText;
  return counts;
}
