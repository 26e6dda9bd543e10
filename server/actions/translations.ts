'use server';

import type { BulkResult, CommandResult } from '@/lib/review';
import { getRequestActor } from '../auth/actor';
import { getSessionUser } from '../auth/session';
import { getDb } from '../database';
import { executeBulkCheck, executeBulkCheckMatching, executeCommand } from '../translations';
import { executeConversationCommand, type ConversationResult } from '../translations/comments';
import { executeReplace, type ReplaceResult } from '../translations/replace';

export type { ConversationResult, ReplaceResult };

/**
 * Runs one translation command (edit, check, reject, reopen, revert, editSource) as the
 * signed-in user, or as the owner of the request's API token. The workspace, the reader and the
 * REST routes all call this; the input is untrusted and parsed on the server.
 */
export async function runTranslationCommand(input: unknown): Promise<CommandResult> {
  return executeCommand(await getDb(), await getRequestActor(), input);
}

/** Checks every translation that passes the workspace filters, in one transaction. */
export async function runBulkCheckMatching(input: unknown): Promise<BulkResult> {
  return executeBulkCheckMatching(await getDb(), await getSessionUser(), input);
}

/** Checks several translations of one language, each through the same path. */
export async function runBulkCheck(input: unknown): Promise<BulkResult> {
  return executeBulkCheck(await getDb(), await getSessionUser(), input);
}

/** What a search and replace would change in one language of a document; changes nothing. */
export async function previewReplace(input: unknown): Promise<ReplaceResult> {
  return executeReplace(await getDb(), await getSessionUser(), input, 'preview');
}

/** Applies a previewed search and replace: one edit (and one event) per changed translation, all or none. */
export async function runReplace(input: unknown): Promise<ReplaceResult> {
  return executeReplace(await getDb(), await getSessionUser(), input, 'apply');
}

/** Says something in the conversation about a translation, or resolves or reopens it. */
export async function runConversationCommand(input: unknown): Promise<ConversationResult> {
  return executeConversationCommand(await getDb(), await getSessionUser(), input);
}
