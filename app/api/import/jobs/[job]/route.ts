import { cancelImportJob, readImportJob } from '@/server/actions/import-jobs';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ job: string }> };

/** GET /api/import/jobs/{job}: its step, percent and state; the draft or the new document's id when done. */
export async function GET(_request: Request, { params }: Params) {
  const result = await readImportJob((await params).job);
  return Response.json(result, { status: result.status, headers: { 'Cache-Control': 'no-store' } });
}

/** DELETE /api/import/jobs/{job}: cancel; poll until the state is `cancelled` (nothing of it is left). */
export async function DELETE(_request: Request, { params }: Params) {
  const result = await cancelImportJob((await params).job);
  return Response.json(result, { status: result.status });
}
