'use client';

import { useTranslations } from 'next-intl';
import type { DiffOp } from '@/lib/review';
import { DiffText } from './DiffText';

/** What changed in the source since the translation was last written or checked. */
export function SourceDiff({ ops, lang, label }: { ops: DiffOp[]; lang: string; label: string }) {
  const t = useTranslations('Review');
  return (
    <div className="source-diff">
      <p className="source-diff-label">{label}</p>
      <DiffText ops={ops} lang={lang} removed={t('diffRemoved')} added={t('diffAdded')} />
    </div>
  );
}
