import {
  type Actor,
  type BulkResult,
  bulkCheckCommands,
  bulkCheckSchema,
  bulkCheckMatchingSchema,
  parseFilters,
  type CommandResult,
  fieldErrorKeys,
  type TranslationCommand,
  translationCommandSchema,
} from '@/lib/review';
import { isLang } from '@/lib/languages';
import { isDatabaseBusy } from '../db/busy';
import type { Db, Executor } from '../db/connect';
import { documentProgress } from '../queries/progress';
import { matchingSegments } from '../queries/workspace';
import { documentQa } from '../qa';
import { allowSelfCheck } from '../settings';
import { applyToTranslation } from './apply';
import { type Applied, Conflict } from './common';
import { applyToSource } from './source';
import { loadSegment, missingSegment } from './state';
import { applyStructure, type StructureChange } from './structure';

export type { AddedSegment, StructureChange } from './structure';
export { SegmentsChangedMeanwhile, segmentIdsWithHistory } from './structure';

/**
 * The one write path for translations. Every caller (the review workspace, the reader, bulk
 * check, the REST API, the CLI) hands its untrusted input here: it is parsed with the command
 * schema of lib/review, authorised by the state machine, applied in one transaction (new state
 * and its event together) and answered with one typed result that says what changed.
 */
export async function executeCommand(db: Db, actor: Actor | null, input: unknown): Promise<CommandResult> {
  const parsed = translationCommandSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorKeys(parsed.error) };
  return run(db, actor, parsed.data);
}

/** Checks several translations: each item is a `check` command through the same path. */
export async function executeBulkCheck(db: Db, actor: Actor | null, input: unknown): Promise<BulkResult> {
  const parsed = bulkCheckSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorKeys(parsed.error) };
  const results: { segmentId: string; result: CommandResult }[] = [];
  for (const command of bulkCheckCommands(parsed.data)) {
    results.push({ segmentId: command.segmentId, result: await run(db, actor, command) });
  }
  const checked = results.filter((r) => r.result.ok).length;
  return { ok: true, results, checked, skipped: results.length - checked };
}

/**
 * Checks every translation of one language that passes the workspace filters, in one
 * transaction with one event each. Translations that cannot be checked as they stand (missing,
 * already checked, the actor's own text) are skipped and counted, not a reason to stop.
 */
export async function executeBulkCheckMatching(db: Db, actor: Actor | null, input: unknown): Promise<BulkResult> {
  const parsed = bulkCheckMatchingSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorKeys(parsed.error) };
  const { documentId, lang, comment } = parsed.data;
  const filters = parseFilters(parsed.data.filters);
  return db.transaction().execute(async (trx) => {
    const doc = await trx.selectFrom('documents').select('source_lang').where('id', '=', documentId).executeTakeFirst();
    if (!doc || !isLang(doc.source_lang)) return { ok: true, results: [], checked: 0, skipped: 0 };
    const { ids } = await matchingSegments(trx, documentId, doc.source_lang, lang, filters);
    const versions = new Map(
      (
        await trx
          .selectFrom('translations')
          .select(['segment_id', 'version'])
          .where('document_id', '=', documentId)
          .where('lang', '=', lang)
          .execute()
      ).map((t) => [t.segment_id, t.version]),
    );
    let checked = 0;
    for (const segmentId of ids) {
      const command = { action: 'check' as const, documentId, segmentId, lang, version: versions.get(segmentId) ?? 0, comment };
      const applied = await apply(trx, actor, command);
      if (applied.ok) checked += 1;
    }
    return { ok: true, results: [], checked, skipped: ids.length - checked };
  });
}

/**
 * What several commands applied all together answer: every success, or the first one that
 * stopped them all (index -1: the structure change that came first).
 */
export type AtomicResult =
  | { ok: true; results: Extract<CommandResult, { ok: true }>[] }
  | { ok: false; index: number; result: Exclude<CommandResult, { ok: true }> };

/** Carries a refusal or conflict out of the transaction so that nothing of the batch is kept. */
class BatchStopped extends Error {
  constructor(
    readonly index: number,
    readonly result: Exclude<CommandResult, { ok: true }>,
  ) {
    super('batch stopped');
  }
}

/**
 * Several commands in one transaction, all or nothing: each is parsed, authorised and applied
 * exactly as executeCommand would (its own event, its own version check), but the first
 * invalid input, refusal, conflict or unknown target rolls every one of them back and is
 * answered with its index. For imports of a whole file. `structure` (sync: segments added,
 * removed or moved, notes changed) is applied first in the same transaction, so a document's
 * sync is one transaction whatever it changes.
 */
export async function executeCommandsAtomically(
  db: Db,
  actor: Actor | null,
  inputs: readonly unknown[],
  options: { structure?: StructureChange } = {},
): Promise<AtomicResult> {
  const commands: TranslationCommand[] = [];
  for (const [index, input] of inputs.entries()) {
    const parsed = translationCommandSchema.safeParse(input);
    if (!parsed.success)
      return { ok: false, index, result: { ok: false, error: 'invalid', fieldErrors: fieldErrorKeys(parsed.error) } };
    commands.push(parsed.data);
  }
  const { structure } = options;
  if (commands.length === 0 && !structure) return { ok: true, results: [] };
  try {
    return await db.transaction().execute(async (trx) => {
      if (structure) {
        const refused = await applyStructure(trx, actor, structure);
        if (refused) throw new BatchStopped(-1, refused);
      }
      const applied: Extract<Applied, { ok: true }>[] = [];
      for (const [index, command] of commands.entries()) {
        let result: Applied;
        try {
          result = await apply(trx, actor, command);
        } catch (error) {
          if (error instanceof Conflict) throw new BatchStopped(index, { ok: false, error: 'conflict', current: error.current });
          throw error;
        }
        if (!result.ok) throw new BatchStopped(index, result);
        applied.push(result);
      }
      const progress = new Map<string, Awaited<ReturnType<typeof documentProgress>>>();
      for (const id of new Set(commands.map((c) => c.documentId))) progress.set(id, await documentProgress(trx, id));
      return {
        ok: true as const,
        results: applied.map((a, i) => {
          const command = commands[i] as TranslationCommand;
          return {
            ...a,
            action: command.action,
            comment: command.comment ?? null,
            progress: progress.get(command.documentId) ?? {},
          };
        }),
      };
    });
  } catch (error) {
    if (error instanceof BatchStopped) return { ok: false, index: error.index, result: error.result };
    throw error;
  }
}

async function run(db: Db, actor: Actor | null, command: TranslationCommand): Promise<CommandResult> {
  // Who asks comes before what they name: without a session the answer is 401 whether the
  // document, segment or history entry exists or not.
  if (!actor) return { ok: false, error: 'refused', reason: 'unauthenticated' };
  let applied: Applied;
  try {
    applied = await db.transaction().execute((trx) => apply(trx, actor, command));
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, error: 'conflict', current: error.current };
    if (isDatabaseBusy(error)) return { ok: false, error: 'busy', retryAfter: error.retryAfter };
    throw error;
  }
  if (!applied.ok) return applied;
  // Read after the commit, so the write lock is not held for them: progress and quality
  // findings as they are now (a concurrent write may already show in them, never a lost one).
  // A command on a translation moves its own language's progress only; a source edit may move all.
  const [progress, qa] = await Promise.all([
    documentProgress(db, command.documentId, command.action === 'editSource' ? undefined : command.lang),
    documentQa(db, command.documentId, { segmentId: command.segmentId }),
  ]);
  return { ...applied, action: command.action, comment: command.comment ?? null, progress, qa };
}

async function apply(trx: Executor, actor: Actor | null, command: TranslationCommand): Promise<Applied> {
  const segment = await loadSegment(trx, command.documentId, command.segmentId);
  if (!segment) return missingSegment(trx, command.documentId);
  const language = await trx
    .selectFrom('document_languages')
    .select('lang')
    .where('document_id', '=', command.documentId)
    .where('lang', '=', command.lang)
    .executeTakeFirst();
  if (!language) return { ok: false, error: 'not-found', what: 'language' };
  if (command.action === 'editSource') return applyToSource(trx, actor, command, segment);
  return applyToTranslation(trx, actor, command, segment, { allowSelfCheck: await allowSelfCheck(trx) });
}
