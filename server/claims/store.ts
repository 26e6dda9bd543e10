import { type Claim, claimExpiry } from '@/lib/claims/claims';
import type { Lang } from '@/lib/languages';
import type { Executor } from '../db/connect';

export interface ClaimRef {
  documentId: string;
  segmentId: string;
  lang: Lang;
}

/**
 * Takes or renews `userId`'s claim on one translation until two minutes after `now`, and
 * clears the document's lapsed claims. False when the segment is not part of a visible
 * document. A claim is no translation change: no event, nothing through the write path.
 */
export async function takeClaim(db: Executor, userId: string, ref: ClaimRef, now: Date): Promise<boolean> {
  const segment = await db
    .selectFrom('segments')
    .innerJoin('documents', 'documents.id', 'segments.document_id')
    .select('segments.id')
    .where('segments.document_id', '=', ref.documentId)
    .where('segments.id', '=', ref.segmentId)
    .where('documents.importing_since', 'is', null)
    .executeTakeFirst();
  if (!segment) return false;
  const at = now.toISOString();
  await db.deleteFrom('claims').where('document_id', '=', ref.documentId).where('expires_at', '<=', at).execute();
  const expires = claimExpiry(now);
  await db
    .insertInto('claims')
    .values({
      document_id: ref.documentId,
      segment_id: ref.segmentId,
      lang: ref.lang,
      user_id: userId,
      claimed_at: at,
      expires_at: expires,
    })
    .onConflict((oc) => oc.columns(['document_id', 'lang', 'segment_id', 'user_id']).doUpdateSet({ expires_at: expires }))
    .execute();
  return true;
}

/** Lets go of `userId`'s claim on one translation (saved, cancelled, left). */
export async function releaseClaim(db: Executor, userId: string, ref: ClaimRef): Promise<void> {
  await db
    .deleteFrom('claims')
    .where('document_id', '=', ref.documentId)
    .where('segment_id', '=', ref.segmentId)
    .where('lang', '=', ref.lang)
    .where('user_id', '=', userId)
    .execute();
}

/** The claims on one language of a document that still hold at `now`, with the names of the people. */
export async function listClaims(db: Executor, documentId: string, lang: Lang, now: Date): Promise<Claim[]> {
  const rows = await db
    .selectFrom('claims')
    .innerJoin('user', 'user.id', 'claims.user_id')
    .select(['claims.segment_id', 'claims.user_id', 'user.name', 'claims.expires_at'])
    .where('claims.document_id', '=', documentId)
    .where('claims.lang', '=', lang)
    .where('claims.expires_at', '>', now.toISOString())
    .orderBy('claims.segment_id')
    .orderBy('user.name')
    .execute();
  return rows.map((r) => ({ segmentId: r.segment_id, userId: r.user_id, name: r.name, expiresAt: r.expires_at }));
}
