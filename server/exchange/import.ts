import {
  type ByteChunks,
  type Format,
  FormatError,
  type ImportPlan,
  planCommands,
  planImport,
  readExchangeFile,
} from '@/lib/formats';
import type { Lang } from '@/lib/languages';
import type { Actor, CommandResult } from '@/lib/review';
import type { Db } from '../db/connect';
import { executeCommandsAtomically } from '../translations';
import { loadExchangeDocument } from '../queries/exchange';

export interface FileImportOptions {
  dryRun: boolean;
  /** The language of an i18next resource. */
  lang?: Lang;
  /** Kept with every event the import writes. */
  comment?: string;
  maxBytes?: number;
}

export type FileImport =
  | { ok: true; applied: boolean; plan: ImportPlan }
  | { ok: false; error: 'not-found' }
  | { ok: false; error: 'format'; message: string }
  /** A command of the plan was refused or lost a race: nothing was written. */
  | {
      ok: false;
      error: 'stopped';
      plan: ImportPlan;
      segmentId: string;
      lang: Lang;
      result: Exclude<CommandResult, { ok: true }>;
    };

/**
 * Imports an exchange file into an existing document. The file is read and matched whole
 * before anything is written (a bad file changes nothing); a dry run stops there with the
 * counts. Otherwise every addition and change is an `edit` through the one write path, all in
 * one transaction with one event each: the first refusal or conflict undoes them all.
 * Conflicts in the plan are listed and left alone; unchanged texts are not touched, so a
 * checked text stays checked.
 */
export async function importDocumentFile(
  db: Db,
  actor: Actor | null,
  documentId: string,
  format: Format,
  chunks: ByteChunks,
  options: FileImportOptions,
): Promise<FileImport> {
  const doc = await loadExchangeDocument(db, documentId);
  if (!doc) return { ok: false, error: 'not-found' };
  let plan: ImportPlan;
  try {
    const parsed = await readExchangeFile(format, chunks, {
      sourceLang: doc.sourceLang,
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    });
    plan = planImport(doc, parsed);
  } catch (error) {
    if (error instanceof FormatError) return { ok: false, error: 'format', message: error.message };
    throw error;
  }
  if (options.dryRun) return { ok: true, applied: false, plan };
  const commands = planCommands(doc.id, plan, options.comment);
  const result = await executeCommandsAtomically(db, actor, commands);
  if (!result.ok) {
    const item = [...plan.added, ...plan.changed][result.index];
    return {
      ok: false,
      error: 'stopped',
      plan,
      segmentId: item?.segmentId ?? '',
      lang: item?.lang ?? doc.sourceLang,
      result: result.result,
    };
  }
  return { ok: true, applied: true, plan };
}
