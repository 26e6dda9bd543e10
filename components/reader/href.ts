import type { Lang } from '@/lib/languages';
import { serializeColumns } from '@/lib/reader/columns';

export interface ReaderState {
  columns: readonly Lang[];
  showStatus?: boolean;
}

/** A reader URL (for the i18n Link) that carries the whole view in its query. */
export function readerHref(docId: string, state: ReaderState) {
  return {
    pathname: `/read/${docId}`,
    query: { cols: serializeColumns(state.columns), ...(state.showStatus ? { status: '1' } : {}) },
  };
}
