'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { LANG_TAG, type Lang } from '@/lib/languages';
import type { WorkspaceRow } from '@/server/queries';
import { GlossaryText } from './GlossaryText';
import { SourceDiff } from './SourceDiff';
import { SourceEditor } from './SourceEditor';

interface Props {
  row: WorkspaceRow;
  documentId: string;
  sourceLang: Lang;
  /** The workspace's language, whose cache the source edit patches. */
  lang: Lang;
  canEditSource: boolean;
}

/** The source of a row, what changed in it since the translation was written, and an admin's editor. */
export function RowSource({ row, documentId, sourceLang, lang, canEditSource }: Props) {
  const t = useTranslations('Review');
  const tLang = useTranslations('Languages');
  const [editing, setEditing] = useState(false);
  return (
    <div className="review-source" lang={LANG_TAG[sourceLang]}>
      <p className="column-label" lang={undefined}>
        {tLang(sourceLang)}
      </p>
      {editing ? (
        <SourceEditor
          documentId={documentId}
          segmentId={row.segmentId}
          number={row.number}
          sourceLang={sourceLang}
          lang={lang}
          text={row.source}
          version={row.sourceVersion}
          onDone={() => setEditing(false)}
        />
      ) : (
        <p>
          <GlossaryText documentId={documentId} text={row.source} lang={sourceLang} />
        </p>
      )}
      {row.sourceDiff ? <SourceDiff ops={row.sourceDiff} lang={LANG_TAG[sourceLang]} label={t('sourceChanged')} /> : null}
      {canEditSource && !editing ? (
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {t('editSource')}
        </button>
      ) : null}
    </div>
  );
}
