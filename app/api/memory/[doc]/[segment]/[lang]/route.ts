import { isLang } from '@/lib/languages';
import { getMemorySuggestions } from '@/server/queries';

export const dynamic = 'force-dynamic';

/** Translation memory suggestions for one segment in one target language. */
export async function GET(_request: Request, { params }: { params: Promise<{ doc: string; segment: string; lang: string }> }) {
  const { doc, segment, lang } = await params;
  const suggestions = isLang(lang) ? await getMemorySuggestions(doc, segment, lang) : undefined;
  if (!suggestions) return Response.json({ error: 'not-found' }, { status: 404 });
  return Response.json(suggestions, { headers: { 'Cache-Control': 'no-store' } });
}
