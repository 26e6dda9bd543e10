'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { idProblem, type ImportDraft, setTitle, suggestId } from '@/lib/import';
import { LANG_TAG } from '@/lib/languages';

interface Props {
  draft: ImportDraft;
  onChange: (draft: ImportDraft) => void;
  /** The id as it stands: the person's, or the one made from the title. */
  id: string;
  /** The person's id; null goes back to following the title. */
  onIdChange: (id: string | null) => void;
}

/**
 * The new document's title in each language (its own segment, before the rows) and its id,
 * made from the title until the person types one. An id that cannot be used says why and
 * offers one that can; nothing is refused without a reason.
 */
export function DocumentIdentity({ draft, onChange, id, onIdChange }: Props) {
  const t = useTranslations('Import');
  const tLang = useTranslations('Languages');
  const key = useId();
  const problem = idProblem(id);
  const fromTitle = suggestId(draft.title ?? {}, draft.languages);
  const suggestion = problem && problem.code !== 'empty' && problem.suggestion ? problem.suggestion : fromTitle;
  const idMessage = problem
    ? t(`idProblems.${problem.code}`, {
        suggestion,
        character: problem.code === 'character' ? problem.character : '',
      })
    : t('idHint');

  return (
    <fieldset className="document-identity">
      <legend>{t('titleLegend')}</legend>
      <p className="hint">{t('titleIntro')}</p>
      <div className="title-fields">
        {draft.languages.map((lang) => (
          <div className="field" key={lang}>
            <label htmlFor={`${key}-title-${lang}`}>{t('titleIn', { language: tLang(lang) })}</label>
            <input
              id={`${key}-title-${lang}`}
              lang={LANG_TAG[lang]}
              value={draft.title?.[lang] ?? ''}
              aria-invalid={lang === draft.sourceLang && !(draft.title?.[lang] ?? '').trim() ? true : undefined}
              onChange={(e) => {
                // Kept as typed (spaces included) while typing; setTitle tidies it on the way out.
                onChange({ ...draft, title: { ...draft.title, [lang]: e.target.value } });
              }}
              onBlur={(e) => {
                const result = setTitle(draft, lang, e.target.value);
                if (result.ok) onChange(result.draft);
              }}
            />
          </div>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${key}-id`}>{t('id')}</label>
        <input
          id={`${key}-id`}
          value={id}
          spellCheck={false}
          autoCapitalize="none"
          onChange={(e) => onIdChange(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${key}-id-hint`}
        />
        <p id={`${key}-id-hint`} className={problem ? 'field-error' : 'hint'} role={problem ? 'alert' : undefined}>
          {idMessage}
        </p>
        {problem && suggestion && suggestion !== id ? (
          <button type="button" className="small-button" onClick={() => onIdChange(suggestion)}>
            {t('useSuggestion', { suggestion })}
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
