import { apiCaller } from '@/server/api';
import { listDocuments } from '@/server/queries';

export const dynamic = 'force-dynamic';

/** GET /api/v1/documents: every document with its titles, languages and progress (lib/api/schemas.ts, documentListSchema). */
export async function GET(request: Request) {
  const caller = await apiCaller(request);
  if (!caller.ok) return caller.response;
  const documents = await listDocuments();
  return Response.json({ documents }, { headers: { 'Cache-Control': 'no-store', ...caller.headers } });
}
