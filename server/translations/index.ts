import {
  type Actor,
  type BulkResult,
  bulkCheckCommands,
  bulkCheckSchema,
  type CommandResult,
  fieldErrorKeys,
  type TranslationCommand,
  translationCommandSchema,
} from '@/lib/review';
import { isDatabaseBusy } from '../db/busy';
import type { Db, Executor } from '../db/connect';
import { documentProgress } from '../queries/progress';
import { allowSelfCheck } from '../settings';
import { applyToTranslation } from './apply';
import { type Applied, Conflict } from './common';
import { applyToSource } from './source';
import { loadSegment } from './state';

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

async function run(db: Db, actor: Actor | null, command: TranslationCommand): Promise<CommandResult> {
  // Who asks comes before what they name: without a session the answer is 401 whether the
  // document, segment or history entry exists or not.
  if (!actor) return { ok: false, error: 'refused', reason: 'unauthenticated' };
  try {
    return await db.transaction().execute(async (trx) => {
      const applied = await apply(trx, actor, command);
      if (!applied.ok) return applied;
      return {
        ...applied,
        action: command.action,
        comment: command.comment ?? null,
        progress: await documentProgress(trx, command.documentId),
      };
    });
  } catch (error) {
    if (error instanceof Conflict) return { ok: false, error: 'conflict', current: error.current };
    if (isDatabaseBusy(error)) return { ok: false, error: 'busy', retryAfter: error.retryAfter };
    throw error;
  }
}

async function apply(trx: Executor, actor: Actor | null, command: TranslationCommand): Promise<Applied> {
  const segment = await loadSegment(trx, command.documentId, command.segmentId);
  if (!segment) {
    const document = await trx
      .selectFrom('documents')
      .select('id')
      .where('id', '=', command.documentId)
      .where('importing_since', 'is', null)
      .executeTakeFirst();
    return { ok: false, error: 'not-found', what: document ? 'segment' : 'document' };
  }
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
