import { sourceHash } from '@/lib/content/hash';
import { createContentResolver } from '@/lib/content/resolve';
import type { SegmentKind, Status } from '@/lib/content/model';
import { isLang, type Lang } from '@/lib/languages';
import type { Progress } from '@/lib/review';
import type { Db, Executor } from '../db/connect';
import { progressByDocument } from './progress';

export interface DocumentSummary {
  id: string;
  sourceLang: Lang;
  /** Source first, then targets in the document's order. */
  languages: Lang[];
  /** The title segment's text by language (missing where untranslated). */
  titles: Partial<Record<Lang, string>>;
  segmentCount: number;
  /** Progress of every target language. */
  progress: Partial<Record<Lang, Progress>>;
}

/** A document's id and source language, unless there is none or it is still being imported (hidden). */
export async function visibleDocument(db: Executor, id: string): Promise<{ id: string; source_lang: string } | undefined> {
  return db
    .selectFrom('documents')
    .select(['id', 'source_lang'])
    .where('id', '=', id)
    .where('importing_since', 'is', null)
    .executeTakeFirst();
}

function linksOrNothing(links: number[][] | undefined): { sentenceLinks?: number[][] } {
  return links ? { sentenceLinks: links } : {};
}

function toLang(value: string): Lang {
  if (!isLang(value)) throw new Error(`Unknown language "${value}" in the database`);
  return value;
}

/** Every document with its title per language and its progress per target language. */
export async function listDocuments(db: Db): Promise<DocumentSummary[]> {
  const [documents, languages, titles, progress] = await Promise.all([
    db
      .selectFrom('documents')
      .leftJoin('segments', 'segments.document_id', 'documents.id')
      .select(['documents.id', 'documents.source_lang', (eb) => eb.fn.count<number>('segments.id').as('segment_count')])
      .where('documents.importing_since', 'is', null)
      .groupBy(['documents.id', 'documents.source_lang'])
      .orderBy('documents.id')
      .execute(),
    db.selectFrom('document_languages').select(['document_id', 'lang']).orderBy('document_id').orderBy('position').execute(),
    documentTitles(db),
    progressByDocument(db),
  ]);
  return documents.map((doc) => {
    const sourceLang = toLang(doc.source_lang);
    const langs = languages.filter((l) => l.document_id === doc.id).map((l) => toLang(l.lang));
    return {
      id: doc.id,
      sourceLang,
      languages: [sourceLang, ...langs.filter((l) => l !== sourceLang)],
      titles: titles.get(doc.id) ?? {},
      segmentCount: Number(doc.segment_count),
      progress: progress.get(doc.id) ?? {},
    };
  });
}

/** The first title segment's text per language, per document (one or all). */
async function documentTitles(db: Db, documentId?: string): Promise<Map<string, Partial<Record<Lang, string>>>> {
  let query = db
    .selectFrom('translations')
    .innerJoin('segments', (join) =>
      join.onRef('segments.document_id', '=', 'translations.document_id').onRef('segments.id', '=', 'translations.segment_id'),
    )
    .where('segments.kind', '=', 'title')
    .select(['translations.document_id', 'translations.lang', 'translations.text', 'segments.position'])
    .orderBy('segments.position');
  if (documentId !== undefined) query = query.where('translations.document_id', '=', documentId);
  const titles = new Map<string, Partial<Record<Lang, string>>>();
  for (const t of await query.execute()) {
    if (!isLang(t.lang)) continue;
    const perLang = titles.get(t.document_id) ?? {};
    perLang[t.lang] ??= t.text;
    titles.set(t.document_id, perLang);
  }
  return titles;
}

/**
 * A document's title in the UI language where translated, else in its source language, else
 * its id; undefined when there is no such document.
 */
export async function getDocumentTitle(db: Db, documentId: string, locale: string): Promise<string | undefined> {
  const doc = await db
    .selectFrom('documents')
    .select(['id', 'source_lang'])
    .where('id', '=', documentId)
    .where('importing_since', 'is', null)
    .executeTakeFirst();
  if (!doc) return undefined;
  const titles = (await documentTitles(db, documentId)).get(documentId) ?? {};
  return (
    (isLang(locale) ? titles[locale] : undefined) ?? (isLang(doc.source_lang) ? titles[doc.source_lang] : undefined) ?? doc.id
  );
}

export type ReaderCell =
  | {
      status: Exclude<Status, 'missing'>;
      text: string;
      outdated: boolean;
      version: number;
      /** Who wrote the text (a reviewer may not check their own). */
      textAuthorId: string | null;
      /** For a translation: per sentence, the source sentences it renders (absent when unknown). */
      sentenceLinks?: number[][];
      note?: string;
    }
  | { status: 'missing'; note?: string };

export interface ReaderSegment {
  id: string;
  kind: SegmentKind;
  cells: Partial<Record<Lang, ReaderCell>>;
}

export interface ReaderDocument {
  id: string;
  sourceLang: Lang;
  /** Source first, then targets in the document's order. */
  languages: Lang[];
  segments: ReaderSegment[];
}

/**
 * A document as the reader shows it: the segments of one range (all when `range` is omitted),
 * each with a cell per language. Rows are read by segment position, so a page of a book costs
 * what a page costs, not what the book does.
 */
export async function getReaderDocument(
  db: Db,
  id: string,
  range?: { start: number; end: number },
): Promise<ReaderDocument | undefined> {
  const doc = await visibleDocument(db, id);
  if (!doc) return undefined;
  const sourceLang = toLang(doc.source_lang);
  const segmentIds = db
    .selectFrom('segments')
    .select('segments.id')
    .where('segments.document_id', '=', id)
    .$if(range !== undefined, (q) =>
      q.where('segments.position', '>=', range?.start ?? 0).where('segments.position', '<', range?.end ?? 0),
    );
  const [languages, segments, translations, notes, links] = await Promise.all([
    db.selectFrom('document_languages').select('lang').where('document_id', '=', id).orderBy('position').execute(),
    segmentIds.select('kind').orderBy('position').execute(),
    db
      .selectFrom('translations')
      .select(['segment_id', 'lang', 'text', 'status', 'source_hash', 'version', 'text_author'])
      .where('document_id', '=', id)
      .$if(range !== undefined, (q) => q.where('segment_id', 'in', segmentIds))
      .execute(),
    db
      .selectFrom('segment_notes')
      .select(['segment_id', 'lang', 'note'])
      .where('document_id', '=', id)
      .$if(range !== undefined, (q) => q.where('segment_id', 'in', segmentIds))
      .execute(),
    db
      .selectFrom('sentence_links')
      .select(['segment_id', 'lang', 'source_hash', 'text_hash', 'links'])
      .where('document_id', '=', id)
      .$if(range !== undefined, (q) => q.where('segment_id', 'in', segmentIds))
      .execute(),
  ]);
  const noteByKey = new Map(notes.map((n) => [`${n.segment_id}\u0000${n.lang}`, n.note]));
  const linksByKey = new Map(links.map((l) => [`${l.segment_id}\u0000${l.lang}`, l]));
  /** Stored links, if they were computed from exactly these texts. */
  const freshLinks = (segmentId: string, lang: Lang, text: string, source: string | undefined): number[][] | undefined => {
    const stored = linksByKey.get(`${segmentId}\u0000${lang}`);
    if (!stored || source === undefined || stored.source_hash !== sourceHash(source) || stored.text_hash !== sourceHash(text))
      return undefined;
    return JSON.parse(stored.links) as number[][];
  };

  const texts: Partial<Record<Lang, Record<string, string>>> = {};
  const rows = new Map<string, (typeof translations)[number]>();
  for (const t of translations) {
    const lang = toLang(t.lang);
    (texts[lang] ??= {})[t.segment_id] = t.text;
    rows.set(`${t.segment_id}\u0000${lang}`, t);
  }
  // i18next resolves the texts as any i18next app would load content/<doc>/; a language that
  // lacks a segment resolves to the source (fallback), which the reader shows as missing.
  const resolver = createContentResolver(id, texts, [sourceLang]);
  const langs = languages.map((l) => toLang(l.lang));

  return {
    id: doc.id,
    sourceLang,
    languages: [sourceLang, ...langs.filter((l) => l !== sourceLang)],
    segments: segments.map((segment) => {
      const sourceRow = rows.get(`${segment.id}\u0000${sourceLang}`);
      const cells: ReaderSegment['cells'] = {};
      for (const lang of langs) {
        const note = noteByKey.get(`${segment.id}\u0000${lang}`);
        const resolved = resolver.resolve(segment.id, lang);
        const row = rows.get(`${segment.id}\u0000${lang}`);
        cells[lang] =
          !resolved || resolved.fallback || !row
            ? { status: 'missing', ...(note ? { note } : {}) }
            : {
                status: row.status as Exclude<Status, 'missing'>,
                text: resolved.text,
                outdated: lang !== sourceLang && row.source_hash !== sourceRow?.source_hash,
                version: row.version,
                textAuthorId: row.text_author,
                ...(lang === sourceLang ? {} : linksOrNothing(freshLinks(segment.id, lang, resolved.text, sourceRow?.text))),
                ...(note ? { note } : {}),
              };
      }
      return { id: segment.id, kind: segment.kind as SegmentKind, cells };
    }),
  };
}
