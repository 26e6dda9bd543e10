import { alignJoint, alignParagraphs, projectJoint, type AlignResult, type Lexicons } from '../align';
import type { Lang } from '../languages';
import { NO_SOURCE_CONFIDENCE } from './confidence';
import type { DraftRow, ImportDraft } from './draft';
import { sourceGroups } from './groups';

export { NO_SOURCE_CONFIDENCE } from './confidence';

/** One text to import: its language and its paragraphs in order. */
export interface ImportText {
  lang: Lang;
  paragraphs: string[];
}

/**
 * One pairwise result per target. With two targets the three texts are aligned jointly and
 * the result is seen from the source (each bead keeps the joint bead's confidence); with one
 * target, pairwise.
 */
function results(source: ImportText, targets: readonly ImportText[], lexicons: Lexicons): AlignResult[] {
  const [b, c] = targets;
  if (targets.length === 2 && b && c) {
    const joint = alignJoint([source.paragraphs, b.paragraphs, c.paragraphs], { lexicons, langs: [source.lang, b.lang, c.lang] });
    return [projectJoint(joint, 1), projectJoint(joint, 2)];
  }
  return targets.map((t) => alignParagraphs(source.paragraphs, t.paragraphs, { lexicons, langs: [source.lang, t.lang] }));
}

/**
 * Aligns each target against the source and lays the result out in rows that follow the
 * source (see sourceGroups). Deterministic: the same texts always give the same draft.
 * Throws a RangeError when a language is given twice, which the callers check first.
 */
export function buildDraft(source: ImportText, targets: readonly ImportText[], lexicons: Lexicons = {}): ImportDraft {
  const languages = [source.lang, ...targets.map((t) => t.lang)];
  if (new Set(languages).size !== languages.length) {
    throw new RangeError(`each language may be imported once (got ${languages.join(', ')})`);
  }
  const aligned = results(source, targets, lexicons);
  const alignments = targets.map((t, x) => ({ ...t, result: aligned[x]! }));
  const groupOf = sourceGroups(
    source.paragraphs.length,
    alignments.map((a) => a.result.beads),
  );

  const rows: DraftRow[] = [];
  const emptyRow = (): DraftRow => ({ cells: Object.fromEntries(languages.map((l) => [l, []])), confidence: 1 });
  source.paragraphs.forEach((paragraph, i) => {
    const g = groupOf[i] ?? 0;
    const row = rows[g] ?? (rows[g] = emptyRow());
    row.cells[source.lang]?.push(paragraph);
  });
  // Without any source paragraph the targets still need a row, so nothing is lost silently;
  // draftProblems then reports it as text without source.
  if (rows.length === 0 && targets.some((t) => t.paragraphs.length > 0)) rows.push(emptyRow());

  for (const { lang, paragraphs, result } of alignments) {
    let previous: number | undefined;
    result.beads.forEach(([src, tgt], k) => {
      const confidence = result.confidence[k] ?? 0;
      const first = src[0];
      // A bead without source joins the row before it, or the first row when nothing came before.
      const g = first === undefined ? (previous ?? 0) : (groupOf[first] ?? 0);
      const row = rows[g];
      if (row === undefined) return;
      row.cells[lang]?.push(...tgt.map((j) => paragraphs[j] ?? ''));
      row.confidence = Math.min(row.confidence, confidence, first === undefined ? NO_SOURCE_CONFIDENCE : 1);
      if (first !== undefined) previous = g;
    });
  }
  return { sourceLang: source.lang, languages, rows, omitted: [] };
}
