import type { Lang } from '../languages';

/**
 * One glossary entry: a concept with its terms per language (the first is the preferred
 * rendering, the others are allowed variants or abbreviations), variants that must not be
 * used, and a note. `documentId` null means the entry holds for every document.
 */
export interface GlossaryEntry {
  id: number;
  documentId: string | null;
  terms: Partial<Record<Lang, string[]>>;
  forbidden: Partial<Record<Lang, string[]>>;
  note: string;
}
