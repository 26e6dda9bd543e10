import type { Lang } from '../languages';
import { cellOf, isEmptyCell, type ImportDraft } from './draft';
import { hasTitle } from './kinds';

/** Why a draft cannot become a document yet. `row` is 1-based, as the wizard shows rows. */
export type DraftProblem = { code: 'empty' } | { code: 'no-title' } | { code: 'target-without-source'; row: number; lang: Lang };

/**
 * Problems that block creating the document: a segment must have source text, so a row
 * with a translation but no source has to be merged, moved or omitted first; a draft with a
 * title field needs the title in the source language.
 */
export function draftProblems(draft: ImportDraft): DraftProblem[] {
  if (draft.rows.length === 0) return [{ code: 'empty' }];
  const problems: DraftProblem[] = [];
  // A draft made for a title (the wizard's) needs one in the source language.
  if (draft.title !== undefined && !hasTitle(draft)) problems.push({ code: 'no-title' });
  draft.rows.forEach((row, i) => {
    if (!isEmptyCell(cellOf(row, draft.sourceLang))) return;
    for (const lang of draft.languages) {
      if (lang !== draft.sourceLang && !isEmptyCell(cellOf(row, lang))) {
        problems.push({ code: 'target-without-source', row: i + 1, lang });
      }
    }
  });
  return problems;
}
