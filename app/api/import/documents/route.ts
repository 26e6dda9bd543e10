import { readJsonBody } from '@/lib/http/body';
import { foreignWrite } from '@/lib/http/guard';
import { MAX_IMPORT_DRAFT_BODY } from '@/lib/http/limits';
import { startCreation } from '@/server/actions/import-jobs';

export const dynamic = 'force-dynamic';

/**
 * POST /api/import/documents `{ id, draft, kinds? }` (the checked draft, up to 32 MiB) starts
 * creating the document. 202 with the job; poll GET /api/import/jobs/{job}. Left out of
 * proxy.ts (it would cut the body at 1 MiB), so the origin is checked here.
 */
export async function POST(request: Request) {
  const foreign = foreignWrite(request.headers);
  if (foreign) return Response.json({ ok: false, error: 'forbidden-origin', message: foreign }, { status: 403 });
  const body = await readJsonBody(request, MAX_IMPORT_DRAFT_BODY);
  if (!body.ok) return Response.json(body.body, { status: body.status });
  const result = await startCreation(body.value);
  return Response.json(result, { status: result.status });
}
