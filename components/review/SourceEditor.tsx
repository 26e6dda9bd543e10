'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { LANG_TAG, type Lang } from '@/lib/languages';
import { SOURCE_CHANGES, type SourceChange } from '@/lib/review';
import { type Outcome, ResultMessage } from './ResultMessage';
import { useCommand } from './useReviewData';

interface Props {
  documentId: string;
  segmentId: string;
  number: number;
  sourceLang: Lang;
  /** The language whose workspace is open (its cache is patched from the result). */
  lang: Lang;
  text: string;
  version: number;
  onDone: () => void;
}

/** An admin's source edit, which must say whether translations stay valid. */
export function SourceEditor({ documentId, segmentId, number, sourceLang, lang, text, version, onDone }: Props) {
  const t = useTranslations('Review');
  const id = useId();
  const command = useCommand(documentId, lang);
  const [value, setValue] = useState(text);
  const [change, setChange] = useState<SourceChange | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const save = () => {
    // The server would refuse it the same way; saying so here saves a round trip.
    if (change === null) return setOutcome({ ok: false, error: 'invalid', fieldErrors: { change: 'invalidChange' } });
    command.mutate(
      { command: { action: 'editSource', documentId, segmentId, lang: sourceLang, version, text: value, change } },
      {
        onSuccess: (result) => (result.ok ? onDone() : setOutcome(result)),
        onError: () => setOutcome('failed'),
      },
    );
  };
  return (
    <div className="source-editor">
      <label htmlFor={`${id}-text`}>{t('sourceEditor', { number })}</label>
      <textarea id={`${id}-text`} lang={LANG_TAG[sourceLang]} value={value} rows={4} onChange={(e) => setValue(e.target.value)} />
      <fieldset>
        <legend>{t('changeKind')}</legend>
        {SOURCE_CHANGES.map((kind) => (
          <label key={kind} className="inline">
            <input type="radio" name={`${id}-change`} checked={change === kind} onChange={() => setChange(kind)} /> {t(kind)}
          </label>
        ))}
      </fieldset>
      <ResultMessage outcome={outcome} />
      <div className="row-actions">
        <button type="button" className="small-button primary" disabled={command.isPending} onClick={save}>
          {t('saveSource')}
        </button>
        <button type="button" className="small-button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
