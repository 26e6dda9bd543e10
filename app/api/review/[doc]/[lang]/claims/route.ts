import { isLang } from '@/lib/languages';
import { listClaims } from '@/server/queries';

export const dynamic = 'force-dynamic';

/** Who is editing which translation of one document's language now (soft claims); names people, so a session is needed. */
export async function GET(_request: Request, { params }: { params: Promise<{ doc: string; lang: string }> }) {
  const { doc, lang } = await params;
  if (!isLang(lang)) return Response.json({ error: 'not-found' }, { status: 404 });
  const claims = await listClaims(doc, lang);
  if (claims === null) return Response.json({ error: 'unauthenticated' }, { status: 401 });
  return Response.json(claims, { headers: { 'Cache-Control': 'no-store' } });
}
