import { getGlossary } from '@/server/queries';

export const dynamic = 'force-dynamic';

/** A document's glossary (`?doc=`), or the global one: JSON entries. */
export async function GET(request: Request) {
  const doc = new URL(request.url).searchParams.get('doc');
  return Response.json(await getGlossary(doc || null), { headers: { 'Cache-Control': 'no-store' } });
}
