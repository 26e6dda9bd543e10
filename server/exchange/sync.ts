import { listDocumentDirs, loadDocumentDir } from '@/lib/content/load';
import type { ContentDocument } from '@/lib/content/model';
import { formatIssue } from '@/lib/content/validate';
import type { TranslationCommandInput } from '@/lib/review/commands';
import type { Lang } from '@/lib/languages';
import type { Actor, CommandResult, SourceChange } from '@/lib/review';
import { baseKey, type BaseText, loadContentBase, recordContentBase } from '../content/base';
import { importContentDocument } from '../content/import';
import { contentTexts } from '../content/seed';
import type { Db } from '../db/connect';
import { executeCommandsAtomically } from '../translations';
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
  reason: 'both-changed' | 'never-synced' | 'removed-in-file';
}

export interface DocumentSync {
  documentId: string;
  /** A folder new to the database: imported whole. */
  created: boolean;
  added: number;
  changed: number;
  unchanged: number;
  conflicting: SyncConflict[];
  /** Why the document was left alone: invalid files, segments that differ, a refused command. */
  problems: string[];
}

/**
 * Brings into the database what changed in content/ since the database last saw it (the base
 * recorded at seeding, export and sync). A new folder is imported; a changed target text
 * becomes a draft through the one write path, a changed source text is an `editSource` (its
 * translations outdated, or re-stamped when `sourceChange` is cosmetic). A text that changed in
 * both the file and the database since the base is a conflict: listed and skipped unless
 * `prefer` says which side wins. Each document is applied in one transaction.
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
    result.added = contentTexts(file).length;
    if (options.dryRun) return;
    await importContentDocument(db, file, { actor: actor?.id ?? null });
    await recordContentBase(db, file.id, contentTexts(file));
    return;
  }
  const fileIds = file.segments.map((s) => s.id).join('\n');
  const dbIds = current.segments.map((s) => s.id).join('\n');
  if (fileIds !== dbIds) {
    result.problems.push('the segment list differs from the database (added, removed or moved segments are not synced)');
    return;
  }
  const base = await loadContentBase(db, file.id);
  const synced = base.size > 0;
  const newBase = new Map(base);
  const sourceCommands: TranslationCommandInput[] = [];
  const targetCommands: TranslationCommandInput[] = [];
  const langs = file.languages.filter((l) => current.languages.includes(l));
  for (const segment of current.segments) {
    for (const lang of langs) {
      const key = baseKey(segment.id, lang);
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
          result.conflicting.push({ segmentId: segment.id, lang, reason });
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
  // Sources first: a translation edited in the same sync is then stamped with the new source.
  const outcome = await executeCommandsAtomically(
    db,
    actor,
    await withFreshVersions(db, file.id, sourceCommands, targetCommands),
  );
  if (!outcome.ok) {
    result.problems.push(`nothing applied: ${describe(outcome.result)}`);
    result.added = 0;
    result.changed = 0;
    return;
  }
  const texts: BaseText[] = [...newBase].map(([key, text]) => {
    const [segmentId = '', lang = ''] = key.split('\u0000');
    return { segmentId, lang, text };
  });
  await db.transaction().execute((trx) => recordContentBase(trx, file.id, texts));
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
