import { listDocumentDirs, loadDocumentDir } from '@/lib/content/load';
import type { ContentDocument } from '@/lib/content/model';
import { formatIssue } from '@/lib/content/validate';
import type { TranslationCommandInput } from '@/lib/review/commands';
import type { Lang } from '@/lib/languages';
import type { Actor, CommandResult, SourceChange } from '@/lib/review';
import { diffSegments, mergeOrder } from '@/lib/content/segment-diff';
import { baseKey, contentBaseOf, loadContentBase, loadContentNoteBase, recordContentBase } from '../content/base';
import { importContentDocument } from '../content/import';
import type { Db } from '../db/connect';
import {
  type AddedSegment,
  executeCommandsAtomically,
  SegmentsChangedMeanwhile,
  segmentIdsWithHistory,
  type StructureChange,
} from '../translations';
import { loadExchangeDocument } from '../queries/exchange';

export interface SyncOptions {
  dryRun: boolean;
  /** What a changed source text does to its translations. */
  sourceChange: SourceChange;
  /** For conflicts: keep the files' text (`file`), keep the database's (`db`), or list them (unset). */
  prefer?: 'file' | 'db';
  documentIds?: readonly string[];
}

export interface SyncConflict {
  segmentId: string;
  lang: Lang;
  /** What is in conflict: a text, a translator note, or a segment the files removed. */
  subject: 'text' | 'note' | 'segment';
  /**
   * `both-changed`: the file and the database changed it since the last sync; `never-synced`:
   * they differ and there is no record to tell which side changed; `removed-in-file`: the file
   * lacks a text the database has; `checked-removed`: the files removed a segment whose
   * translation in this language is checked.
   */
  reason: 'both-changed' | 'never-synced' | 'removed-in-file' | 'checked-removed';
}

export interface DocumentSync {
  documentId: string;
  /** A folder new to the database: imported whole. */
  created: boolean;
  /** Texts: new ones (of new segments too), changed, unchanged. */
  added: number;
  changed: number;
  unchanged: number;
  conflicting: SyncConflict[];
  /** Segments added, removed, moved, and kept whose kind (paragraph, heading…) changed. */
  segments: { added: number; removed: number; moved: number; kind: number };
  notesChanged: number;
  /** Why the document was left alone: invalid files, a reused segment id, a refused command. */
  problems: string[];
}

/**
 * Brings into the database what changed in content/ since the database last saw it (the base
 * recorded at seeding, export and sync). A new folder is imported; a changed target text
 * becomes a draft through the one write path, a changed source text is an `editSource` (its
 * translations outdated, or re-stamped when `sourceChange` is cosmetic). Segments added in the
 * files come in at their place with their texts as drafts, segments the files dropped are
 * removed (their texts kept in history), reordered segments take the files' order, and changed
 * translator notes apply. A text or note that changed in both the file and the database since
 * the base, or a removed segment with a checked translation, is a conflict: listed and skipped
 * unless `prefer` says which side wins. Each document is applied in one transaction.
 */
export async function syncContent(db: Db, actor: Actor | null, root: string, options: SyncOptions): Promise<DocumentSync[]> {
  const results: DocumentSync[] = [];
  for (const dir of await listDocumentDirs(root)) {
    const loaded = await loadDocumentDir(dir);
    const id = dir.split(/[\\/]/).pop() ?? dir;
    if (options.documentIds?.length && !options.documentIds.includes(id)) continue;
    const result: DocumentSync = {
      documentId: id,
      created: false,
      added: 0,
      changed: 0,
      unchanged: 0,
      conflicting: [],
      segments: { added: 0, removed: 0, moved: 0, kind: 0 },
      notesChanged: 0,
      problems: [],
    };
    results.push(result);
    if (!loaded.ok) {
      result.problems.push(...loaded.errors.map(formatIssue));
      continue;
    }
    await syncDocument(db, actor, loaded.document, options, result);
  }
  return results;
}

async function syncDocument(db: Db, actor: Actor | null, file: ContentDocument, options: SyncOptions, result: DocumentSync) {
  const current = await loadExchangeDocument(db, file.id);
  if (!current) {
    result.created = true;
    result.added = contentBaseOf(file).texts.length;
    result.segments.added = file.segments.length;
    if (options.dryRun) return;
    await importContentDocument(db, file, { actor: actor?.id ?? null });
    await recordContentBase(db, file.id, contentBaseOf(file));
    return;
  }
  const langs = file.languages.filter((l) => current.languages.includes(l));
  const dbIds = current.segments.map((s) => s.id);
  const diff = diffSegments(
    dbIds,
    file.segments.map((s) => s.id),
  );
  const reused = await segmentIdsWithHistory(db, file.id, diff.added);
  if (reused.length > 0) {
    result.problems.push(
      `segment ${reused.join(', ')} was removed before and its history keeps the id: give the new segment another id`,
    );
    return;
  }
  const base = await loadContentBase(db, file.id);
  const noteBase = await loadContentNoteBase(db, file.id);
  const synced = base.size > 0;
  const newBase = new Map(base);
  const newNoteBase = new Map(noteBase);

  // Segments the files removed: gone, unless a checked translation makes it a conflict.
  const removed: string[] = [];
  const staying = new Set<string>();
  for (const segment of current.segments.filter((s) => diff.removed.includes(s.id))) {
    for (const lang of current.languages) {
      newBase.delete(baseKey(segment.id, lang));
      newNoteBase.delete(baseKey(segment.id, lang));
    }
    const checked = current.languages.filter((l) => segment.translations[l]?.status === 'checked');
    if (checked.length > 0 && options.prefer !== 'file') {
      staying.add(segment.id);
      if (options.prefer === undefined) {
        for (const lang of checked)
          result.conflicting.push({ segmentId: segment.id, lang, subject: 'segment', reason: 'checked-removed' });
      }
      continue;
    }
    removed.push(segment.id);
  }

  const added: AddedSegment[] = file.segments
    .filter((s) => diff.added.includes(s.id))
    .map((s) => {
      const texts: AddedSegment['texts'] = {};
      const notes: AddedSegment['notes'] = {};
      for (const lang of langs) {
        const text = file.texts[lang]?.[s.id];
        if (text !== undefined) {
          texts[lang] = text;
          newBase.set(baseKey(s.id, lang), text);
        }
        const note = s.notes[lang];
        if (note !== undefined) {
          notes[lang] = note;
          newNoteBase.set(baseKey(s.id, lang), note);
        }
      }
      return { id: s.id, kind: s.kind, texts, notes };
    });
  const kinds = current.segments.flatMap((s) => {
    const kind = file.segments.find((f) => f.id === s.id)?.kind;
    return kind !== undefined && kind !== s.kind ? [{ segmentId: s.id, kind }] : [];
  });
  result.segments = { added: added.length, removed: removed.length, moved: diff.moved.length, kind: kinds.length };
  result.added += added.reduce((n, s) => n + Object.keys(s.texts).length, 0);

  const fileSegments = new Map(file.segments.map((s) => [s.id, s]));
  const notes: StructureChange['notes'][number][] = [];
  const sourceCommands: TranslationCommandInput[] = [];
  const targetCommands: TranslationCommandInput[] = [];
  for (const segment of current.segments) {
    const inFileSegment = fileSegments.get(segment.id);
    if (!inFileSegment) continue;
    for (const lang of langs) {
      const key = baseKey(segment.id, lang);
      const note = syncNote(inFileSegment.notes[lang], segment.notes[lang], noteBase.get(key), synced, options.prefer);
      if (note.conflict) result.conflicting.push({ segmentId: segment.id, lang, subject: 'note', reason: note.conflict });
      if (note.base === undefined) newNoteBase.delete(key);
      else newNoteBase.set(key, note.base);
      if (note.apply) {
        notes.push({ segmentId: segment.id, lang, note: note.apply.note });
        result.notesChanged += 1;
      }

      const inFile = file.texts[lang]?.[segment.id];
      const inDb = segment.translations[lang];
      const was = base.get(key);
      if ((synced && inFile === was) || inFile === inDb?.text) {
        result.unchanged += 1;
        if (inFile !== undefined) newBase.set(key, inFile);
        continue;
      }
      const dbUnchanged = synced && inDb?.text === was;
      let take = dbUnchanged;
      if (!dbUnchanged || inFile === undefined) {
        const reason = inFile === undefined ? 'removed-in-file' : synced ? 'both-changed' : 'never-synced';
        if (options.prefer === 'db' || (inFile === undefined && options.prefer !== undefined)) {
          if (inDb) newBase.set(key, inDb.text);
          result.unchanged += 1;
          continue;
        }
        if (options.prefer !== 'file') {
          result.conflicting.push({ segmentId: segment.id, lang, subject: 'text', reason });
          continue;
        }
        take = true;
      }
      if (!take || inFile === undefined) continue;
      const target = { documentId: file.id, segmentId: segment.id, lang, version: inDb?.version ?? 0, text: inFile };
      if (lang === current.sourceLang) sourceCommands.push({ action: 'editSource', change: options.sourceChange, ...target });
      else targetCommands.push({ action: 'edit', ...target });
      if (inDb) result.changed += 1;
      else result.added += 1;
      newBase.set(key, inFile);
    }
  }
  if (options.dryRun) return;
  const structure: StructureChange = {
    documentId: file.id,
    before: dbIds,
    order: mergeOrder(
      dbIds,
      file.segments.map((s) => s.id),
      staying,
    ),
    added,
    removed,
    moved: diff.moved,
    kinds,
    notes,
  };
  // Structure first, then sources: a translation edited in the same sync is then stamped with the new source.
  const outcome = await executeCommandsAtomically(
    db,
    actor,
    await withFreshVersions(db, file.id, sourceCommands, targetCommands),
    { structure },
  ).catch((error: unknown) => {
    if (error instanceof SegmentsChangedMeanwhile) return { ok: false as const, problem: error.message };
    throw error;
  });
  if (!outcome.ok) {
    result.problems.push(`nothing applied: ${'problem' in outcome ? outcome.problem : describe(outcome.result)}`);
    result.added = 0;
    result.changed = 0;
    result.segments = { added: 0, removed: 0, moved: 0, kind: 0 };
    result.notesChanged = 0;
    return;
  }
  const unkey = (key: string) => {
    const [segmentId = '', lang = ''] = key.split('\u0000');
    return { segmentId, lang };
  };
  await db.transaction().execute((trx) =>
    recordContentBase(trx, file.id, {
      texts: [...newBase].map(([key, text]) => ({ ...unkey(key), text })),
      notes: [...newNoteBase].map(([key, note]) => ({ ...unkey(key), note })),
    }),
  );
}

/**
 * A translator note, three-way like a text: what to write (`apply`, null removes the note),
 * what the base becomes, and the conflict when both sides changed it since the base.
 */
function syncNote(
  inFile: string | undefined,
  inDb: string | undefined,
  was: string | undefined,
  synced: boolean,
  prefer: SyncOptions['prefer'],
): { apply?: { note: string | null }; base: string | undefined; conflict?: 'both-changed' | 'never-synced' } {
  if (inFile === inDb) return { base: inFile };
  if (synced && inFile === was) return { base: was };
  if ((synced && inDb === was) || prefer === 'file') return { apply: { note: inFile ?? null }, base: inFile };
  if (prefer === 'db') return { base: inDb };
  return { base: was, conflict: synced ? 'both-changed' : 'never-synced' };
}

/** What a document's sync did (or, in a dry run, would do), as lines for a person: counts, then each conflict and problem. */
export function syncReport(r: DocumentSync): string[] {
  const texts = `${r.added} added, ${r.changed} changed, ${r.unchanged} unchanged, ${r.conflicting.length} conflicting`;
  const { added, removed, moved, kind } = r.segments;
  const lines = [
    `${r.documentId}: ${r.created ? 'new document, ' : ''}${texts}; segments: ${added} added, ${removed} removed, ${moved} moved, ${kind} changed in kind; notes: ${r.notesChanged} changed`,
  ];
  for (const c of r.conflicting) {
    const what = c.subject === 'note' ? `the note of ${c.segmentId} [${c.lang}]` : `${c.segmentId} [${c.lang}]`;
    const why =
      c.reason === 'both-changed'
        ? 'changed in the file and in the database'
        : c.reason === 'never-synced'
          ? 'differs, and the database has no record of the files to tell which side changed'
          : c.reason === 'checked-removed'
            ? 'the segment was removed from the files but this translation is checked'
            : 'removed from the file but kept in the database';
    lines.push(`  conflicting ${what}: ${why}; skipped (--prefer file|db to choose)`);
  }
  for (const p of r.problems) lines.push(`  not synced: ${p}`);
  return lines;
}

/**
 * A meaning change of a source re-stamps nothing but a cosmetic one bumps the versions of the
 * translations it re-stamps: target commands are given the versions as they will be then.
 */
async function withFreshVersions(
  db: Db,
  documentId: string,
  sources: TranslationCommandInput[],
  targets: TranslationCommandInput[],
): Promise<TranslationCommandInput[]> {
  if (sources.length === 0) return targets;
  const restamped = new Set(sources.map((c) => c.segmentId));
  const rows = await db
    .selectFrom('translations')
    .select(['segment_id', 'lang', 'version'])
    .where('document_id', '=', documentId)
    .execute();
  const versions = new Map(rows.map((r) => [baseKey(r.segment_id, r.lang), r.version]));
  const cosmetic = sources.some((c) => c.action === 'editSource' && c.change === 'cosmetic');
  return [
    ...sources,
    ...targets.map((c) =>
      cosmetic && restamped.has(c.segmentId) && c.version > 0
        ? { ...c, version: (versions.get(baseKey(c.segmentId, c.lang)) ?? c.version) + 1 }
        : c,
    ),
  ];
}

function describe(result: Exclude<CommandResult, { ok: true }>): string {
  switch (result.error) {
    case 'refused':
      return `refused (${result.reason})`;
    case 'conflict':
      return `segment ${result.current.segmentId} [${result.current.lang}] changed meanwhile; run sync again`;
    case 'not-found':
      return `${result.what} not found`;
    case 'busy':
      return `the database is busy; run sync again in ${result.retryAfter} s`;
    case 'invalid':
      return `invalid (${Object.entries(result.fieldErrors)
        .map(([f, k]) => `${f}: ${k}`)
        .join(', ')})`;
  }
}
