import type { ContentDocument, Segment, SegmentKind } from '../content/model';
import { ID_PATTERN } from '../content/schema';
import { isLang, type Lang } from '../languages';
import { cellOf, isEmptyCell, type ImportDraft } from './draft';
import { hasTitle, rowKind } from './kinds';
import { draftProblems, type DraftProblem } from './problems';

export type DocumentProblem = DraftProblem | { code: 'bad-id'; id: string } | { code: 'bad-languages' };

export interface DocumentOptions {
  /** The new document's id: lower-case words joined by hyphens (ID_PATTERN). */
  id: string;
  /** Kinds the person chose, by 0-based row; other rows get guessKind's guess. */
  kinds?: Partial<Record<number, SegmentKind>>;
}

export type DocumentResult = { ok: true; document: ContentDocument } | { ok: false; problems: DocumentProblem[] };

/**
 * A row's paragraphs become one segment text. Chinese runs sentences on without spaces;
 * English and Russian need one between paragraphs.
 */
const PARAGRAPH_JOIN: Record<Lang, string> = { en: ' ', ru: ' ', zh: '' };

/** The id of the title segment a draft with a title gets (the rows are p1, p2, …). */
export const TITLE_ID = 'title';

/**
 * Turns a draft into the document the importer writes: the title (when the draft has one) as
 * a segment of kind `title` with id `title`, then one segment per row, ids p1, p2, …
 * in row order (new documents have no history to keep stable against, and these are short
 * and valid), and no text where a target cell is empty, so that translation is `missing`.
 * Checks what validateContent would refuse, so the result always passes it.
 */
export function draftToDocument(draft: ImportDraft, options: DocumentOptions): DocumentResult {
  const problems: DocumentProblem[] = [];
  if (!ID_PATTERN.test(options.id)) problems.push({ code: 'bad-id', id: options.id });
  const languages = draft.languages;
  if (languages[0] !== draft.sourceLang || new Set(languages).size !== languages.length || !languages.every(isLang)) {
    problems.push({ code: 'bad-languages' });
  }
  problems.push(...draftProblems(draft));
  if (problems.length > 0) return { ok: false, problems };

  const segments: Segment[] = [];
  const texts: ContentDocument['texts'] = Object.fromEntries(languages.map((lang) => [lang, {}]));
  if (hasTitle(draft)) {
    // The title is a segment of its own before the rows; a language without one is missing.
    segments.push({ id: TITLE_ID, kind: 'title', notes: {} });
    for (const lang of languages) {
      const title = draft.title?.[lang]?.trim();
      const byId = texts[lang];
      if (title && byId) byId[TITLE_ID] = title;
    }
  }
  let paragraphs = 0;
  draft.rows.forEach((row, index) => {
    const source = joinCell(cellOf(row, draft.sourceLang), draft.sourceLang);
    // draftProblems refused rows with translations but no source; rows empty everywhere carry nothing.
    if (source === undefined) return;
    const id = `p${++paragraphs}`;
    segments.push({ id, kind: options.kinds?.[index] ?? rowKind(draft, index), notes: {} });
    for (const lang of languages) {
      const text = joinCell(cellOf(row, lang), lang);
      const byId = texts[lang];
      if (text !== undefined && byId) byId[id] = text;
    }
  });
  if (segments.length === 0) return { ok: false, problems: [{ code: 'empty' }] };
  return { ok: true, document: { id: options.id, sourceLang: draft.sourceLang, languages: [...languages], segments, texts } };
}

function joinCell(cell: readonly string[], lang: Lang): string | undefined {
  if (isEmptyCell(cell)) return undefined;
  return cell
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join(PARAGRAPH_JOIN[lang]);
}
