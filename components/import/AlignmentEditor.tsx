'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { SEGMENT_KINDS, type SegmentKind } from '@/lib/content/model';
import { LANG_TAG, type Lang } from '@/lib/languages';
import {
  cellOf,
  draftProblems,
  editCell,
  type EditResult,
  type ImportDraft,
  isEmptyCell,
  isLowConfidence,
  mergeWithNext,
  moveDown,
  moveUp,
  omit,
  rowKind,
  setChecked,
  setKind,
  splitAt,
} from '@/lib/import';
import { clampStart, lowConfidenceCount, nextLowConfidence, PAGE_ROWS, pageStart } from '@/lib/import/paging';
import { CellEditor } from './CellEditor';

interface Props {
  draft: ImportDraft;
  onChange: (draft: ImportDraft) => void;
}

/**
 * The proposed alignment as rows, one column per language, with the fixes a person needs:
 * correct a cell's text, choose a row's kind, merge a cell with the one below, split it at the
 * cursor, move it to the neighbouring row, leave it out, or mark the row as checked. Every fix
 * works on one language's column and shows at once; the rows it moved are rescored.
 */
export function AlignmentEditor({ draft, onChange }: Props) {
  const t = useTranslations('Import');
  const tLang = useTranslations('Languages');
  const tKind = useTranslations('Import.kinds');
  const [error, setError] = useState<{ row: number; lang: Lang; key: string } | null>(null);
  const editors = useRef(new Map<string, HTMLTextAreaElement>());
  const grid = useRef<HTMLDivElement>(null);
  const [pageAt, setPageAt] = useState(0);
  /** The row to bring into view once its page is shown (from the pager), and a count that asks for it. */
  const target = useRef<number | null>(null);
  const [shown, setShown] = useState(0);
  const start = clampStart(pageAt, draft.rows.length);
  const end = Math.min(draft.rows.length, start + PAGE_ROWS);
  const paged = draft.rows.length > PAGE_ROWS;

  useEffect(() => {
    if (target.current === null) return;
    const row = grid.current?.querySelector<HTMLElement>(`[data-row="${target.current + 1}"]`);
    target.current = null;
    row?.scrollIntoView({ block: 'center' });
    row?.querySelector<HTMLElement>('textarea, input')?.focus({ preventScroll: true });
  }, [shown]);

  function show(index: number) {
    setPageAt(pageStart(index));
    target.current = index;
    setShown((n) => n + 1);
  }

  function apply(row: number, lang: Lang, op: (d: ImportDraft) => EditResult) {
    const result = op(draft);
    if (result.ok) {
      setError(null);
      onChange(result.draft);
    } else {
      setError({ row, lang, key: result.error });
    }
  }

  const problems = draftProblems(draft);
  const low = paged ? lowConfidenceCount(draft) : 0;
  const nextLow = paged ? nextLowConfidence(draft, end - 1) : undefined;
  /** Pages of PAGE_ROWS rows for a long draft (a book), and a way to the rows that need a look first. */
  const pager = (
    <nav className="align-pager" aria-label={t('pages')}>
      <button type="button" className="small-button" disabled={start === 0} onClick={() => show(start - PAGE_ROWS)}>
        {t('previousRows')}
      </button>
      <span>{t('rowsShown', { from: start + 1, to: end, total: draft.rows.length })}</span>
      <button type="button" className="small-button" disabled={end >= draft.rows.length} onClick={() => show(end)}>
        {t('nextRows')}
      </button>
      <button
        type="button"
        className="small-button"
        disabled={nextLow === undefined}
        onClick={() => (nextLow === undefined ? undefined : show(nextLow))}
      >
        {t('nextLowConfidence', { count: low })}
      </button>
    </nav>
  );
  return (
    <div className="alignment-editor">
      {problems.length > 0 ? (
        <ul className="problems" role="alert" aria-label={t('problems')}>
          {problems.map((p, i) => (
            <li key={i}>
              {p.code === 'empty'
                ? t('problem.empty')
                : p.code === 'no-title'
                  ? t('problem.noTitle')
                  : t('problem.targetWithoutSource', { row: p.row, language: tLang(p.lang) })}
            </li>
          ))}
        </ul>
      ) : null}
      {paged ? pager : null}
      <div
        ref={grid}
        className="align-grid"
        style={{ gridTemplateColumns: `8.5rem repeat(${draft.languages.length}, minmax(0, 1fr))` }}
        role="table"
        aria-label={t('rows')}
      >
        <div role="row" className="align-head">
          <span role="columnheader">#</span>
          {draft.languages.map((lang) => (
            <span role="columnheader" key={lang}>
              {tLang(lang)}
            </span>
          ))}
        </div>
        {draft.rows.slice(start, end).map((row, offset) => {
          const index = start + offset;
          const low = isLowConfidence(row);
          const source = cellOf(row, draft.sourceLang);
          const checkedId = `row-${index}-checked`;
          return (
            <div
              role="row"
              key={index}
              className="align-row"
              data-low={low ? 'true' : undefined}
              data-checked={row.checked ? 'true' : undefined}
              data-row={index + 1}
            >
              <span role="rowheader" className="align-meta">
                <strong>{index + 1}</strong>
                {/* A person's row shows their check, never a confidence that would look like 100%. */}
                {row.checked ? null : (
                  <span className={low ? 'confidence low' : 'confidence'} title={t('confidence')}>
                    <span className="visually-hidden">{t('confidence')}: </span>
                    {Math.floor(row.confidence * 100)}%
                  </span>
                )}
                <label className="inline checked-toggle" htmlFor={checkedId}>
                  <input
                    id={checkedId}
                    type="checkbox"
                    checked={row.checked === true}
                    onChange={(e) => apply(index, draft.sourceLang, (d) => setChecked(d, index, e.target.checked))}
                  />{' '}
                  {t('checkedByPerson')}
                </label>
                {!isEmptyCell(source) ? (
                  <select
                    className="kind"
                    aria-label={t('kindOf', { row: index + 1 })}
                    value={rowKind(draft, index)}
                    onChange={(e) => apply(index, draft.sourceLang, (d) => setKind(d, index, e.target.value as SegmentKind))}
                  >
                    {SEGMENT_KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {tKind(kind)}
                      </option>
                    ))}
                  </select>
                ) : null}
              </span>
              {draft.languages.map((lang) => {
                const cell = cellOf(row, lang);
                const key = `${index}:${lang}`;
                const label = t('cell', { row: index + 1, language: tLang(lang) });
                return (
                  <div role="cell" key={lang} className="align-cell" data-lang={lang}>
                    <span className="cell-lang" aria-hidden="true">
                      {tLang(lang)}
                    </span>
                    {cell.length > 1 ? <span className="paragraph-count">{t('paragraphs', { count: cell.length })}</span> : null}
                    {isEmptyCell(cell) ? (
                      <p className="missing">{t('emptyCell')}</p>
                    ) : (
                      <CellEditor
                        label={label}
                        lang={LANG_TAG[lang]}
                        cell={cell}
                        onCommit={(text) => apply(index, lang, (d) => editCell(d, index, lang, text))}
                        register={(el) => {
                          if (el) editors.current.set(key, el);
                          else editors.current.delete(key);
                        }}
                      />
                    )}
                    <div
                      className="cell-tools"
                      role="group"
                      aria-label={t('toolsFor', { row: index + 1, language: tLang(lang) })}
                    >
                      <button
                        type="button"
                        className="small-button"
                        onClick={() => apply(index, lang, (d) => mergeWithNext(d, index, lang))}
                      >
                        {t('merge')}
                      </button>
                      <button
                        type="button"
                        className="small-button"
                        onClick={() =>
                          apply(index, lang, (d) => splitAt(d, index, lang, editors.current.get(key)?.selectionStart ?? 0))
                        }
                      >
                        {t('split')}
                      </button>
                      <button
                        type="button"
                        className="small-button"
                        onClick={() => apply(index, lang, (d) => moveUp(d, index, lang))}
                      >
                        {t('moveUp')}
                      </button>
                      <button
                        type="button"
                        className="small-button"
                        onClick={() => apply(index, lang, (d) => moveDown(d, index, lang))}
                      >
                        {t('moveDown')}
                      </button>
                      <button
                        type="button"
                        className="small-button"
                        onClick={() => apply(index, lang, (d) => omit(d, index, lang))}
                      >
                        {t('omit')}
                      </button>
                    </div>
                    {error && error.row === index && error.lang === lang ? (
                      <p role="alert" className="field-error">
                        {t(`editErrors.${error.key}` as 'editErrors.bad-offset')}
                      </p>
                    ) : null}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
      {paged ? pager : null}
      {draft.omitted.length > 0 ? (
        <details className="omitted">
          <summary>{t('omitted', { count: draft.omitted.length })}</summary>
          <ul>
            {draft.omitted.map((o, i) => (
              <li key={i} lang={LANG_TAG[o.lang]}>
                {o.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
