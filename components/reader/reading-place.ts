import { isLang, type Lang } from '@/lib/languages';

/** Where someone was in a document: the segment at the top of their screen, and their columns. */
export interface ReadingMark {
  segmentId: string;
  columns: Lang[];
  /** When, in ms since the epoch. */
  at: number;
}

const key = (documentId: string) => `triglot:place:${documentId}`;

export function rememberPlace(documentId: string, mark: ReadingMark): void {
  try {
    window.localStorage.setItem(key(documentId), JSON.stringify(mark));
  } catch {
    // Storage full or refused (private mode): reading goes on without a memory.
  }
}

/** The place noted for a document in this browser, if any and well-formed. */
export function recallPlace(documentId: string): ReadingMark | null {
  try {
    const raw = window.localStorage.getItem(key(documentId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<ReadingMark>;
    if (typeof value.segmentId !== 'string' || !/^[a-z0-9-]+$/.test(value.segmentId)) return null;
    const columns = Array.isArray(value.columns) ? value.columns.filter(isLang) : [];
    return { segmentId: value.segmentId, columns, at: typeof value.at === 'number' ? value.at : 0 };
  } catch {
    return null;
  }
}
