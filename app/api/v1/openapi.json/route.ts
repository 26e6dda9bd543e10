import { openApiDocument } from '@/lib/api/openapi';
import { apiCaller } from '@/server/api';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/openapi.json: the OpenAPI 3.1 description of this API, generated from its zod
 * schemas. It names no server: OpenAPI then means the one it was fetched from, which is right
 * behind a proxy too (the request's own origin may be an internal address).
 */
export async function GET(request: Request) {
  const caller = await apiCaller(request);
  if (!caller.ok) return caller.response;
  return Response.json(openApiDocument(), {
    headers: { 'Cache-Control': 'no-store', ...caller.headers },
  });
}
