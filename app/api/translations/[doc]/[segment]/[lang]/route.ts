import { z } from 'zod';
import { REVIEW_ACTIONS } from '@/lib/review';
import {
  checkTranslation,
  rejectTranslation,
  reopenTranslation,
  revertTranslation,
  saveTranslation,
  type ActionResult,
} from '@/server/actions/review';

export const dynamic = 'force-dynamic';

const bodySchema = z.object({ action: z.enum(REVIEW_ACTIONS.filter((a) => a !== 'editSource')) }).loose();

const HANDLERS = {
  edit: saveTranslation,
  check: checkTranslation,
  reject: rejectTranslation,
  reopen: reopenTranslation,
  revert: revertTranslation,
} as const;

/** HTTP status for a result: 409 for a stale version (with the current state), never an overwrite. */
function statusOf(result: ActionResult): number {
  if (result.ok) return 200;
  switch (result.error) {
    case 'conflict':
      return 409;
    case 'not-found':
      return 404;
    case 'invalid':
      return 400;
    case 'refused':
      if (result.reason === 'unauthenticated') return 401;
      return result.reason.startsWith('forbidden') || result.reason === 'source-only-admin' ? 403 : 422;
  }
}

/**
 * PATCH /api/translations/{doc}/{segment}/{lang}
 * Body: { action: edit|check|reject|reopen|revert, version, text?, comment?, eventId? }.
 * Uses the session cookie, like the app; the same server actions decide.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ doc: string; segment: string; lang: string }> }) {
  const { doc, segment, lang } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ ok: false, error: 'invalid', fieldErrors: { body: 'invalidType' } }, { status: 400 });
  }
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) return Response.json({ ok: false, error: 'invalid', fieldErrors: { action: 'invalid' } }, { status: 400 });
  const result = await HANDLERS[parsed.data.action]({ ...parsed.data, documentId: doc, segmentId: segment, lang });
  return Response.json(result, { status: statusOf(result) });
}
