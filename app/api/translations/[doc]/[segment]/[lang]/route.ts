import { readJsonBody } from '@/lib/http/body';
import { MAX_COMMAND_BODY } from '@/lib/http/limits';
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
    case 'busy':
      return 503;
    case 'refused':
      if (result.reason === 'unauthenticated') return 401;
      return result.reason.startsWith('forbidden') || result.reason === 'source-only-admin' ? 403 : 422;
  }
}

/**
 * PATCH /api/translations/{doc}/{segment}/{lang}
 * Body: a translation command without its target, e.g. { "action": "check", "version": 3, "comment": "…" }
 * (actions: edit, check, reject, reopen, revert, editSource). Uses the session cookie, like
 * the app, and the same write path as the app. A body over 256 KiB gets 413 unread; a write
 * that cannot get the database in time gets 503 with Retry-After.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ doc: string; segment: string; lang: string }> }) {
  const { doc, segment, lang } = await params;
  const read = await readJsonBody(request, MAX_COMMAND_BODY);
  if (!read.ok) {
    const body = read.status === 400 ? { ...read.body, fieldErrors: { '': 'invalidType' } } : read.body;
    return Response.json(body, { status: read.status });
  }
  const body = read.value;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return Response.json({ ok: false, error: 'invalid', fieldErrors: { '': 'invalidType' } }, { status: 400 });
  }
  const result = await runTranslationCommand({ ...body, documentId: doc, segmentId: segment, lang });
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (!result.ok && result.error === 'busy') headers['Retry-After'] = String(result.retryAfter);
  return Response.json(result, { status: statusOf(result), headers });
}
