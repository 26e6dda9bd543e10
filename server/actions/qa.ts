'use server';

import { z } from 'zod';
import { LANGUAGES } from '@/lib/languages';
import { CHECK_IDS, type TranslationQa } from '@/lib/qa';
import { canAccessLanguage, roleAtLeast } from '@/lib/review';
import { getSessionUser } from '../auth/session';
import { getDb } from '../database';
import { documentQa, setDismissal } from '../qa';

const dismissalSchema = z.object({
  documentId: z.string().min(1).max(200),
  segmentId: z.string().min(1).max(200),
  lang: z.enum(LANGUAGES),
  check: z.enum(CHECK_IDS),
  /** The translation version the reviewer saw: a dismissal never lands on a text they did not read. */
  version: z.number().int().min(1),
  dismiss: z.boolean(),
});

export type DismissalResult =
  | { ok: true; qa: TranslationQa[] }
  | { ok: false; error: 'invalid' | 'unauthenticated' | 'forbidden' | 'not-found' | 'conflict' };

/**
 * A reviewer dismisses a quality finding as a false positive (or takes the dismissal back).
 * It holds for the translation's current text only: any edit brings the finding back.
 */
export async function setQaDismissal(input: unknown): Promise<DismissalResult> {
  const parsed = dismissalSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid' };
  const actor = await getSessionUser();
  if (!actor) return { ok: false, error: 'unauthenticated' };
  const { documentId, segmentId, lang, check, version, dismiss } = parsed.data;
  if (!roleAtLeast(actor.role, 'reviewer') || !canAccessLanguage(actor, lang)) return { ok: false, error: 'forbidden' };
  const db = await getDb();
  return db.transaction().execute(async (trx): Promise<DismissalResult> => {
    const row = await trx
      .selectFrom('translations')
      .select(['text', 'version'])
      .where('document_id', '=', documentId)
      .where('segment_id', '=', segmentId)
      .where('lang', '=', lang)
      .executeTakeFirst();
    if (!row) return { ok: false, error: 'not-found' };
    if (Number(row.version) !== version) return { ok: false, error: 'conflict' };
    await setDismissal(trx, { documentId, segmentId, lang, text: row.text, check }, dismiss, actor.id);
    return { ok: true, qa: await documentQa(trx, documentId, { segmentId }) };
  });
}
