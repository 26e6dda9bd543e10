import type { z } from 'zod';
import { issuesByField } from '@/lib/api/schemas';
import { readJsonBody } from '@/lib/http/body';
import { MAX_COMMAND_BODY } from '@/lib/http/limits';
import type { CommandResult } from '@/lib/review';
import en from '@/messages/en.json';
import { runTranslationCommand } from '../actions/translations';
import { apiCaller, apiError } from '.';

type Params = Promise<{ doc: string; segment: string; lang: string }>;

/** A refusal's reason in words (the English UI's), so an API client's log says what happened. */
function refusalMessage(reason: string): string {
  return (en.Refusals as Record<string, string>)[reason] ?? `Refused: ${reason}.`;
}

/** A command's result as an HTTP answer: 200, or `{ error, message, ... }` with its 4xx (503 when busy). */
export function commandResponse(result: CommandResult, headers: Record<string, string>): Response {
  const h = { 'Cache-Control': 'no-store', ...headers };
  if (result.ok) return Response.json(result, { headers: h });
  switch (result.error) {
    case 'invalid': {
      const fields = Object.entries(result.fieldErrors).map(([f, key]) => `${f || 'body'}: ${key}`);
      return apiError(400, 'invalid', `The request is not valid (${fields.join('; ')}).`, { fieldErrors: result.fieldErrors }, h);
    }
    case 'conflict':
      return apiError(
        409,
        'conflict',
        `The translation changed: it is at version ${result.current.version} now. Send that version to write over it.`,
        { current: result.current },
        h,
      );
    case 'not-found':
      return apiError(404, 'not-found', `No such ${result.what}.`, { what: result.what }, h);
    case 'busy':
      return apiError(
        503,
        'busy',
        'The database is busy; nothing was written. Try again.',
        { retryAfter: result.retryAfter },
        { ...h, 'Retry-After': String(result.retryAfter) },
      );
    case 'refused': {
      const { reason } = result;
      const status =
        reason === 'unauthenticated' ? 401 : reason.startsWith('forbidden') || reason === 'source-only-admin' ? 403 : 422;
      return apiError(
        status,
        status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'refused',
        refusalMessage(reason),
        { reason },
        h,
      );
    }
  }
}

/**
 * A v1 write on one translation: the caller and its rate limit first, then the body checked
 * with the action's schema (the one the OpenAPI document shows), then the one write path
 * (runTranslationCommand) acting as the token's owner.
 */
export async function translationCommandRoute(
  request: Request,
  params: Params,
  action: 'edit' | 'check' | 'reject' | 'reopen',
  schema: z.ZodType,
): Promise<Response> {
  const caller = await apiCaller(request);
  if (!caller.ok) return caller.response;
  if (!caller.actor)
    return apiError(401, 'unauthenticated', 'Writing needs a token (Authorization: Bearer …) or a session.', {}, caller.headers);
  const { doc, segment, lang } = await params;
  const read = await readJsonBody(request, MAX_COMMAND_BODY);
  if (!read.ok) return apiError(read.status, read.body.error, read.body.message, {}, caller.headers);
  const body = read.value;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return apiError(400, 'invalid', 'The body must be a JSON object.', { fieldErrors: { '': 'invalidType' } }, caller.headers);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fieldErrors = issuesByField(parsed.error);
    const list = Object.entries(fieldErrors).map(([f, m]) => `${f || 'body'}: ${m}`);
    return apiError(400, 'invalid', `The body is not valid (${list.join('; ')}).`, { fieldErrors }, caller.headers);
  }
  const result = await runTranslationCommand({ ...body, action, documentId: doc, segmentId: segment, lang });
  return commandResponse(result, caller.headers);
}
