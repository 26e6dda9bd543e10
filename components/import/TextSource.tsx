'use client';

import { useTranslations } from 'next-intl';
import { formatBytes, MAX_UPLOAD_FILE } from '@/lib/http/limits';
import { type ChangeEvent, useId, useState } from 'react';
import { languageMismatch } from '@/lib/import';
import { LANGUAGES, type Lang } from '@/lib/languages';

export interface TextInput {
  lang: Lang | '';
  text: string;
  /** The file the text was read from, to name it in messages. */
  name?: string;
}

interface Props {
  legend: string;
  value: TextInput;
  onChange: (value: TextInput) => void;
  optional?: boolean;
  error?: string | undefined;
  /** Sets this text's language to the one its script shows (the wizard swaps it with another text's). */
  onUseLanguage: (lang: Lang) => void;
}

/** One text of the import: its language, and its words pasted or read from a file. */
export function TextSource({ legend, value, onChange, optional = false, error, onUseLanguage }: Props) {
  const t = useTranslations('Import');
  const tLang = useTranslations('Languages');
  const id = useId();
  const [fileError, setFileError] = useState<string | null>(null);

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(null);
    if (!file) return;
    // Checked before reading: a file of any size is never loaded into the page.
    if (file.size > MAX_UPLOAD_FILE) {
      setFileError(t('errors.tooLarge', { file: file.name, size: formatBytes(MAX_UPLOAD_FILE) }));
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    // The same checks as the CLI: text only, UTF-8 only, nothing silently replaced.
    if (bytes.includes(0)) {
      setFileError(t('errors.binary', { file: file.name }));
      return;
    }
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      onChange({ ...value, text, name: file.name });
    } catch {
      setFileError(t('errors.notUtf8', { file: file.name }));
    }
  }

  const problem = fileError ?? error;
  // Checked as the person types or reads a file: Russian under "English" is caught before aligning.
  const detected = value.lang === '' ? undefined : languageMismatch(value.text, value.lang);
  return (
    <fieldset className="text-source">
      <legend>{legend}</legend>
      <label htmlFor={`${id}-lang`}>{t('language')}</label>
      <select id={`${id}-lang`} value={value.lang} onChange={(e) => onChange({ ...value, lang: e.target.value as Lang | '' })}>
        {optional ? <option value="">{t('none')}</option> : null}
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {tLang(lang)}
          </option>
        ))}
      </select>
      <div role="status" className={detected ? 'language-warning' : undefined}>
        {detected && value.lang !== '' ? (
          <>
            <p>{t('languageMismatch', { detected: tLang(detected), chosen: tLang(value.lang) })}</p>
            <button type="button" className="small-button" onClick={() => onUseLanguage(detected)}>
              {t('useLanguage', { language: tLang(detected) })}
            </button>
          </>
        ) : null}
      </div>
      <label htmlFor={`${id}-text`}>{t('text')}</label>
      <textarea
        id={`${id}-text`}
        rows={6}
        value={value.text}
        onChange={(e) => onChange({ ...value, text: e.target.value })}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
      />
      <label htmlFor={`${id}-file`}>{t('orFile')}</label>
      <input id={`${id}-file`} type="file" accept=".txt,text/plain" onChange={(e) => void readFile(e)} />
      {problem ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
