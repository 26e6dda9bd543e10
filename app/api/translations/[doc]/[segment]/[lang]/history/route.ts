import { isLang } from '@/lib/languages';
import { listEvents } from '@/server/queries';

export const dynamic = 'force-dynamic';

/**
 * GET /api/translations/{doc}/{segment}/{lang}/history: the translation's events, newest first.
 * Who acted and the comments only with a session; texts and statuses for anyone.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ doc: string; segment: string; lang: string }> }) {
  const { doc, segment, lang } = await params;
  if (!isLang(lang)) return Response.json({ error: 'not-found' }, { status: 404 });
  return Response.json(await listEvents(doc, segment, lang), { headers: { 'Cache-Control': 'no-store' } });
}
