import './reader.css';
import { getTranslations } from 'next-intl/server';
import type { CSSProperties } from 'react';
import { Link } from '@/i18n/navigation';
import type { Lang } from '@/lib/languages';
import type { Actor } from '@/lib/review';
import type { ReaderDocument } from '@/server/queries';
import { ColumnPicker } from './ColumnPicker';
import { SegmentRow } from './SegmentRow';
import { PlaceKeeper } from './PlaceKeeper';
import { SentenceHighlighter } from './SentenceHighlighter';
import { StatusLegend } from './StatusLegend';

interface Props {
  document: ReaderDocument;
  columns: Lang[];
  showStatus: boolean;
  reviewer?: Actor | null;
  allowSelfCheck?: boolean;
}

/**
 * The parallel reader: one grid row per segment, so a paragraph starts at the same height in
 * every column. Everything here renders on the server and works without JavaScript; the view
 * (columns, status) lives in the URL.
 */
export async function ReaderView({ document, columns, showStatus, reviewer = null, allowSelfCheck = false }: Props) {
  const t = await getTranslations('Reader');
  const state = { columns, showStatus };

  return (
    <div className="reader" style={{ '--cols': columns.length } as CSSProperties}>
      <div className="reader-bar">
        <Link href="/" className="back">
          {t('allDocuments')}
        </Link>
      </div>
      {showStatus ? <StatusLegend /> : null}
      <ColumnPicker documentId={document.id} available={document.languages} state={state} statusToggle={reviewer === null} />
      <SentenceHighlighter />
      <PlaceKeeper />
      <div className="segments" role="region" aria-label={t('segmentsLabel')}>
        {document.segments.map((segment, index) => (
          <SegmentRow
            key={segment.id}
            documentId={document.id}
            reviewer={reviewer}
            allowSelfCheck={allowSelfCheck}
            segment={segment}
            number={index + 1}
            columns={columns}
            sourceLang={document.sourceLang}
            showStatus={showStatus}
          />
        ))}
      </div>
    </div>
  );
}
