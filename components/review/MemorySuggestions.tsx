'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { LANG_TAG, type Lang } from '@/lib/languages';
import { useMemory } from './useQaData';

interface Props {
  documentId: string;
  segmentId: string;
  lang: Lang;
  onInsert: (text: string) => void;
}

/**
 * Translation memory for the row being edited: checked translations of the same or similar
 * sources, exact first, with the score and how it was computed. Loaded once the row is
 * focused; Alt+Shift+1…3 (or the button) puts a suggestion in the editor.
 */
export function MemorySuggestions({ documentId, segmentId, lang, onInsert }: Props) {
  const t = useTranslations('Memory');
  const box = useRef<HTMLElement>(null);
  const [active, setActive] = useState(false);
  const { data } = useMemory(documentId, segmentId, lang, active);
  const insertRef = useRef<(index: number) => void>(() => {});
  useEffect(() => {
    insertRef.current = (index) => {
      const suggestion = data?.[index];
      if (suggestion) onInsert(suggestion.text);
    };
  }, [data, onInsert]);

  useEffect(() => {
    const row = box.current?.closest('.review-row');
    if (!row) return;
    const onFocus = () => setActive(true);
    const onKey = (event: Event) => {
      const key = event as KeyboardEvent;
      const digit = /^Digit([1-3])$/.exec(key.code)?.[1];
      if (key.altKey && key.shiftKey && digit) {
        key.preventDefault();
        insertRef.current(Number(digit) - 1);
      }
    };
    row.addEventListener('focusin', onFocus);
    row.addEventListener('keydown', onKey);
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
            {data.map((s, i) => (
              <li key={`${s.documentId}/${s.segmentId}`} className="memory-suggestion">
                <button
                  type="button"
                  className="small-button"
                  onClick={() => onInsert(s.text)}
                  aria-keyshortcuts={`Alt+Shift+${i + 1}`}
                >
                  {t('insert', { key: i + 1 })}
                </button>{' '}
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
