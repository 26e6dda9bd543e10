import { isLang } from '@/lib/languages';
import { getDocumentQa } from '@/server/queries';

export const dynamic = 'force-dynamic';

/** Quality findings of one document's translations into one language (read: open to anyone). */
export async function GET(_request: Request, { params }: { params: Promise<{ doc: string; lang: string }> }) {
  const { doc, lang } = await params;
  if (!isLang(lang)) return Response.json({ error: 'not-found' }, { status: 404 });
  return Response.json(await getDocumentQa(doc, lang), { headers: { 'Cache-Control': 'no-store' } });
}
