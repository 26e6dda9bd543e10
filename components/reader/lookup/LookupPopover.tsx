'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { LookupResult } from '@/lib/dictionary/lookup';
import { LANG_TAG, type Lang } from '@/lib/languages';
import { type LookupRequest, lookupRequest, wordRange } from './extract';
import type { LookupStrings, LookupTarget } from './types';

export interface PopoverProps {
  target: LookupTarget;
  strings: LookupStrings;
  ui: Lang;
  onClose: () => void;
}

type State = { kind: 'loading' } | { kind: 'done'; result: LookupResult } | { kind: 'failed' };

const READING_TAG: Record<Lang, string> = { zh: 'zh-Latn-pinyin', en: 'en-fonipa', ru: 'ru' };
const MAX_GLOSSES = 6;
const HIGHLIGHT = 'lookup-hl';

/** The sentences aligned with the one holding the word, in every column of its row, lit up. */
function lightCounterparts(request: LookupRequest): () => void {
  const node = request.range.startContainer;
  const sentence = (node instanceof Element ? node : node.parentElement)?.closest('.sentence[data-src]');
  const row = request.block.closest('[data-segment-row]');
  const tokens = (el: Element) => (el.getAttribute('data-src') ?? '').split(' ').filter(Boolean);
  let lit: Element[] = [];
  if (sentence && row) {
    const wanted = new Set(tokens(sentence));
    lit = [...row.querySelectorAll('.sentence[data-src]')].filter((el) => tokens(el).some((t) => wanted.has(t)));
  } else if (row) {
    // No sentence links: the row's other cells are the counterparts.
    const cell = request.block.closest('.cell');
    lit = [...row.querySelectorAll('.cell')].filter((el) => el !== cell);
  }
  for (const el of lit) el.classList.add(HIGHLIGHT);
  return () => {
    for (const el of lit) el.classList.remove(HIGHLIGHT);
  };
}

/** The word itself, marked without touching the DOM (CSS Custom Highlight API, where there is one). */
function markWord(range: Range): () => void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return () => undefined;
  CSS.highlights.set('lookup-word', new Highlight(range));
  return () => CSS.highlights.delete('lookup-word');
}

/** Below the word, or above it where there is no room below; always inside the viewport's width. */
function place(box: HTMLElement, anchor: DOMRect) {
  const margin = 8;
  const width = box.offsetWidth;
  const height = box.offsetHeight;
  const left = Math.min(Math.max(margin, anchor.left), Math.max(margin, window.innerWidth - width - margin));
  const below = anchor.bottom + 6;
  const top = below + height > window.innerHeight - margin && anchor.top - height - 6 > margin ? anchor.top - height - 6 : below;
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${top + window.scrollY}px`;
}

/**
 * The look-up popover: a non-modal dialog near the word with its readings and glosses (the UI
 * language's first), the counterpart sentences lit while it is open. Esc, the close button or
 * a click elsewhere closes it, and focus goes back where it was.
 */
export function LookupPopover({ target, strings, ui, onClose }: PopoverProps) {
  const [request] = useState(() => lookupRequest(target));
  const [state, setState] = useState<State>({ kind: 'loading' });
  const box = useRef<HTMLDivElement>(null);
  const word = state.kind === 'done' ? state.result.word : (request?.word ?? '');
  const range = request && state.kind === 'done' ? (wordRange(request, state.result.word) ?? request.range) : request?.range;

  useEffect(() => {
    if (!request) return onClose();
    const returnTo =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const params = new URLSearchParams({ lang: request.lang, q: request.q, ui });
    if (request.at !== null) params.set('at', String(request.at));
    const abort = new AbortController();
    fetch(`/api/lookup?${params}`, { signal: abort.signal })
      .then(async (response) => {
        if (!response.ok) throw new Error(String(response.status));
        setState({ kind: 'done', result: (await response.json()) as LookupResult });
      })
      .catch(() => {
        if (!abort.signal.aborted) setState({ kind: 'failed' });
      });
    const unlight = lightCounterparts(request);
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      }
    };
    const onDown = (event: PointerEvent) => {
      if (!(event.target instanceof Node) || !box.current?.contains(event.target)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    box.current?.focus({ preventScroll: true });
    return () => {
      abort.abort();
      unlight();
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
      // Back to where the reader was: the segment row is the reader's one tab stop per segment.
      const row = request.block.closest<HTMLElement>('[data-segment-row]');
      (returnTo ?? row)?.focus({ preventScroll: true });
    };
    // One look-up per popover: it is keyed by its target.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => (range ? markWord(range) : undefined), [range]);

  useLayoutEffect(() => {
    if (box.current && range) place(box.current, range.getBoundingClientRect());
  });

  if (!request) return null;
  const wordTag = LANG_TAG[request.lang];
  const uiTag = LANG_TAG[ui];

  let body;
  if (state.kind === 'loading') body = <p role="status">{strings.loading}</p>;
  else if (state.kind === 'failed') body = <p role="alert">{strings.failed}</p>;
  else {
    const { result } = state;
    const missing = result.missing.map((name) => (name === 'cc-cedict' ? strings.missingChinese : strings.missingRussian));
    body = (
      <>
        {result.entries.map((entry, i) => (
          <section key={i} className="lookup-entry">
            <p className="lookup-headline">
              <span lang={wordTag} className="lookup-headword">
                {entry.headword}
              </span>
              {entry.traditional ? <span lang="zh-Hant"> ({entry.traditional})</span> : null}
              {entry.reading ? (
                <span lang={READING_TAG[entry.lang]} className="lookup-reading">
                  {entry.lang === 'en' ? `[${entry.reading}]` : entry.reading}
                </span>
              ) : null}
            </p>
            {entry.glosses.map((gloss) => (
              <div key={gloss.lang} className="lookup-gloss">
                <p className="lookup-gloss-lang">
                  {strings.languages[gloss.lang]}
                  {gloss.via ? ` · ${strings.viaEnglish}` : ''}
                </p>
                <ol lang={LANG_TAG[gloss.lang]}>
                  {gloss.texts.slice(0, MAX_GLOSSES).map((text, j) => (
                    <li key={j}>{text}</li>
                  ))}
                </ol>
              </div>
            ))}
          </section>
        ))}
        {result.entries.length === 0 && missing.length === 0 ? <p>{strings.notFound.replace('{word}', result.word)}</p> : null}
        {missing.map((text) => (
          <p key={text} className="lookup-missing">
            {text}
          </p>
        ))}
        {result.sources.length > 0 ? (
          <p className="lookup-source">
            {strings.source} <span lang="en">{result.sources.join(', ')}</span>
          </p>
        ) : null}
      </>
    );
  }

  return createPortal(
    <div ref={box} className="lookup" role="dialog" aria-label={strings.label.replace('{word}', word)} lang={uiTag} tabIndex={-1}>
      <div className="lookup-bar">
        <p className="lookup-title" lang={wordTag}>
          {word}
        </p>
        <button type="button" className="lookup-close" onClick={onClose} aria-label={strings.close} title={strings.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div aria-live="polite">{body}</div>
      <p className="lookup-hint">{strings.hint}</p>
    </div>,
    document.body,
  );
}
