import type { SegmentKind, Status } from '@/lib/content/model';
import { isLang, type Lang } from '@/lib/languages';
import { type DiffOp, diffWords, foldForSearch, type Progress, type ReviewFilters } from '@/lib/review';
import { isResolved, type ThreadMessage } from '@/lib/review/conversation';
import type { Db, Executor } from '../db/connect';
import { loadThreads } from './conversations';
import { documentQa } from '../qa';
import { visibleDocument } from './documents';
import { documentProgress } from './progress';

/** A message of the conversation about a translation (see lib/review/conversation.ts). */
export type WorkspaceComment = ThreadMessage;

export interface WorkspaceTarget {
  text: string | null;
  status: Status;
  outdated: boolean;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  textAuthorId: string | null;
}

export interface WorkspaceRow {
  segmentId: string;
  kind: SegmentKind;
  number: number;
  source: string;
  /** The source row's version, for an admin's source edit. */
  sourceVersion: number;
  target: WorkspaceTarget;
  /** The other target languages' texts, to keep Russian in view while editing Chinese. */
  others: { lang: Lang; text: string | null; status: Status }[];
  /** The conversation about this translation, oldest first (empty for an anonymous viewer). */
  comments: ThreadMessage[];
  /** Whether that conversation is resolved. */
  resolved: boolean;
  /** The translator's note on this segment in this language. */
  note: string | null;
  /** For an outdated translation: how the source changed since it was written or checked. */
  sourceDiff: DiffOp[] | null;
}

export interface Workspace {
  documentId: string;
  sourceLang: Lang;
  lang: Lang;
  languages: Lang[];
  rows: WorkspaceRow[];
  /** Progress of every target language, for the bars (counted in SQL, as lib/review defines it). */
  progress: Partial<Record<Lang, Progress>>;
  /** Which rows these are: one page of the segments that pass the filters. */
  paging: WorkspacePaging;
}

export interface WorkspacePaging {
  /** 1-based. */
  page: number;
  pageSize: number;
  pages: number;
  /** Segments that pass the filters, and all segments. */
  matching: number;
  total: number;
}

export const WORKSPACE_PAGE_SIZE = 50;

/**
 * One language of one document as the review workspace shows it: the page `page` (1-based,
 * clamped) of the segments that pass `filters`, filtered on the server (see matchingSegments),
 * so a book costs what a page costs. Undefined when the document or language is unknown.
 * `people: false` (a reader without a session) leaves out what names people: who last changed a
 * text, who wrote it, and the comments. Texts, statuses and progress stay. `at`: the page that
 * holds this segment instead of `page`, where it passes the filters.
 */
export async function getWorkspace(
  db: Db,
  documentId: string,
  lang: Lang,
  filters: ReviewFilters = {},
  page = 1,
  pageSize = WORKSPACE_PAGE_SIZE,
  { people, at }: { people: boolean; at?: string } = { people: true },
): Promise<Workspace | undefined> {
  const doc = await visibleDocument(db, documentId);
  if (!doc || !isLang(doc.source_lang)) return undefined;
  const sourceLang = doc.source_lang;
  const languages = (
    await db.selectFrom('document_languages').select('lang').where('document_id', '=', documentId).orderBy('position').execute()
  )
    .map((l) => l.lang)
    .filter(isLang);
  if (lang === sourceLang || !languages.includes(lang)) return undefined;

  const matching = await matchingSegments(db, documentId, sourceLang, lang, filters);
  const pages = Math.max(1, Math.ceil(matching.ids.length / pageSize));
  // A link to one segment (from the inbox) lands on the page that holds it.
  const atIndex = at === undefined ? -1 : matching.ids.indexOf(at);
  const wanted = atIndex >= 0 ? Math.floor(atIndex / pageSize) + 1 : page;
  const current = Math.min(Math.max(1, Math.floor(wanted) || 1), pages);
  const ids = matching.ids.slice((current - 1) * pageSize, current * pageSize);
  const only = ids.length > 0 ? ids : ['\u0000none'];

  const [segments, translations, comments, notes, progress] = await Promise.all([
    db
      .selectFrom('segments')
      .select(['id', 'kind', 'position'])
      .where('document_id', '=', documentId)
      .where('id', 'in', only)
      .orderBy('position')
      .execute(),
    db
      .selectFrom('translations')
      .leftJoin('user', 'user.id', 'translations.updated_by')
      .leftJoin('source_texts', 'source_texts.hash', 'translations.source_hash')
      .select([
        'translations.segment_id',
        'translations.lang',
        'translations.text',
        'translations.status',
        'translations.source_hash',
        'translations.version',
        'translations.updated_at',
        'translations.text_author',
        'user.name as updated_by_name',
        'source_texts.text as source_then',
      ])
      .where('translations.document_id', '=', documentId)
      .where('translations.segment_id', 'in', only)
      .execute(),
    loadThreads(db, documentId, lang, ids),
    db
      .selectFrom('segment_notes')
      .select(['segment_id', 'note'])
      .where('document_id', '=', documentId)
      .where('segment_id', 'in', only)
      .where('lang', '=', lang)
      .execute(),
    documentProgress(db, documentId),
  ]);

  // Indexed once: a book has thousands of segments, and a lookup per row must not scan them all.
  const noteBySegment = new Map(notes.map((n) => [n.segment_id, n.note]));
  const byKey = new Map(translations.map((t) => [`${t.segment_id}\u0000${t.lang}`, t]));
  const targets = languages.filter((l) => l !== sourceLang);

  const rows = segments.map((segment): WorkspaceRow => {
    const source = byKey.get(`${segment.id}\u0000${sourceLang}`);
    const sourceText = source?.text ?? '';
    const stateOf = (l: Lang) => {
      const t = byKey.get(`${segment.id}\u0000${l}`);
      return t ? { row: t, status: t.status as Status, outdated: t.source_hash !== source?.source_hash } : undefined;
    };
    const own = stateOf(lang);
    return {
      segmentId: segment.id,
      kind: segment.kind as SegmentKind,
      number: segment.position + 1,
      source: sourceText,
      sourceVersion: source?.version ?? 0,
      target: own
        ? {
            text: own.row.text,
            status: own.status,
            outdated: own.outdated,
            version: own.row.version,
            updatedAt: own.row.updated_at,
            updatedBy: people ? (own.row.updated_by_name ?? null) : null,
            textAuthorId: people ? own.row.text_author : null,
          }
        : { text: null, status: 'missing', outdated: false, version: 0, updatedAt: null, updatedBy: null, textAuthorId: null },
      others: targets
        .filter((l) => l !== lang)
        .map((l) => {
          const state = stateOf(l);
          return { lang: l, text: state?.row.text ?? null, status: state?.status ?? 'missing' };
        }),
      comments: people ? (comments.get(segment.id) ?? []) : [],
      resolved: isResolved(comments.get(segment.id) ?? []),
      note: noteBySegment.get(segment.id) ?? null,
      sourceDiff: own?.outdated && own.row.source_then !== null ? diffWords(own.row.source_then, sourceText) : null,
    };
  });

  return {
    documentId,
    sourceLang,
    lang,
    languages,
    rows,
    progress,
    paging: { page: current, pageSize, pages, matching: matching.ids.length, total: matching.total },
  };
}

/** Folded texts per document revision and language, for search: folding 15,000 texts once, not per keystroke. */
const folded = new Map<string, Map<string, string>>();

async function foldedTexts(db: Executor, documentId: string, lang: Lang, sourceLang: Lang): Promise<Map<string, string>> {
  const revision = (await db.selectFrom('documents').select('revision').where('id', '=', documentId).executeTakeFirst())
    ?.revision;
  const key = `${documentId}\u0000${lang}\u0000${revision}`;
  const known = folded.get(key);
  if (known) return known;
  const rows = await db
    .selectFrom('translations')
    .select(['segment_id', 'lang', 'text'])
    .where('document_id', '=', documentId)
    .execute();
  const texts = new Map<string, string>();
  // Source, this language, then the others: what a reviewer may search in.
  for (const l of [sourceLang, lang]) {
    for (const r of rows)
      if (r.lang === l) texts.set(r.segment_id, `${texts.get(r.segment_id) ?? ''}\u0000${foldForSearch(r.text)}`);
  }
  for (const r of rows) {
    if (r.lang !== sourceLang && r.lang !== lang)
      texts.set(r.segment_id, `${texts.get(r.segment_id) ?? ''}\u0000${foldForSearch(r.text)}`);
  }
  if (folded.size > 16) folded.delete(folded.keys().next().value as string);
  folded.set(key, texts);
  return texts;
}

/**
 * The segments of one language of a document that pass the filters, in document order, and
 * how many segments there are. Status, outdated and comments are conditions in SQL; the text
 * search folds case, width, ё/е and accents as lib/review's foldForSearch does (over texts
 * folded once per revision); a failing quality check asks lib/qa's findings.
 */
export async function matchingSegments(
  db: Executor,
  documentId: string,
  sourceLang: Lang,
  lang: Lang,
  filters: ReviewFilters,
): Promise<{ ids: string[]; total: number }> {
  const total = Number(
    (
      await db
        .selectFrom('segments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('document_id', '=', documentId)
        .executeTakeFirstOrThrow()
    ).n,
  );
  let query = db
    .selectFrom('segments as seg')
    .leftJoin('translations as t', (join) =>
      join.onRef('t.document_id', '=', 'seg.document_id').onRef('t.segment_id', '=', 'seg.id').on('t.lang', '=', lang),
    )
    .leftJoin('translations as s', (join) =>
      join.onRef('s.document_id', '=', 'seg.document_id').onRef('s.segment_id', '=', 'seg.id').on('s.lang', '=', sourceLang),
    )
    .select('seg.id')
    .where('seg.document_id', '=', documentId)
    .orderBy('seg.position');
  if (filters.status === 'missing') query = query.where('t.status', 'is', null);
  else if (filters.status) query = query.where('t.status', '=', filters.status);
  if (filters.outdated) query = query.whereRef('t.source_hash', '<>', 's.source_hash');
  if (filters.comments) {
    query = query.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('events as e')
            .select('e.id')
            .whereRef('e.document_id', '=', 'seg.document_id')
            .whereRef('e.segment_id', '=', 'seg.id')
            .where('e.lang', '=', lang)
            .where('e.comment', 'is not', null),
        ),
        eb.exists(
          eb
            .selectFrom('comments as c')
            .select('c.id')
            .whereRef('c.document_id', '=', 'seg.document_id')
            .whereRef('c.segment_id', '=', 'seg.id')
            .where('c.lang', '=', lang),
        ),
      ]),
    );
  }
  let ids = (await query.execute()).map((r) => r.id);
  if (filters.q) {
    const needle = foldForSearch(filters.q);
    const texts = await foldedTexts(db, documentId, lang, sourceLang);
    ids = ids.filter((id) => texts.get(id)?.includes(needle));
  }
  if (filters.check) {
    const check = filters.check;
    const failing = new Set(
      (await documentQa(db, documentId, { lang }))
        .filter((qa) => qa.findings.some((f) => f.check === check && !f.dismissed))
        .map((qa) => qa.segmentId),
    );
    ids = ids.filter((id) => failing.has(id));
  }
  return { ids, total };
}
