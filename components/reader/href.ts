import type { Lang } from '@/lib/languages';
import { aidsQuery, type ReadingAids } from '@/lib/reader/aids';
import { serializeColumns } from '@/lib/reader/columns';

export interface ReaderState {
  columns: readonly Lang[];
  showStatus?: boolean;
  /** Quality flags on the cells: a signed-in reviewer's option, never part of an anonymous view. */
  qa?: boolean;
  /** The page (range) of a long document, 1-based; omitted for the first. */
  page?: number;
  /** Pinyin, script, stress marks: carried by every link of the view, like the columns. */
  aids?: ReadingAids;
}

/** A reader URL (for the i18n Link) that carries the whole view in its query. */
export function readerHref(docId: string, state: ReaderState, segmentId?: string) {
  return {
    pathname: `/read/${docId}`,
    query: {
      cols: serializeColumns(state.columns),
      ...(state.showStatus ? { status: '1' } : {}),
      ...(state.qa ? { qa: '1' } : {}),
      ...(state.page && state.page > 1 ? { p: String(state.page) } : {}),
      ...(state.aids ? aidsQuery(state.aids) : {}),
    },
    ...(segmentId ? { hash: `s-${segmentId}` } : {}),
  };
}

/** A link to one segment that lands on the page holding it, with or without JavaScript. */
export function segmentHref(docId: string, columns: readonly Lang[], segmentId: string) {
  return {
    pathname: `/read/${docId}`,
    query: { cols: serializeColumns(columns), at: segmentId },
    hash: `s-${segmentId}`,
  };
}
