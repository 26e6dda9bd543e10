'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { LANG_TAG, type Lang } from '@/lib/languages';
import { appendSentence } from '@/lib/tm/sentences';
import { useMemory } from './useQaData';

interface Props {
  documentId: string;
  segmentId: string;
  lang: Lang;
  onInsert: (text: string) => void;
  /** Puts a sentence match after what the editor holds. */
  onAppend: (update: (text: string) => string) => void;
}

/**
 * Translation memory for the row being edited: checked translations of the same or similar
 * sources, exact first, with the score and how it was computed. Loaded once the row is
 * focused; Alt+Shift+1…9 (or the button) puts a suggestion in the editor. Whole-segment
 * matches come first and replace the text; then sentence matches (one per sentence of the
 * source, from the stored sentence links), each labelled with the sentence it covers, which
 * are appended to the text so a translation can be built sentence by sentence.
 */
export function MemorySuggestions({ documentId, segmentId, lang, onInsert, onAppend }: Props) {
  const t = useTranslations('Memory');
  const box = useRef<HTMLElement>(null);
  const [active, setActive] = useState(false);
  const { data } = useMemory(documentId, segmentId, lang, active);
  const insertRef = useRef<(index: number) => void>(() => {});
  useEffect(() => {
    insertRef.current = (index) => {
      const suggestion = data?.[index];
      if (!suggestion) return;
      if (suggestion.sentence) onAppend((text) => appendSentence(text, suggestion.text, lang));
      else onInsert(suggestion.text);
    };
  }, [data, onInsert, onAppend, lang]);

  useEffect(() => {
    const row = box.current?.closest('.review-row');
    if (!row) return;
    const onFocus = () => setActive(true);
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      const digit = /^Digit([1-9])$/.exec(key.code)?.[1];
      if (key.altKey && key.shiftKey && digit) {
        key.preventDefault();
        insertRef.current(Number(digit) - 1);
      }
    };
    row.addEventListener('focusin', onFocus);
    row.addEventListener('keydown', onKey);
    // Focus that came before this code ran (a quick click while the page was still loading) counts too.
    if (row.contains(document.activeElement)) setActive(true);
    return () => {
      row.removeEventListener('focusin', onFocus);
      row.removeEventListener('keydown', onKey);
    };
  }, []);

  return (
    <section ref={box} className="memory" aria-label={t('title')} hidden={!data?.length}>
      {data?.length ? (
        <>
          <h3 className="qa-title">{t('title')}</h3>
          <ol>
            {data.slice(0, 9).map((s, i) => (
              <li
                key={`${s.documentId}/${s.segmentId}/${s.sentence?.number ?? 0}`}
                className="memory-suggestion"
                data-sentence={s.sentence ? s.sentence.number : undefined}
              >
                <button
                  type="button"
                  className="small-button"
                  onClick={() => (s.sentence ? onAppend((text) => appendSentence(text, s.text, lang)) : onInsert(s.text))}
                  aria-keyshortcuts={`Alt+Shift+${i + 1}`}
                >
                  {s.sentence ? t('append', { key: i + 1 }) : t('insert', { key: i + 1 })}
                </button>{' '}
                {s.sentence ? (
                  <>
                    <span className="memory-sentence">
                      {t('sentence', { number: s.sentence.number, count: s.sentence.count })}
                    </span>{' '}
                  </>
                ) : null}
                <span className={s.match.exact ? 'memory-score exact' : 'memory-score'}>
                  {s.match.exact ? t('exact') : t('score', { score: s.match.score })}
                </span>{' '}
                <span lang={LANG_TAG[lang]} className="memory-text">
                  {s.text}
                </span>
                <span className="memory-how">
                  {s.match.exact
                    ? t('howExact')
                    : t('how', { score: s.match.score, edits: s.match.edits, length: s.match.length })}
                  {' · '}
                  {t('from', { document: s.documentId })}
                </span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
