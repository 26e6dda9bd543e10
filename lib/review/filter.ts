import type { Status } from '../content/model';
import { STATUSES } from '../content/model';
import { type CheckId, isCheckId } from '../qa/types';

/** The review workspace's filters, as kept in the URL query. */
export interface ReviewFilters {
  status?: Status;
  outdated?: boolean;
  comments?: boolean;
  q?: string;
  /** Only rows whose translation fails this quality check (and the reviewer has not dismissed it). */
  check?: CheckId;
}

type Query = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Filters from a query; unknown values are ignored, so a mangled link shows everything. */
export function parseFilters(query: Query): ReviewFilters {
  const status = first(query.status);
  const q = first(query.q)?.trim();
  const check = first(query.check);
  return {
    ...(status && (STATUSES as readonly string[]).includes(status) ? { status: status as Status } : {}),
    ...(first(query.outdated) === '1' ? { outdated: true } : {}),
    ...(first(query.comments) === '1' ? { comments: true } : {}),
    ...(q ? { q } : {}),
    ...(isCheckId(check) ? { check } : {}),
  };
}

export function filtersToQuery(filters: ReviewFilters): Record<string, string> {
  return {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.outdated ? { outdated: '1' } : {}),
    ...(filters.comments ? { comments: '1' } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.check ? { check: filters.check } : {}),
  };
}

export interface FilterableRow {
  source: string;
  target: { text: string | null; status: Status; outdated: boolean };
  others: { text: string | null }[];
  comments: unknown[];
  /** The quality checks the translation fails, not dismissed; rows without it pass no check filter. */
  failing?: readonly string[];
}

/**
 * Text as search compares it, in all three languages: compatibility forms folded (full-width
 * Ａ１， to A1,, the ideographic space to a space), case folded, ё read as е (Russian writes
 * both for one letter), and combining marks such as stress accents dropped.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, (mark, offset: number, whole: string) =>
      // Keep the breve of й: without it и and й would match, and they are different letters.
      mark === '\u0306' && /[иИ]/.test(whole[offset - 1] ?? '') ? mark : '',
    )
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ё/g, 'е');
}

/**
 * Whether a row passes every filter. The text search folds case, width, ё/е and accents (see
 * foldForSearch) and looks in the source, the translation and the other languages, so a
 * reviewer can find a term in any of them.
 */
export function matchesFilters(row: FilterableRow, filters: ReviewFilters): boolean {
  if (filters.status && row.target.status !== filters.status) return false;
  if (filters.outdated && !row.target.outdated) return false;
  if (filters.comments && row.comments.length === 0) return false;
  if (filters.check && !row.failing?.includes(filters.check)) return false;
  if (filters.q) {
    const needle = foldForSearch(filters.q);
    const haystacks = [row.source, row.target.text ?? '', ...row.others.map((o) => o.text ?? '')];
    if (!haystacks.some((h) => foldForSearch(h).includes(needle))) return false;
  }
  return true;
}
