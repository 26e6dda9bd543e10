'use client';

import { useTranslations } from 'next-intl';
import type { KeyboardEvent } from 'react';
import { LANG_TAG, type Lang } from '@/lib/languages';

interface Props {
  id: string;
  number: number;
  lang: Lang;
  /** Null when the viewer may not edit: the text is shown, not offered for editing. */
  editable: boolean;
  text: string;
  savedText: string | null;
  onText: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onBlur?: () => void;
  errorId?: string | undefined;
}

/** The translation: an editor for those who may edit, the text for everyone else. */
export function RowEditor({ id, number, lang, editable, text, savedText, onText, onKeyDown, onBlur, errorId }: Props) {
  const t = useTranslations('Review');
  const tLang = useTranslations('Languages');
  return (
    <div className="review-target">
      <label htmlFor={id} className="column-label">
        {t('translationOf', { number, language: tLang(lang) })}
      </label>
      {editable ? (
        <textarea
          id={id}
          data-review-editor
          lang={LANG_TAG[lang]}
          value={text}
          onChange={(e) => onText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
          rows={Math.min(12, Math.max(3, Math.ceil(text.length / (lang === 'zh' ? 40 : 90)) + 1))}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
        />
      ) : (
        <p id={id} lang={LANG_TAG[lang]} className={savedText === null ? 'missing' : undefined}>
          {savedText ?? t('noTranslation')}
        </p>
      )}
    </div>
  );
}
