'use server';

import type { z } from 'zod';
import {
  checkManySchema,
  checkSchema,
  editSourceSchema,
  fieldErrorKeys,
  rejectSchema,
  reopenSchema,
  revertSchema,
  saveTranslationSchema,
  type SchemaErrorKey,
} from '@/lib/review';
import { getSessionUser } from '../auth/session';
import { getDb } from '../db';
import { applyReviewAction, type ReviewCommand, type ReviewResult } from '../review/apply';
import { editSource } from '../review/source';

/** Every review mutation's result: the service's, or the input's field errors (message keys). */
export type ActionResult = ReviewResult | { ok: false; error: 'invalid'; fieldErrors: Record<string, SchemaErrorKey> };

async function run<S extends z.ZodType>(
  schema: S,
  input: unknown,
  command: (data: z.infer<S>) => Omit<ReviewCommand, 'action'> & { action: ReviewCommand['action'] },
): Promise<ActionResult> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorKeys(parsed.error) };
  const actor = await getSessionUser();
  return applyReviewAction(await getDb(), actor, command(parsed.data));
}

export async function saveTranslation(input: unknown): Promise<ActionResult> {
  return run(saveTranslationSchema, input, (d) => ({ action: 'edit', ...d }));
}

export async function checkTranslation(input: unknown): Promise<ActionResult> {
  return run(checkSchema, input, (d) => ({ action: 'check', ...d }));
}

export async function rejectTranslation(input: unknown): Promise<ActionResult> {
  return run(rejectSchema, input, (d) => ({ action: 'reject', ...d }));
}

export async function reopenTranslation(input: unknown): Promise<ActionResult> {
  return run(reopenSchema, input, (d) => ({ action: 'reopen', ...d }));
}

export async function revertTranslation(input: unknown): Promise<ActionResult> {
  return run(revertSchema, input, (d) => ({ action: 'revert', ...d, eventId: Number(d.eventId) }));
}

/** Checks several translations of one language; each item succeeds or fails on its own. */
export async function checkManyTranslations(
  input: unknown,
): Promise<{ segmentId: string; result: ActionResult }[] | ActionResult> {
  const parsed = checkManySchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorKeys(parsed.error) };
  const actor = await getSessionUser();
  const db = await getDb();
  const results = [];
  for (const item of parsed.data.items) {
    const command = { action: 'check' as const, documentId: parsed.data.documentId, lang: parsed.data.lang, ...item };
    results.push({ segmentId: item.segmentId, result: await applyReviewAction(db, actor, command) });
  }
  return results;
}

export async function editSourceSegment(input: unknown): Promise<ActionResult> {
  const parsed = editSourceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorKeys(parsed.error) };
  return editSource(await getDb(), await getSessionUser(), parsed.data);
}
