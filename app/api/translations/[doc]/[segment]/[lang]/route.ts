import type { CommandResult } from '@/lib/review';
import { runTranslationCommand } from '@/server/actions/translations';

export const dynamic = 'force-dynamic';

/** HTTP status for a result: 409 for a stale version (with the current state), never an overwrite. */
function statusOf(result: CommandResult): number {
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
 * Body: a translation command without its target, e.g. { "action": "check", "version": 3, "comment": "…" }
 * (actions: edit, check, reject, reopen, revert, editSource). Uses the session cookie, like
 * the app, and the same write path as the app.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ doc: string; segment: string; lang: string }> }) {
  const { doc, segment, lang } = await params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return Response.json({ ok: false, error: 'invalid', fieldErrors: { '': 'invalidType' } }, { status: 400 });
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return Response.json({ ok: false, error: 'invalid', fieldErrors: { '': 'invalidType' } }, { status: 400 });
  }
  const result = await runTranslationCommand({ ...body, documentId: doc, segmentId: segment, lang });
  return Response.json(result, { status: statusOf(result) });
}
