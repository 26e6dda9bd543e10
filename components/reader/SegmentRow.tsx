import { getLocale, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { sentencePieces } from '@/lib/reader/sentences';
import { LANG_TAG, type Lang, isLang } from '@/lib/languages';
import type { ReaderSegment } from '@/server/queries';
import type { Actor } from '@/lib/review';
import type { Finding } from '@/lib/qa';
import { LazyCellReviewControls as CellReviewControls } from './LazyCellReviewControls';
import { CopyLinkButton } from './CopyLinkButton';
import { StatusBadges } from './StatusBadges';
import { AidedText, shownTag, type TextAids } from './AidedText';

interface Props {
  documentId: string;
  segment: ReaderSegment;
  number: number;
  columns: Lang[];
  sourceLang: Lang;
  showStatus: boolean;
  /** A signed-in reviewer (or admin): cells get check and reject controls. */
  reviewer: Actor | null;
  allowSelfCheck: boolean;
  /** The failing (not dismissed) checks of this segment's translations, when the reviewer asked for them. */
  qaFlags?: Map<string, Finding[]> | null;
  /** Pinyin, Traditional characters, stress marks, soft hyphens. */
  aids: TextAids;
}

/**
 * The text cut into sentence spans. Each span names, in data-src, the source sentences it
 * renders (its own index in the source column), which is all the highlighter needs. Without
 * links (unknown alignment) the text stays whole.
 */
function Sentences({
  text,
  lang,
  links,
  isSource,
  aids,
}: {
  text: string;
  lang: Lang;
  links: number[][] | undefined;
  isSource: boolean;
  aids: TextAids;
}) {
  if (!isSource && !links) return <AidedText text={text} lang={lang} aids={aids} />;
  return (
    <>
      {sentencePieces(text, lang).map((piece, i) =>
        piece.sentence === null ? (
          piece.text
        ) : (
          <span key={i} className="sentence" data-src={(isSource ? [piece.sentence] : (links?.[piece.sentence] ?? [])).join(' ')}>
            <AidedText text={piece.text} lang={lang} aids={aids} />
          </span>
        ),
      )}
    </>
  );
}

/** Failing quality checks per segment id, then per language. */
export type ReaderQaFlags = Map<string, Map<string, Finding[]>>;

/** A cell's failing checks: severity and the one-line reason in the UI language (the Qa messages). */
async function QaFlags({ findings, uiTag }: { findings: Finding[]; uiTag: string }) {
  const t = await getTranslations('Qa');
  const tReader = await getTranslations('Reader');
  const tLang = await getTranslations('Languages');
  // The other language is named in the UI language; everything else is text from the translation.
  const values = (f: Finding) => {
    const lang = f.values.lang;
    return lang !== undefined && isLang(lang) ? { ...f.values, lang: tLang(lang) } : f.values;
  };
  return (
    <ul className="qa-flags" lang={uiTag} aria-label={tReader('qaFlags')}>
      {findings.map((f, i) => (
        <li key={`${f.check}-${f.key}-${i}`} className="qa-flag" data-severity={f.severity} data-check={f.check}>
          <span className="qa-flag-severity">{t(`severity.${f.severity}`)}</span> {t(`messages.${f.key}`, values(f))}
        </li>
      ))}
    </ul>
  );
}

function SegmentText({ kind, children }: { kind: ReaderSegment['kind']; children: ReactNode }) {
  if (kind === 'title') return <h1 className="segment-text">{children}</h1>;
  if (kind === 'heading') return <h2 className="segment-text">{children}</h2>;
  return <p className="segment-text">{children}</p>;
}

/** One segment across the chosen columns; its id is the segment's linkable anchor. */
export async function SegmentRow({
  documentId,
  segment,
  number,
  columns,
  sourceLang,
  showStatus,
  reviewer,
  allowSelfCheck,
  qaFlags = null,
  aids,
}: Props) {
  const t = await getTranslations('Reader');
  const tLang = await getTranslations('Languages');
  const locale = await getLocale();
  const uiTag = isLang(locale) ? LANG_TAG[locale] : locale;

  return (
    // The row is the one tab stop of its segment; its links and buttons are reached from it
    // (components/reader/ReaderKeys.tsx).
    <div id={`s-${segment.id}`} className="segment-row" data-kind={segment.kind} data-segment-row tabIndex={0}>
      <CopyLinkButton anchor={`s-${segment.id}`} label={t('copyLink', { number })} copied={t('copied', { number })} />
      {columns.map((lang) => {
        const cell = segment.cells[lang] ?? { status: 'missing' as const };
        return (
          <div
            key={lang}
            className="cell"
            data-lang={lang}
            data-status={cell.status}
            lang={cell.status === 'missing' ? uiTag : shownTag(lang, aids, LANG_TAG[lang])}
          >
            <span className="cell-label" lang={uiTag}>
              {tLang(lang)}
            </span>
            {showStatus ? <StatusBadges cell={cell} isSource={lang === sourceLang} /> : null}
            {cell.status === 'missing' ? (
              <p className="missing">{t('missing', { language: tLang(lang) })}</p>
            ) : (
              <SegmentText kind={segment.kind}>
                <Sentences text={cell.text} lang={lang} links={cell.sentenceLinks} isSource={lang === sourceLang} aids={aids} />
              </SegmentText>
            )}
            {qaFlags && qaFlags.get(lang)?.length ? <QaFlags findings={qaFlags.get(lang) ?? []} uiTag={uiTag} /> : null}
            {reviewer && lang !== sourceLang && cell.status !== 'missing' ? (
              <CellReviewControls
                documentId={documentId}
                segmentId={segment.id}
                number={number}
                lang={lang}
                language={tLang(lang)}
                version={cell.version}
                status={cell.status}
                outdated={cell.outdated}
                textAuthorId={cell.textAuthorId}
                viewer={reviewer}
                allowSelfCheck={allowSelfCheck}
              />
            ) : null}
            {cell.note ? (
              <details className="note" lang="en">
                <summary lang={uiTag}>{t('note')}</summary>
                <p>{cell.note}</p>
              </details>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
