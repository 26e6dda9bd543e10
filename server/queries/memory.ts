import { sql } from 'kysely';
import { splitSentences } from '@/lib/align';
import { sourceHash } from '@/lib/content/hash';
import { isLang, type Lang } from '@/lib/languages';
import { type MatchScore, rankSuggestions } from '@/lib/tm/score';
import {
  bestSentenceMatch,
  containsPattern,
  linkedTranslation,
  type SentenceCandidate,
  sentenceAnchors,
} from '@/lib/tm/sentences';
import { checkedTranslations, currentSources } from '../db/current-source';
import type { Db } from '../db/connect';

export interface MemorySuggestion {
  /** The checked translation to insert. */
  text: string;
  /** The source it translated, to compare with this one. */
  source: string;
  documentId: string;
  segmentId: string;
  match: MatchScore;
  /** A sentence match: which sentence of this segment's source it covers (1-based) of how many. */
  sentence?: { number: number; count: number };
}

/** How many stored translations are scored for one request at most: the cost of a lookup stays bounded. */
const CANDIDATES = 500;

/**
 * Translation memory: checked translations into `lang` of sources in the same language,
 * from this document and every other, ranked against this segment's source: exact matches
 * first, then fuzzy ones (token edit distance) at 50 % or more. The database narrows the
 * candidates by source length before any are scored.
 */
export async function listMemorySuggestions(
  db: Db,
  documentId: string,
  segmentId: string,
  lang: Lang,
): Promise<MemorySuggestion[] | undefined> {
  const segments = await listSegmentSuggestions(db, documentId, segmentId, lang);
  if (!segments) return undefined;
  const sentences = await listSentenceSuggestions(db, documentId, segmentId, lang);
  // A one-sentence segment's sentence match is often the segment match again: shown once.
  const shown = new Set(segments.map((s) => s.text));
  return [...segments, ...(sentences ?? []).filter((s) => !shown.has(s.text))];
}

async function currentSource(db: Db, documentId: string, segmentId: string) {
  return currentSources(db)
    .select(['s.text', 'd.source_lang'])
    .where('g.document_id', '=', documentId)
    .where('g.id', '=', segmentId)
    .executeTakeFirst();
}

/** The segment-level suggestions: whole checked translations of the same or a similar source. */
export async function listSegmentSuggestions(
  db: Db,
  documentId: string,
  segmentId: string,
  lang: Lang,
): Promise<MemorySuggestion[] | undefined> {
  const current = await currentSource(db, documentId, segmentId);
  if (!current || current.source_lang === lang) return undefined;
  const length = current.text.length;
  // A checked text only counts while it still renders its source.
  const rows = await checkedTranslations(db, current.source_lang)
    .select(['t.text', 's.text as source', 't.document_id', 't.segment_id'])
    .where('t.lang', '=', lang)
    .where((eb) => eb.or([eb('t.document_id', '!=', documentId), eb('t.segment_id', '!=', segmentId)]))
    .where(sql<boolean>`length(s.text) between ${Math.floor(length / 2)} and ${length * 2}`)
    .orderBy(sql`abs(length(s.text) - ${length})`)
    .limit(CANDIDATES)
    .execute();
  return rankSuggestions(current.text, rows, (r) => r.source).map(({ item, match }) => ({
    text: item.text,
    source: item.source,
    documentId: item.document_id,
    segmentId: item.segment_id,
    match,
  }));
}

/** How many sentences of one source are looked up, and how many stored translations are scored for each. */
const SENTENCES = 8;
const SENTENCE_CANDIDATES = 60;

/**
 * Sentence-level suggestions: for each sentence of this segment's source (the first eight),
 * the best sentence of a checked translation elsewhere whose source sentence is the same or
 * similar (60 % or more), with the target sentences the stored sentence links give for it.
 * The database narrows the candidates to sources that contain either end of the sentence;
 * links count only while they were computed for the current source and text.
 */
export async function listSentenceSuggestions(
  db: Db,
  documentId: string,
  segmentId: string,
  lang: Lang,
): Promise<MemorySuggestion[] | undefined> {
  const current = await currentSource(db, documentId, segmentId);
  if (!current || current.source_lang === lang || !isLang(current.source_lang)) return undefined;
  const sourceLang = current.source_lang;
  const wanted = splitSentences(current.text, sourceLang);
  const suggestions: MemorySuggestion[] = [];
  for (const [index, sentence] of wanted.slice(0, SENTENCES).entries()) {
    const anchors = sentenceAnchors(sentence);
    const rows = await checkedTranslations(db, sourceLang)
      .innerJoin('sentence_links as l', (join) =>
        join
          .onRef('l.document_id', '=', 't.document_id')
          .onRef('l.segment_id', '=', 't.segment_id')
          .onRef('l.lang', '=', 't.lang'),
      )
      .select([
        't.text',
        's.text as source',
        't.document_id',
        't.segment_id',
        'l.links',
        'l.source_hash as links_source',
        'l.text_hash as links_text',
      ])
      .where('t.lang', '=', lang)
      .where((eb) => eb.or([eb('t.document_id', '!=', documentId), eb('t.segment_id', '!=', segmentId)]))
      .where((eb) => eb.or(anchors.map((a) => sql<boolean>`${eb.ref('s.text')} like ${containsPattern(a)} escape '\\'`)))
      .limit(SENTENCE_CANDIDATES)
      .execute();
    const candidates: SentenceCandidate<(typeof rows)[number]>[] = rows.flatMap((row) => {
      // The same whole source is the segment match; stale links would cut the wrong sentences.
      if (row.source === current.text || row.links_source !== sourceHash(row.source) || row.links_text !== sourceHash(row.text)) {
        return [];
      }
      const links = parseLinks(row.links);
      if (!links) return [];
      const sources = splitSentences(row.source, sourceLang);
      const targets = splitSentences(row.text, lang);
      return [{ item: row, sources, translations: sources.map((_, j) => linkedTranslation(targets, links, j, lang)) }];
    });
    const best = bestSentenceMatch(sentence, candidates);
    if (!best) continue;
    suggestions.push({
      text: best.text,
      source: best.source,
      documentId: best.item.document_id,
      segmentId: best.item.segment_id,
      match: best.match,
      sentence: { number: index + 1, count: wanted.length },
    });
  }
  return suggestions;
}

function parseLinks(json: string): number[][] | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((l) => Array.isArray(l) && l.every((n) => Number.isInteger(n)))
      ? (value as number[][])
      : undefined;
  } catch {
    return undefined;
  }
}
