'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { findTerm } from '@/lib/glossary/match';
import type { GlossaryEntry } from '@/lib/glossary/model';
import { LANG_TAG, LANGUAGES, type Lang } from '@/lib/languages';
import { useGlossary } from './useQaData';

interface Props {
  documentId: string;
  text: string;
  lang: Lang;
}

interface Piece {
  text: string;
  entry?: GlossaryEntry;
}

/** The text cut into plain runs and glossary terms; where terms overlap, the earlier and longer one wins. */
function pieces(text: string, lang: Lang, glossary: readonly GlossaryEntry[]): Piece[] {
  const hits = glossary
    .flatMap((entry) => (entry.terms[lang] ?? []).flatMap((term) => findTerm(text, term, lang).map((m) => ({ ...m, entry }))))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const result: Piece[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at) continue;
    if (hit.start > at) result.push({ text: text.slice(at, hit.start) });
    result.push({ text: text.slice(hit.start, hit.end), entry: hit.entry });
    at = hit.end;
  }
  if (at < text.length) result.push({ text: text.slice(at) });
  return result;
}

/** A source text with its glossary terms marked; hover or focus shows the renderings in the other languages. */
export function GlossaryText({ documentId, text, lang }: Props) {
  const t = useTranslations('Glossary');
  const tLang = useTranslations('Languages');
  const ids = useId();
  const { data: glossary } = useGlossary(documentId);
  if (!glossary?.length) return <>{text}</>;
  return (
    <>
      {pieces(text, lang, glossary).map((piece, i) =>
        piece.entry ? (
          <span key={i} className="glossary-term" tabIndex={0} aria-describedby={`${ids}-${i}`}>
            {piece.text}
            <span role="tooltip" id={`${ids}-${i}`} className="glossary-tip" lang={undefined}>
              {LANGUAGES.filter((l) => l !== lang && piece.entry?.terms[l]?.length).map((l) => (
                <span key={l} className="glossary-rendering">
                  {t('renderingIn', { language: tLang(l) })}
                  <span lang={LANG_TAG[l]}>{piece.entry?.terms[l]?.join(' / ')}</span>
                </span>
              ))}
              {piece.entry.forbidden && Object.values(piece.entry.forbidden).some((f) => f?.length) ? (
                <span className="glossary-rendering">
                  {t('notThese')} {LANGUAGES.flatMap((l) => piece.entry?.forbidden[l] ?? []).join(', ')}
                </span>
              ) : null}
              {piece.entry.note ? <span className="glossary-rendering">{piece.entry.note}</span> : null}
            </span>
          </span>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
