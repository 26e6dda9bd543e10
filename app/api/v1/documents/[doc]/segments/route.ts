import { DEFAULT_SEGMENT_PAGE, issuesByField, segmentsQuerySchema } from '@/lib/api/schemas';
import { apiCaller, apiError } from '@/server/api';
import { getSegmentPage } from '@/server/queries';

export const dynamic = 'force-dynamic';

/**
 * GET /api/v1/documents/{doc}/segments?cursor=&limit=: one page of segments with every
 * translation, status and version; `nextCursor` gives the next page (null on the last).
 */
export async function GET(request: Request, { params }: { params: Promise<{ doc: string }> }) {
  const caller = await apiCaller(request);
  if (!caller.ok) return caller.response;
  const { doc } = await params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = segmentsQuerySchema.safeParse(query);
  if (!parsed.success) {
    const fieldErrors = issuesByField(parsed.error);
    const list = Object.entries(fieldErrors).map(([f, m]) => `${f}: ${m}`);
    return apiError(400, 'invalid', `Bad query parameter (${list.join('; ')}).`, { fieldErrors }, caller.headers);
  }
  const after = parsed.data.cursor === undefined ? -1 : Number(parsed.data.cursor);
  const page = await getSegmentPage(doc, after, parsed.data.limit ?? DEFAULT_SEGMENT_PAGE);
  if (!page) return apiError(404, 'not-found', `No document "${doc}".`, { what: 'document' }, caller.headers);
  return Response.json(page, { headers: { 'Cache-Control': 'no-store', ...caller.headers } });
}
