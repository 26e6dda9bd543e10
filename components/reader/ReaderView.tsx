import './reader.css';
import './aids.css';
import './comfort.css';
import './print.css';
import { getLocale, getTranslations } from 'next-intl/server';
import type { CSSProperties } from 'react';
import { Link } from '@/i18n/navigation';
import { isLang, LANG_TAG, type Lang } from '@/lib/languages';
import type { Actor } from '@/lib/review';
import type { ReaderDocument, ReaderPage } from '@/server/queries';
import type { TextAids } from './AidedText';
import { ColumnPicker } from './ColumnPicker';
import { PlaceKeeper } from './PlaceKeeper';
import { RangeNav } from './RangeNav';
import { ReaderKeys } from './ReaderKeys';
import { ReaderShortcuts } from './ReaderShortcuts';
import { ReadingPlace } from './ReadingPlace';
import { type ReaderQaFlags, SegmentRow } from './SegmentRow';
import { SentenceHighlighter } from './SentenceHighlighter';
import { SentenceInterleave } from './SentenceInterleave';
import { StatusLegend } from './StatusLegend';
import { WordLookup } from './lookup/WordLookup';
import type { LookupStrings } from './lookup/types';

/** The look-up popover's words; `{word}` stays in for the popover to fill. */
async function lookupStrings(): Promise<LookupStrings> {
  const t = await getTranslations('Lookup');
  const tLang = await getTranslations('Languages');
  return {
    label: t.raw('label') as string,
    close: t('close'),
    loading: t('loading'),
    notFound: t.raw('notFound') as string,
    failed: t('failed'),
    missingChinese: t('missingChinese'),
    missingRussian: t('missingRussian'),
    viaEnglish: t('viaEnglish'),
    source: t('source'),
    hint: t('hint'),
    languages: { en: tLang('en'), zh: tLang('zh'), ru: tLang('ru') },
  };
}
import { ViewSettings } from './ViewSettings';

interface Props {
  document: ReaderDocument;
  page: ReaderPage;
  columns: Lang[];
  showStatus: boolean;
  reviewer?: Actor | null;
  allowSelfCheck?: boolean;
  /** Quality flags per segment and language, when a reviewer asked for them (`qa=1`). */
  qaFlags?: ReaderQaFlags | null;
  /** The reading aids of the view, and whether stress marks can be offered. */
  aids: TextAids & { stressOffered: boolean };
}

/**
 * The parallel reader: one grid row per segment, so a paragraph starts at the same height in
 * every column; a long document in pages (ranges) with a table of contents. Everything here
 * renders on the server and works without JavaScript; the view (columns, status, page) lives
 * in the URL.
 */
export async function ReaderView({
  document,
  page,
  columns,
  showStatus,
  reviewer = null,
  allowSelfCheck = false,
  qaFlags = null,
  aids,
}: Props) {
  const t = await getTranslations('Reader');
  const tComfort = await getTranslations('ReaderComfort');
  const tLang = await getTranslations('Languages');
  const locale = await getLocale();
  const uiTag = isLang(locale) ? LANG_TAG[locale] : locale;
  const state = { columns, showStatus, qa: qaFlags !== null, page: page.index + 1, aids: aids.options };

  return (
    <div className="reader" style={{ '--cols': columns.length } as CSSProperties} data-pinyin={aids.options.pinyin}>
      <div className="reader-bar">
        <Link href="/" className="back">
          {t('allDocuments')}
        </Link>
        <ViewSettings columns={columns} reviewer={reviewer !== null} />
      </div>
      <RangeNav documentId={document.id} page={page} state={state} place="top" />
      {showStatus ? <StatusLegend /> : null}
      <ColumnPicker
        documentId={document.id}
        available={document.languages}
        state={state}
        statusToggle={reviewer === null}
        qaToggle={reviewer !== null}
        stressOffered={aids.stressOffered}
      />
      <SentenceHighlighter />
      <SentenceInterleave />
      <WordLookup strings={await lookupStrings()} ui={isLang(locale) ? locale : 'en'} />
      <PlaceKeeper />
      <ReadingPlace documentId={document.id} columns={columns} />
      <ReaderKeys
        uiLang={uiTag}
        hiddenLabels={Object.fromEntries(columns.map((lang) => [lang, tComfort('hiddenText', { language: tLang(lang) })]))}
      />
      <ReaderShortcuts />
      <div className="segments" role="region" aria-label={t('segmentsLabel')}>
        {document.segments.map((segment, index) => (
          <SegmentRow
            key={segment.id}
            documentId={document.id}
            reviewer={reviewer}
            allowSelfCheck={allowSelfCheck}
            segment={segment}
            number={page.start + index + 1}
            columns={columns}
            sourceLang={document.sourceLang}
            showStatus={showStatus}
            qaFlags={qaFlags?.get(segment.id) ?? (qaFlags ? new Map() : null)}
            aids={aids}
          />
        ))}
      </div>
      <RangeNav documentId={document.id} page={page} state={state} place="bottom" />
    </div>
  );
}
