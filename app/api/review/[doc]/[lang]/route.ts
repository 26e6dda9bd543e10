import { isLang } from '@/lib/languages';
import { parseFilters } from '@/lib/review';
import { getWorkspace } from '@/server/queries';

export const dynamic = 'force-dynamic';

/**
 * GET /api/review/{doc}/{lang}?status=&outdated=1&comments=1&q=&check=&page=N: one page of the
 * workspace (segments passing the filters, in order) with statuses, comments, source diffs,
 * progress and paging. The filters are those of the workspace URL. Open to anyone; who changed
 * or wrote a text and the comments only come with a session (server/queries getWorkspace).
 */
export async function GET(request: Request, { params }: { params: Promise<{ doc: string; lang: string }> }) {
  const { doc, lang } = await params;
  const query = new URL(request.url).searchParams;
  const filters = parseFilters(Object.fromEntries(query));
  const review = isLang(lang) ? await getWorkspace(doc, lang, filters, Number(query.get('page') ?? 1)) : undefined;
  if (!review) return Response.json({ error: 'not-found' }, { status: 404 });
  return Response.json(review, { headers: { 'Cache-Control': 'no-store' } });
}
