import type { SegmentKind, Status } from '@/lib/content/model';
import { isLang, type Lang } from '@/lib/languages';
import { type DiffOp, diffWords, progress, type Progress } from '@/lib/review';
import type { Db } from '../db/connect';

export interface ReviewComment {
  author: string | null;
  body: string;
  at: string;
}

export interface ReviewTarget {
  text: string | null;
  status: Status;
  outdated: boolean;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
  textAuthorId: string | null;
}

export interface ReviewRow {
  segmentId: string;
  kind: SegmentKind;
  number: number;
  source: string;
  /** The source row's version, for an admin's source edit. */
  sourceVersion: number;
  target: ReviewTarget;
  /** The other target languages' texts, to keep Russian in view while editing Chinese. */
  others: { lang: Lang; text: string | null; status: Status }[];
  comments: ReviewComment[];
  /** The translator's note on this segment in this language. */
  note: string | null;
  /** For an outdated translation: how the source changed since it was written or checked. */
  sourceDiff: DiffOp[] | null;
}

export interface ReviewDocument {
  documentId: string;
  sourceLang: Lang;
  lang: Lang;
  languages: Lang[];
  rows: ReviewRow[];
  /** Progress of every target language, for the bars. */
  progress: Partial<Record<Lang, Progress>>;
}

/** One language of one document as the review workspace shows it; undefined when either is unknown. */
export async function getReviewDocument(db: Db, documentId: string, lang: Lang): Promise<ReviewDocument | undefined> {
  const doc = await db.selectFrom('documents').select(['id', 'source_lang']).where('id', '=', documentId).executeTakeFirst();
  if (!doc || !isLang(doc.source_lang)) return undefined;
  const sourceLang = doc.source_lang;
  const languages = (
    await db.selectFrom('document_languages').select('lang').where('document_id', '=', documentId).orderBy('position').execute()
  )
    .map((l) => l.lang)
    .filter(isLang);
  if (lang === sourceLang || !languages.includes(lang)) return undefined;

  const [segments, translations, comments, notes] = await Promise.all([
    db.selectFrom('segments').select(['id', 'kind']).where('document_id', '=', documentId).orderBy('position').execute(),
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
      .execute(),
    db
      .selectFrom('events')
      .leftJoin('user', 'user.id', 'events.actor')
      .select(['events.segment_id', 'events.lang', 'events.comment', 'events.created_at', 'user.name'])
      .where('events.document_id', '=', documentId)
      .where('events.comment', 'is not', null)
      .orderBy('events.id', 'desc')
      .execute(),
    db
      .selectFrom('segment_notes')
      .select(['segment_id', 'note'])
      .where('document_id', '=', documentId)
      .where('lang', '=', lang)
      .execute(),
  ]);

  // Indexed once: a book has thousands of segments, and a lookup per row must not scan them all.
  const noteBySegment = new Map(notes.map((n) => [n.segment_id, n.note]));
  const commentsBySegment = new Map<string, ReviewComment[]>();
  for (const c of comments) {
    if (c.lang !== lang || !c.comment) continue;
    const list = commentsBySegment.get(c.segment_id) ?? [];
    list.push({ author: c.name ?? null, body: c.comment, at: c.created_at });
    commentsBySegment.set(c.segment_id, list);
  }
  const byKey = new Map(translations.map((t) => [`${t.segment_id}\u0000${t.lang}`, t]));
  const targets = languages.filter((l) => l !== sourceLang);
  const statusesByLang = new Map<Lang, { status: Status; outdated: boolean }[]>(targets.map((l) => [l, []]));

  const rows = segments.map((segment, index): ReviewRow => {
    const source = byKey.get(`${segment.id}\u0000${sourceLang}`);
    const sourceText = source?.text ?? '';
    const stateOf = (l: Lang) => {
      const t = byKey.get(`${segment.id}\u0000${l}`);
      return t ? { row: t, status: t.status as Status, outdated: t.source_hash !== source?.source_hash } : undefined;
    };
    for (const l of targets) {
      const state = stateOf(l);
      if (state) statusesByLang.get(l)?.push({ status: state.status, outdated: state.outdated });
    }
    const own = stateOf(lang);
    return {
      segmentId: segment.id,
      kind: segment.kind as SegmentKind,
      number: index + 1,
      source: sourceText,
      sourceVersion: source?.version ?? 0,
      target: own
        ? {
            text: own.row.text,
            status: own.status,
            outdated: own.outdated,
            version: own.row.version,
            updatedAt: own.row.updated_at,
            updatedBy: own.row.updated_by_name ?? null,
            textAuthorId: own.row.text_author,
          }
        : { text: null, status: 'missing', outdated: false, version: 0, updatedAt: null, updatedBy: null, textAuthorId: null },
      others: targets
        .filter((l) => l !== lang)
        .map((l) => {
          const state = stateOf(l);
          return { lang: l, text: state?.row.text ?? null, status: state?.status ?? 'missing' };
        }),
      comments: commentsBySegment.get(segment.id) ?? [],
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
    progress: Object.fromEntries(targets.map((l) => [l, progress(statusesByLang.get(l) ?? [], segments.length)])),
  };
}

export interface HistoryEntry {
  id: number;
  action: string;
  actor: string | null;
  textBefore: string | null;
  textAfter: string | null;
  statusBefore: string;
  statusAfter: string;
  comment: string | null;
  createdAt: string;
  version: number;
  /** Whether this entry's text was checked against the source as it is now. */
  checkedAgainstCurrentSource: boolean;
}

/** Every event of one translation, newest first. */
export async function getHistory(db: Db, documentId: string, segmentId: string, lang: Lang): Promise<HistoryEntry[]> {
  const doc = await db.selectFrom('documents').select('source_lang').where('id', '=', documentId).executeTakeFirst();
  if (!doc) return [];
  const source = await db
    .selectFrom('translations')
    .select('source_hash')
    .where('document_id', '=', documentId)
    .where('segment_id', '=', segmentId)
    .where('lang', '=', doc.source_lang)
    .executeTakeFirst();
  const events = await db
    .selectFrom('events')
    .leftJoin('user', 'user.id', 'events.actor')
    .select([
      'events.id',
      'events.action',
      'user.name',
      'events.text_before',
      'events.text_after',
      'events.status_before',
      'events.status_after',
      'events.comment',
      'events.created_at',
      'events.version',
      'events.source_hash',
    ])
    .where('events.document_id', '=', documentId)
    .where('events.segment_id', '=', segmentId)
    .where('events.lang', '=', lang)
    .orderBy('events.id', 'desc')
    .execute();
  const checkedTexts = new Set(
    events.filter((e) => e.status_after === 'checked' && e.source_hash === source?.source_hash).map((e) => e.text_after),
  );
  return events.map((e) => ({
    id: Number(e.id),
    action: e.action,
    actor: e.name ?? null,
    textBefore: e.text_before,
    textAfter: e.text_after,
    statusBefore: e.status_before,
    statusAfter: e.status_after,
    comment: e.comment,
    createdAt: e.created_at,
    version: e.version,
    checkedAgainstCurrentSource: e.text_after !== null && checkedTexts.has(e.text_after),
  }));
}
