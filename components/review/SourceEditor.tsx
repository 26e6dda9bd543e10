'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { Lang } from '@/lib/languages';
import type { SourceChange } from '@/lib/review';
import { editSourceSegment } from '@/server/actions/review';
import { reviewKey } from './useReviewData';

interface Props {
  documentId: string;
  segmentId: string;
  number: number;
  sourceLang: Lang;
  langTag: string;
  /** The language whose workspace is open (its cache is refreshed after the edit). */
  lang: Lang;
  text: string;
  version: number;
  onDone: () => void;
}

/** An admin's source edit, which must say whether translations stay valid. */
export function SourceEditor({ documentId, segmentId, number, sourceLang, langTag, lang, text, version, onDone }: Props) {
  const t = useTranslations('Review');
  const tRefusal = useTranslations('Refusals');
  const id = useId();
  const queryClient = useQueryClient();
  const [value, setValue] = useState(text);
  const [change, setChange] = useState<SourceChange | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => editSourceSegment({ documentId, segmentId, lang: sourceLang, version, text: value, change }),
    onSuccess: async (result) => {
      if (result.ok) {
        await queryClient.invalidateQueries({ queryKey: reviewKey(documentId, lang) });
        onDone();
      } else if (result.error === 'refused') setProblem(tRefusal(result.reason));
      else if (result.error === 'conflict') setProblem(t('conflictTitle'));
      else if (result.error === 'invalid')
        setProblem(tRefusal(result.fieldErrors.change ? 'missing-source-change' : 'empty-text'));
      else setProblem(t('failed'));
    },
    onError: () => setProblem(t('failed')),
  });
  return (
    <div className="source-editor">
      <label htmlFor={`${id}-text`}>{t('sourceEditor', { number })}</label>
      <textarea id={`${id}-text`} lang={langTag} value={value} rows={4} onChange={(e) => setValue(e.target.value)} />
      <fieldset>
        <legend>{t('changeKind')}</legend>
        {(['cosmetic', 'meaning'] as const).map((kind) => (
          <label key={kind} className="inline">
            <input type="radio" name={`${id}-change`} checked={change === kind} onChange={() => setChange(kind)} /> {t(kind)}
          </label>
        ))}
      </fieldset>
      {problem ? (
        <p role="alert" className="form-error">
          {problem}
        </p>
      ) : null}
      <div className="row-actions">
        <button type="button" className="small-button primary" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
          {t('saveSource')}
        </button>
        <button type="button" className="small-button" onClick={onDone}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
