import { splitSentences } from '../align';
import type { Lang } from '../languages';
import { cellOf, isEmptyCell, type ImportDraft } from './draft';
import { guessKind, rowKind } from './kinds';

/** A title suggested from a first sentence is cut to about this many characters (a Han one counts 2). */
const SUGGESTED_LENGTH = 80;

/**
 * Gives a fresh draft its title and every row its kind, for the wizard to show and the person
 * to change. When the first row looks like a title (short, not a sentence), it becomes the
 * title in every language and leaves the rows. Otherwise the first row stays a paragraph and
 * the title is suggested from its first sentence, shortened. Either way the title is a segment
 * of its own (kind `title`), so the text's first paragraph never silently becomes the title.
 */
export function withTitle(draft: ImportDraft): ImportDraft {
  const first = draft.rows[0];
  let rows = draft.rows;
  const title: Partial<Record<Lang, string>> = {};
  if (first) {
    const source = cellOf(first, draft.sourceLang).join(' ');
    const looksLikeTitle = guessKind(source, 0, draft.sourceLang) === 'title';
    for (const lang of draft.languages) {
      const cell = cellOf(first, lang);
      if (isEmptyCell(cell)) continue;
      const text = cell.join(lang === 'zh' ? '' : ' ').trim();
      title[lang] = looksLikeTitle ? text : shorten(splitSentences(text, lang)[0] ?? text);
    }
    if (looksLikeTitle) rows = rows.slice(1);
  }
  const titled: ImportDraft = { ...draft, rows, title };
  return { ...titled, rows: rows.map((row, i) => ({ ...row, kind: rowKind(titled, i) })) };
}

function shorten(sentence: string): string {
  const text = sentence.trim();
  let width = 0;
  let cut = 0;
  for (const ch of text) {
    width += /\p{Script=Han}/u.test(ch) ? 2 : 1;
    if (width > SUGGESTED_LENGTH) break;
    cut += ch.length;
  }
  if (cut >= text.length) return text;
  const head = text.slice(0, cut);
  const space = head.lastIndexOf(' ');
  return `${(space > SUGGESTED_LENGTH / 2 ? head.slice(0, space) : head).replace(/[\s,;:，；：、]+$/u, '')}…`;
}
