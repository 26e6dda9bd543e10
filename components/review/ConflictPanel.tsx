'use client';

import { useTranslations } from 'next-intl';
import { diffWords, type TranslationState } from '@/lib/review';
import { isolate } from '@/lib/text/rules';
import { DiffText } from './DiffText';

interface Props {
  mine: string;
  theirs: TranslationState;
  lang: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** A stale write, side by side: what is saved now (and by whom) against what this user wrote. */
export function ConflictPanel({ mine, theirs, lang, onKeepMine, onTakeTheirs }: Props) {
  const t = useTranslations('Review');
  const tStatus = useTranslations('Status');
  return (
    <section className="conflict" role="alert" aria-label={t('conflictTitle')}>
      <h3>{t('conflictTitle')}</h3>
      <p>{t('conflictBody', { name: theirs.updatedBy ? isolate(theirs.updatedBy.name) : '—', version: theirs.version })}</p>
      <div className="conflict-sides">
        <div>
          <h4>{t('theirs', { status: tStatus(theirs.status) })}</h4>
          <p lang={lang} data-testid="conflict-theirs">
            {theirs.text ?? '—'}
          </p>
        </div>
        <div>
          <h4>{t('mine')}</h4>
          <p lang={lang} data-testid="conflict-mine">
            {mine}
          </p>
        </div>
      </div>
      {theirs.text !== null && theirs.text !== mine ? (
        <div className="source-diff" data-testid="conflict-diff">
          <p className="source-diff-label">{t('conflictDiff')}</p>
          <DiffText ops={diffWords(theirs.text, mine)} lang={lang} removed={t('diffRemoved')} added={t('diffAdded')} />
        </div>
      ) : null}
      <div className="row-actions">
        <button type="button" className="small-button" onClick={onKeepMine}>
          {t('keepMine')}
        </button>
        <button type="button" className="small-button" onClick={onTakeTheirs}>
          {t('takeTheirs')}
        </button>
      </div>
    </section>
  );
}
