import type { ReviewEntry } from '../content/model';
import type { Lang } from '../languages';
import { stableJson, writeI18next } from './i18next';
import { type ExchangeDocument, isOutdated } from './model';

/** The review state of a document's translations, beside its texts in content/<doc>/. */
export const REVIEW_FILE = 'review.json';

/**
 * What a translation's review state adds to its text, or null when there is nothing to add:
 * a draft by nobody in particular, written against the current source, is what a plain
 * import makes anyway, so it is left out and the file stays short.
 */
export function reviewEntry(
  doc: ExchangeDocument,
  segment: ExchangeDocument['segments'][number],
  lang: Lang,
): ReviewEntry | null {
  const t = segment.translations[lang];
  if (!t) return null;
  const outdated = isOutdated(segment, doc.sourceLang, lang);
  if (t.status === 'draft' && t.by === null && !outdated) return null;
  return {
    status: t.status,
    ...(t.by !== null ? { by: t.by } : {}),
    ...(outdated ? { sourceHash: t.sourceHash } : {}),
    ...(t.status === 'rejected' && t.comment ? { comment: t.comment } : {}),
  };
}

/**
 * review.json: per target language, per segment (in document order), one line per translation
 * whose state a plain import would not restore, so a check or a rejection is a one-line diff.
 */
export function writeReviewState(doc: ExchangeDocument): string {
  const targets = doc.languages.filter((l) => l !== doc.sourceLang);
  const blocks = targets.map((lang) => {
    const lines = doc.segments.flatMap((segment) => {
      const entry = reviewEntry(doc, segment, lang);
      return entry ? [`    ${JSON.stringify(segment.id)}: ${JSON.stringify(entry)}`] : [];
    });
    return lines.length === 0 ? `  ${JSON.stringify(lang)}: {}` : `  ${JSON.stringify(lang)}: {\n${lines.join(',\n')}\n  }`;
  });
  return blocks.length === 0 ? '{}\n' : `{\n${blocks.join(',\n')}\n}\n`;
}

/** document.json: the segment list with kinds and translator notes (notes in the document's language order). */
export function writeManifest(doc: ExchangeDocument): string {
  return stableJson({
    id: doc.id,
    sourceLanguage: doc.sourceLang,
    languages: doc.languages,
    segments: doc.segments.map((segment) => {
      const notes = Object.fromEntries(doc.languages.flatMap((l) => (segment.notes[l] ? [[l, segment.notes[l]]] : [])));
      return { id: segment.id, kind: segment.kind, ...(Object.keys(notes).length > 0 ? { notes } : {}) };
    }),
  });
}

/** Every file of content/<doc>/ by name: document.json, one i18next resource per language, review.json. */
export function writeContentFiles(doc: ExchangeDocument): Record<string, string> {
  const files: Record<string, string> = { 'document.json': writeManifest(doc) };
  for (const lang of doc.languages) files[`${lang}.json`] = writeI18next(doc, lang);
  files[REVIEW_FILE] = writeReviewState(doc);
  return files;
}
