import type { SegmentKind } from '@/lib/content/model';
import { isLang, type Lang } from '@/lib/languages';
import { aidsQuery, parseAids } from '@/lib/reader/aids';
import { cachedViewKey } from '@/lib/reader/cached-view';
import { parseColumns } from '@/lib/reader/columns';
import { pickRange, type ReaderRange, splitIntoRanges } from '@/lib/reader/ranges';
import type { Executor } from '../db/connect';
import { databaseEpoch } from '../settings';

/** A title or heading, for the table of contents: its text in each language that has it. */
export interface TocEntry {
  id: string;
  kind: SegmentKind;
  /** Its range (page), 0-based. */
  range: number;
  titles: Partial<Record<Lang, string>>;
}

/** Everything the reader needs to find its way in a document, without any page's text. */
export interface ReaderOutline {
  id: string;
  /** The database's identity (see databaseEpoch); with the revision it names what a cached page shows. */
  epoch: string;
  sourceLang: Lang;
  /** Source first, then targets in the document's order. */
  languages: Lang[];
  revision: number;
  segmentCount: number;
  ranges: ReaderRange[];
  toc: TocEntry[];
  /** Position of each segment by id, for links to a segment (`at=`). */
  positions: Map<string, number>;
}

/** Outlines of recent revisions: computing one reads every segment's size, a page should not. */
const outlines = new Map<string, ReaderOutline>();
const MAX_OUTLINES = 64;
/** Each open database's epoch, read once. */
const epochs = new WeakMap<object, Promise<string>>();

function epochOf(db: Executor): Promise<string> {
  let epoch = epochs.get(db);
  if (!epoch) {
    epoch = databaseEpoch(db);
    epochs.set(db, epoch);
  }
  return epoch;
}

/** A document's current revision, or undefined when there is no such document: one indexed read. */
export async function getDocumentRevision(db: Executor, id: string): Promise<number | undefined> {
  const row = await db.selectFrom('documents').select('revision').where('id', '=', id).executeTakeFirst();
  return row?.revision;
}

/** The document's outline at its current revision: ranges, table of contents, segment positions. */
export async function getReaderOutline(db: Executor, id: string): Promise<ReaderOutline | undefined> {
  const doc = await db
    .selectFrom('documents')
    .select(['id', 'source_lang', 'revision'])
    .where('id', '=', id)
    .where('importing_since', 'is', null)
    .executeTakeFirst();
  if (!doc || !isLang(doc.source_lang)) return undefined;
  const epoch = await epochOf(db);
  const key = `${epoch}\u0000${id}\u0000${doc.revision}`;
  const known = outlines.get(key);
  if (known) return known;

  const sourceLang = doc.source_lang;
  const [languages, segments] = await Promise.all([
    db.selectFrom('document_languages').select('lang').where('document_id', '=', id).orderBy('position').execute(),
    db
      .selectFrom('segments')
      .leftJoin('translations', (join) =>
        join.onRef('translations.document_id', '=', 'segments.document_id').onRef('translations.segment_id', '=', 'segments.id'),
      )
      .select([
        'segments.id',
        'segments.kind',
        'segments.position',
        (eb) => eb.fn.coalesce(eb.fn.sum<number>(eb.fn('length', ['translations.text'])), eb.lit(0)).as('size'),
      ])
      .where('segments.document_id', '=', id)
      .groupBy(['segments.id', 'segments.kind', 'segments.position'])
      .orderBy('segments.position')
      .execute(),
  ]);
  const sized = segments.map((s) => ({ id: s.id, kind: s.kind as SegmentKind, size: Number(s.size) }));
  const ranges = splitIntoRanges(sized);
  const positions = new Map(sized.map((s, i) => [s.id, i]));

  const headingIds = sized.filter((s) => s.kind === 'title' || s.kind === 'heading').map((s) => s.id);
  const headingTexts =
    headingIds.length === 0
      ? []
      : await db
          .selectFrom('translations')
          .select(['segment_id', 'lang', 'text'])
          .where('document_id', '=', id)
          .where('segment_id', 'in', headingIds)
          .execute();
  let range = 0;
  const toc = headingIds.map((headingId): TocEntry => {
    const position = positions.get(headingId) ?? 0;
    while ((ranges[range]?.end ?? Infinity) <= position) range += 1;
    const titles: Partial<Record<Lang, string>> = {};
    for (const t of headingTexts) if (t.segment_id === headingId && isLang(t.lang)) titles[t.lang] = t.text;
    return { id: headingId, kind: sized[position]?.kind ?? 'heading', range, titles };
  });

  const langs = languages.map((l) => l.lang).filter(isLang);
  const outline: ReaderOutline = {
    id,
    epoch,
    sourceLang,
    languages: [sourceLang, ...langs.filter((l) => l !== sourceLang)],
    revision: doc.revision,
    segmentCount: sized.length,
    ranges,
    toc,
    positions,
  };
  if (outlines.size >= MAX_OUTLINES) outlines.delete(outlines.keys().next().value as string);
  outlines.set(key, outline);
  return outline;
}

/**
 * Where the anonymous reader for this URL lives in Next's cache: the cached route's path for
 * the document's current revision and the view the query asks for (columns, status, the page
 * holding `at` or page `p`, the reading aids). Undefined for an unknown document (the per-request page answers
 * that with its not-found page).
 */
export async function cachedReaderPath(
  db: Executor,
  locale: string,
  id: string,
  query: URLSearchParams,
): Promise<{ path: string; query: URLSearchParams } | undefined> {
  const outline = await getReaderOutline(db, id);
  if (!outline) return undefined;
  const columns = parseColumns(query.getAll('cols'), outline.languages);
  const at = query.get('at');
  const index = pickRange(outline.ranges, at === null ? undefined : outline.positions.get(at), query.get('p') ?? undefined);
  const showStatus = query.get('status') === '1';
  const aids = parseAids({ py: query.get('py'), zh: query.get('zh'), stress: query.get('stress') });
  const key = cachedViewKey({ epoch: outline.epoch, revision: outline.revision, columns, showStatus, page: index + 1, aids });
  // The view's own query, in one spelling: the cached page keeps the URL it was first rendered
  // for, so it must not be whatever a first visitor happened to type (or a framework parameter).
  const canonical = new URLSearchParams({ cols: columns.join(',') });
  if (showStatus) canonical.set('status', '1');
  if (index > 0) canonical.set('p', String(index + 1));
  for (const [name, value] of Object.entries(aidsQuery(aids))) canonical.set(name, value);
  return { path: `/${locale}/cached-read/${encodeURIComponent(id)}/${key}`, query: canonical };
}
