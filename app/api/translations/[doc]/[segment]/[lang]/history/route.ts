import { isLang } from '@/lib/languages';
import { getHistory } from '@/server/queries';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ doc: string; segment: string; lang: string }> }) {
  const { doc, segment, lang } = await params;
  if (!isLang(lang)) return Response.json({ error: 'not-found' }, { status: 404 });
  return Response.json(await getHistory(doc, segment, lang), { headers: { 'Cache-Control': 'no-store' } });
}
