import { sourceHash } from '@/lib/content/hash';
import type { ContentDocument } from '@/lib/content/model';
import type { Lang } from '@/lib/languages';
import { checkedTranslations } from '../db/current-source';
import type { Db, Executor } from '../db/connect';
import { insertMany } from '../db/insert-many';
import type { Database } from '../db/schema';
import { sentenceLinkRows } from './sentences';

export interface ImportOptions {
  /** Who the events name; `null` for the system (first-start seeding). */
  actor: string | null;
  now?: Date;
  /** Rows per transaction of a chunked import (tests make it small). */
  chunkRows?: number;
  /** Pause between chunks, so that another process's writer gets the lock (ms). */
  yieldMs?: number;
  /** Told the rows written so far and the total, after each chunk (once for a small document). */
  onProgress?: (written: number, total: number) => void;
  /**
   * Stops the import at the next chunk boundary: what was written is removed and the promise
   * rejects with the signal's reason. Nothing of the document ever becomes visible.
   */
  signal?: AbortSignal;
}

export class DocumentExistsError extends Error {
  constructor(
    readonly documentId: string,
    /** `deleted`: no document has the id now, but a deleted one's history still names it. */
    readonly reason: 'exists' | 'deleted' = 'exists',
  ) {
    super(
      reason === 'deleted'
        ? `The id "${documentId}" belonged to a deleted document whose history is kept; choose another id`
        : `A document with id "${documentId}" already exists`,
    );
    this.name = 'DocumentExistsError';
  }
}

/**
 * Rows per transaction. A chunk of this size commits in a few tens of milliseconds here, so a
 * writer that waits for the lock during a book-length import waits about that long.
 */
export const CHUNK_ROWS = 2_000;
/** An import whose latest chunk is older than this was killed: its rows may be removed. */
export const STALE_IMPORT_MS = 10 * 60 * 1000;

type Batch = { [T in keyof Database]: { table: T; rows: Database[T][] } }[keyof Database];

/** What an import did beyond writing the document's own texts. */
export interface ImportResult {
  /** Missing or empty translations filled in from translation memory (as drafts). */
  preTranslated: number;
}

/** Where a pre-translation came from: a checked translation of the same source text elsewhere. */
interface MemoryOrigin {
  text: string;
  documentId: string;
  segmentId: string;
}

/** Source hashes looked up per query (well under every database's limit on parameters). */
const MEMORY_LOOKUP_BATCH = 500;

/**
 * Pre-translations for a document about to be imported: for each target text that is missing
 * or empty, a checked translation into that language, in another document, of exactly the same
 * source text (checked against that very source, so it is not outdated). Keyed by language and
 * segment. Reads only; the import writes them as drafts with their origin in the event.
 */
async function memoryPreTranslations(db: Executor, doc: ContentDocument): Promise<Map<string, MemoryOrigin>> {
  const sources = doc.texts[doc.sourceLang] ?? {};
  const targets = doc.languages.filter((lang) => lang !== doc.sourceLang);
  const wanted: { lang: Lang; segmentId: string; hash: string }[] = [];
  for (const segment of doc.segments) {
    const source = sources[segment.id];
    if (source === undefined || source.trim() === '') continue;
    for (const lang of targets) {
      const text = doc.texts[lang]?.[segment.id];
      if (text === undefined || text.trim() === '') wanted.push({ lang, segmentId: segment.id, hash: sourceHash(source) });
    }
  }
  const found = new Map<string, MemoryOrigin>();
  if (wanted.length === 0) return found;
  const hashes = [...new Set(wanted.map((w) => w.hash))];
  const byHashLang = new Map<string, MemoryOrigin>();
  for (let i = 0; i < hashes.length; i += MEMORY_LOOKUP_BATCH) {
    const rows = await checkedTranslations(db, doc.sourceLang)
      .select(['t.text', 't.lang', 't.source_hash', 't.document_id', 't.segment_id'])
      .where('t.source_hash', 'in', hashes.slice(i, i + MEMORY_LOOKUP_BATCH))
      .where('t.lang', 'in', targets)
      .where('t.document_id', '!=', doc.id)
      // The same choice every time: the first document by id, then the first segment.
      .orderBy('t.document_id')
      .orderBy('t.segment_id')
      .execute();
    for (const row of rows) {
      const key = `${row.source_hash}\u0000${row.lang}`;
      if (row.text.trim() !== '' && !byHashLang.has(key)) {
        byHashLang.set(key, { text: row.text, documentId: row.document_id, segmentId: row.segment_id });
      }
    }
  }
  for (const w of wanted) {
    const origin = byHashLang.get(`${w.hash}\u0000${w.lang}`);
    if (origin) found.set(`${w.lang}\u0000${w.segmentId}`, origin);
  }
  return found;
}

/** The comment of a pre-translation's import event: where the text came from. */
export function memoryComment(origin: { documentId: string; segmentId: string }): string {
  return `Pre-translated from translation memory: ${origin.documentId}, segment ${origin.segmentId}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Writes one validated document: the document, its languages, segments, notes, every text and
 * one `import` event per text. Targets come in as `draft` (nobody has reviewed them) unless the
 * folder's review.json, written by export, says otherwise: then status, who set it, the source
 * hash it was checked against and a rejection's comment are restored as they were.
 *
 * A target text that is missing or empty, whose source text has a checked translation in
 * another document, comes in as that translation (a `draft`, its event's comment naming the
 * document and segment it came from): a pre-translation from translation memory.
 *
 * Everything is computed before the first write. A small document is written in one
 * transaction. A large one is written in chunks of CHUNK_ROWS rows, each its own short
 * transaction with a pause after it, so the app's writers are never locked out for long; the
 * document stays hidden (`importing_since` set) until the last chunk, and is removed whole if the
 * import fails. Either all of it becomes visible or none.
 */
export async function importContentDocument(db: Db, doc: ContentDocument, options: ImportOptions): Promise<ImportResult> {
  const now = (options.now ?? new Date()).toISOString();
  const chunkRows = options.chunkRows ?? CHUNK_ROWS;
  const memory = await memoryPreTranslations(db, doc);
  const batches = documentRows(withPreTranslations(doc, memory), options.actor, now, memory);
  const total = batches.reduce((n, b) => n + b.rows.length, 0);
  const result = { preTranslated: memory.size };
  options.signal?.throwIfAborted();

  if (total <= chunkRows) {
    await db.transaction().execute(async (trx) => {
      await claimId(trx, doc, now, false);
      for (const batch of batches) await writeBatch(trx, batch);
    });
    options.onProgress?.(total, total);
    return result;
  }

  await db.transaction().execute((trx) => claimId(trx, doc, now, true));
  let written = 0;
  try {
    for (const batch of batches) {
      for (let i = 0; i < batch.rows.length; i += chunkRows) {
        options.signal?.throwIfAborted();
        const rows = batch.rows.slice(i, i + chunkRows);
        await db.transaction().execute(async (trx) => {
          await writeBatch(trx, { table: batch.table, rows } as Batch);
          await trx
            .updateTable('documents')
            .set({ importing_since: new Date().toISOString() })
            .where('id', '=', doc.id)
            .execute();
        });
        written += rows.length;
        options.onProgress?.(written, total);
        await sleep(options.yieldMs ?? 15);
      }
    }
    options.signal?.throwIfAborted();
    await db.updateTable('documents').set({ importing_since: null }).where('id', '=', doc.id).execute();
    return result;
  } catch (error) {
    await removeImport(db, doc.id).catch((cleanup: unknown) => {
      console.warn(`triglot: could not remove the unfinished import of ${doc.id}: ${String(cleanup)}`);
    });
    throw error;
  }
}

/** Takes the document id (removing a killed import of the same id first); the document is hidden while `hidden`. */
async function claimId(trx: Executor, doc: ContentDocument, now: string, hidden: boolean): Promise<void> {
  const existing = await trx.selectFrom('documents').select(['id', 'importing_since']).where('id', '=', doc.id).executeTakeFirst();
  if (existing) {
    const stale = existing.importing_since && Date.parse(existing.importing_since) < Date.parse(now) - STALE_IMPORT_MS;
    if (!stale) throw new DocumentExistsError(doc.id);
    await removeImport(trx, doc.id);
  } else if (await trx.selectFrom('events').select('id').where('document_id', '=', doc.id).limit(1).executeTakeFirst()) {
    // A deleted document's history (events are append-only) keeps its id: a new document must
    // not inherit that history, nor the reader pages cached for the old revisions of the id.
    throw new DocumentExistsError(doc.id, 'deleted');
  }
  try {
    await trx
      .insertInto('documents')
      .values({ id: doc.id, source_lang: doc.sourceLang, created_at: now, importing_since: hidden ? now : null })
      .execute();
  } catch (error) {
    // Another server imported the same id at the same moment (PostgreSQL lets both look first).
    if (isUniqueViolation(error)) throw new DocumentExistsError(doc.id);
    throw error;
  }
  await trx
    .insertInto('document_languages')
    .values(doc.languages.map((lang, position) => ({ document_id: doc.id, lang, position })))
    .execute();
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Removes a document that is still being imported, with its events (allowed only while it is
 * hidden: history starts when a document becomes visible). Source texts are shared by hash and
 * stay.
 */
export async function removeImport(db: Executor, documentId: string): Promise<void> {
  const run = async (trx: Executor) => {
    const doc = await trx.selectFrom('documents').select('importing_since').where('id', '=', documentId).executeTakeFirst();
    if (!doc?.importing_since) return;
    await trx.deleteFrom('events').where('document_id', '=', documentId).execute();
    await trx.deleteFrom('sentence_links').where('document_id', '=', documentId).execute();
    await trx.deleteFrom('documents').where('id', '=', documentId).execute();
  };
  if (db.isTransaction) await run(db);
  else await (db as Db).transaction().execute(run);
}

/** Removes imports killed half-way (their latest chunk is older than STALE_IMPORT_MS). Run at start. */
export async function removeStaleImports(db: Db, now = new Date()): Promise<string[]> {
  const before = new Date(now.getTime() - STALE_IMPORT_MS).toISOString();
  const stale = await db
    .selectFrom('documents')
    .select('id')
    .where('importing_since', 'is not', null)
    .where('importing_since', '<', before)
    .execute();
  for (const { id } of stale) await removeImport(db, id);
  return stale.map((d) => d.id);
}

async function writeBatch(trx: Executor, batch: Batch): Promise<void> {
  if (batch.table === 'source_texts') {
    for (let i = 0; i < batch.rows.length; i += 10_000) {
      await trx
        .insertInto('source_texts')
        .values(batch.rows.slice(i, i + 10_000))
        .onConflict((oc) => oc.column('hash').doNothing())
        .execute();
    }
    return;
  }
  await insertMany(trx, batch.table, batch.rows as never);
}

/** The document with its pre-translations in place of the missing or empty texts. */
function withPreTranslations(doc: ContentDocument, memory: Map<string, MemoryOrigin>): ContentDocument {
  if (memory.size === 0) return doc;
  const texts = { ...doc.texts };
  for (const [key, origin] of memory) {
    const [lang, segmentId] = key.split('\u0000') as [Lang, string];
    texts[lang] = { ...texts[lang], [segmentId]: origin.text };
  }
  return { ...doc, texts };
}

/** Every row of a document, in the order they are written (segments before what refers to them). */
function documentRows(doc: ContentDocument, actor: string | null, now: string, memory: Map<string, MemoryOrigin>): Batch[] {
  const sourceTexts = doc.texts[doc.sourceLang] ?? {};
  const texts = doc.languages.flatMap((lang) =>
    doc.segments.flatMap((segment) => {
      const text = doc.texts[lang]?.[segment.id];
      const hash = sourceHash(sourceTexts[segment.id] ?? '');
      const origin = memory.get(`${lang}\u0000${segment.id}`);
      // A pre-translation is a new draft, whatever review.json said of the empty text it replaces.
      const review = lang === doc.sourceLang || origin ? undefined : doc.review?.[lang]?.[segment.id];
      return text === undefined
        ? []
        : [
            {
              segment_id: segment.id,
              lang,
              text,
              hash: review?.sourceHash ?? hash,
              status: review?.status ?? 'draft',
              by: review?.by ?? actor,
              comment: origin ? memoryComment(origin) : review?.status === 'rejected' ? (review.comment ?? null) : null,
            },
          ];
    }),
  );
  const sources = [...new Map(texts.filter((r) => r.lang === doc.sourceLang).map((r) => [r.hash, r.text])).entries()];
  return [
    {
      table: 'segments',
      rows: doc.segments.map((s, position) => ({ document_id: doc.id, id: s.id, position, kind: s.kind })),
    },
    {
      table: 'segment_notes',
      rows: doc.segments.flatMap((s) =>
        Object.entries(s.notes).map(([lang, note]) => ({ document_id: doc.id, segment_id: s.id, lang, note: note ?? '' })),
      ),
    },
    {
      table: 'translations',
      rows: texts.map((r) => ({
        document_id: doc.id,
        segment_id: r.segment_id,
        lang: r.lang,
        text: r.text,
        status: r.status,
        source_hash: r.hash,
        version: 1,
        updated_at: now,
        updated_by: r.by,
        text_author: actor,
      })),
    },
    {
      table: 'events',
      rows: texts.map((r) => ({
        document_id: doc.id,
        segment_id: r.segment_id,
        lang: r.lang,
        actor,
        action: 'import',
        text_before: null,
        text_after: r.text,
        status_before: 'missing',
        status_after: r.status,
        source_hash: r.hash,
        version: 1,
        created_at: now,
        comment: r.comment,
      })) as unknown as Database['events'][],
    },
    // Computed from the texts in hand, before any transaction: nothing written needs reading back.
    { table: 'sentence_links', rows: sentenceLinkRows(doc) },
    { table: 'source_texts', rows: sources.map(([hash, text]) => ({ hash, text })) },
  ];
}
