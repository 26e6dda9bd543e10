import { readJsonBody } from '@/lib/http/body';
import { MAX_COMMAND_BODY } from '@/lib/http/limits';
import { startAlignment } from '@/server/actions/import-jobs';

export const dynamic = 'force-dynamic';

/**
 * POST /api/import/jobs `{ lines, source: { lang, upload }, targets: [{ lang, upload }] }`
 * starts aligning uploaded texts. 202 with the job; poll GET /api/import/jobs/{job}.
 */
export async function POST(request: Request) {
  const body = await readJsonBody(request, MAX_COMMAND_BODY);
  if (!body.ok) return Response.json(body.body, { status: body.status });
  const result = await startAlignment(body.value);
  return Response.json(result, { status: result.status });
}
