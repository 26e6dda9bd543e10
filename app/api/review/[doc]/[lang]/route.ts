import { isLang } from '@/lib/languages';
import { getWorkspace } from '@/server/queries';

export const dynamic = 'force-dynamic';

/**
 * One language of one document with statuses and source diffs: open to anyone. Who changed or
 * wrote a text and the comments only come with a session (server/queries getWorkspace).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ doc: string; lang: string }> }) {
  const { doc, lang } = await params;
  const review = isLang(lang) ? await getWorkspace(doc, lang) : undefined;
  if (!review) return Response.json({ error: 'not-found' }, { status: 404 });
  return Response.json(review, { headers: { 'Cache-Control': 'no-store' } });
}
