import type { SegmentKind, Status } from '@/lib/content/model';
import { isLang, type Lang } from '@/lib/languages';
import { type DiffOp, diffWords, type Progress } from '@/lib/review';
import type { Db } from '../db/connect';
import { documentProgress } from './progress';

/** A comment left with an event (a rejection's reason, a note on a check or reopen). */
export interface WorkspaceComment {
  /** The event kind it came with (`reject`, `check`, ...). */
  action: string;
  author: string | null;
  body: string;
  at: string;
}

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
  comments: WorkspaceComment[];
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
}

/**
 * One language of one document as the review workspace shows it; undefined when either is unknown.
 * `people: false` (a reader without a session) leaves out what names people: who last changed a
 * text, who wrote it, and the comments. Texts, statuses and progress stay.
 */
export async function getWorkspace(
  db: Db,
  documentId: string,
  lang: Lang,
  { people }: { people: boolean } = { people: true },
): Promise<Workspace | undefined> {
  const doc = await db
    .selectFrom('documents')
    .select(['id', 'source_lang'])
    .where('id', '=', documentId)
    .where('importing_since', 'is', null)
    .executeTakeFirst();
  if (!doc || !isLang(doc.source_lang)) return undefined;
  const sourceLang = doc.source_lang;
  const languages = (
    await db.selectFrom('document_languages').select('lang').where('document_id', '=', documentId).orderBy('position').execute()
  )
    .map((l) => l.lang)
    .filter(isLang);
  if (lang === sourceLang || !languages.includes(lang)) return undefined;

  const [segments, translations, comments, notes, progress] = await Promise.all([
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
      .select(['events.segment_id', 'events.lang', 'events.action', 'events.comment', 'events.created_at', 'user.name'])
      .where('events.document_id', '=', documentId)
      .where('events.comment', 'is not', null)
      .where('events.lang', '=', lang)
      .orderBy('events.id', 'desc')
      .execute(),
    db
      .selectFrom('segment_notes')
      .select(['segment_id', 'note'])
      .where('document_id', '=', documentId)
      .where('lang', '=', lang)
      .execute(),
    documentProgress(db, documentId),
  ]);

  // Indexed once: a book has thousands of segments, and a lookup per row must not scan them all.
  const noteBySegment = new Map(notes.map((n) => [n.segment_id, n.note]));
  const commentsBySegment = new Map<string, WorkspaceComment[]>();
  for (const c of comments) {
    if (c.lang !== lang || !c.comment) continue;
    const list = commentsBySegment.get(c.segment_id) ?? [];
    list.push({ action: c.action, author: c.name ?? null, body: c.comment, at: c.created_at });
    commentsBySegment.set(c.segment_id, list);
  }
  const byKey = new Map(translations.map((t) => [`${t.segment_id}\u0000${t.lang}`, t]));
  const targets = languages.filter((l) => l !== sourceLang);

  const rows = segments.map((segment, index): WorkspaceRow => {
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
      comments: people ? (commentsBySegment.get(segment.id) ?? []) : [],
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
  };
}
