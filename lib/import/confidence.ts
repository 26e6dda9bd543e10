import { pathPosteriors, type Bead } from '../align';
import { segmentLength } from '../align/length';
import type { Lang } from '../languages';
import { cellOf, isEmptyCell, type DraftRow, type ImportDraft } from './draft';

/**
 * Confidence cap for a row that received target paragraphs with no source counterpart
 * (a 0-1 bead): the aligner may be sure the paragraph has no source, but which row it
 * belongs to is a guess, so the UI must flag it.
 */
export const NO_SOURCE_CONFIDENCE = 0.3;

/** Rows on either side of a rescored run that take part in its scoring: its context. */
const CONTEXT_ROWS = 3;

/**
 * Rescores the given rows (0-based) with the aligner's model: each row is one bead of its cells
 * (joined, so a row of three paragraphs against one is a 1-1 bead of their texts), weighed
 * against the other ways the rows around it could pair (lib/align pathPosteriors). A row's
 * confidence is the lowest over its target languages. The length ratio is the whole draft's, so
 * a short window is judged like the document.
 */
export function rescoreRows(draft: ImportDraft, indices: Iterable<number>): ImportDraft {
  const wanted = [...new Set(indices)].filter((i) => i >= 0 && i < draft.rows.length).sort((a, b) => a - b);
  if (wanted.length === 0) return draft;
  const rows = draft.rows.map((row) => ({ ...row }));
  const scores = new Map<number, number>();
  const source = rows.map((row) => joined(row, draft.sourceLang));
  for (const lang of draft.languages) {
    if (lang === draft.sourceLang) continue;
    const target = rows.map((row) => joined(row, lang));
    const ratio = lengthOf(target) / Math.max(1, lengthOf(source)) || 1;
    for (const [first, last] of runs(wanted)) {
      const from = Math.max(0, first - CONTEXT_ROWS);
      const to = Math.min(rows.length - 1, last + CONTEXT_ROWS);
      const src: string[] = [];
      const tgt: string[] = [];
      const path: Bead[] = [];
      const beadOf = new Map<number, number>();
      for (let r = from; r <= to; r++) {
        const s = source[r];
        const t = target[r];
        if (s === undefined && t === undefined) continue;
        const bead: Bead = [[], []];
        if (s !== undefined) bead[0].push(src.push(s) - 1);
        if (t !== undefined) bead[1].push(tgt.push(t) - 1);
        beadOf.set(r, path.push(bead) - 1);
      }
      const posteriors = pathPosteriors(src, tgt, path, { ratio });
      for (let r = first; r <= last; r++) {
        const k = beadOf.get(r);
        if (k === undefined) continue;
        const noSource = source[r] === undefined ? NO_SOURCE_CONFIDENCE : 1;
        scores.set(r, Math.min(scores.get(r) ?? 1, posteriors[k] ?? 0, noSource));
      }
    }
  }
  for (const r of wanted) {
    const row = rows[r];
    if (row) row.confidence = scores.get(r) ?? 1;
  }
  return { ...draft, rows };
}

/** Rows whose cells differ from the row at the same place before: what a fix moved or changed. */
export function changedRows(before: readonly DraftRow[], after: readonly DraftRow[], languages: readonly Lang[]): number[] {
  const changed: number[] = [];
  after.forEach((row, i) => {
    const old = before[i];
    if (!old || languages.some((lang) => !sameCell(cellOf(old, lang), cellOf(row, lang)))) changed.push(i);
  });
  return changed;
}

function sameCell(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

function joined(row: DraftRow, lang: Lang): string | undefined {
  const cell = cellOf(row, lang);
  return isEmptyCell(cell) ? undefined : cell.join(' ');
}

function lengthOf(texts: readonly (string | undefined)[]): number {
  let n = 0;
  for (const t of texts) if (t !== undefined) n += segmentLength(t, 'normalised');
  return n;
}

/** Consecutive indices as [first, last] runs. */
function runs(sorted: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i <= last[1] + 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}
