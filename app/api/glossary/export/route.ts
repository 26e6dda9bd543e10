import { toTbx } from '@/lib/glossary/tbx';
import { getGlossary } from '@/server/queries';

export const dynamic = 'force-dynamic';

/** A glossary as a TBX file: a document's own entries (`?doc=`) or the global ones. */
export async function GET(request: Request) {
  const doc = new URL(request.url).searchParams.get('doc') || null;
  const entries = (await getGlossary(doc)).filter((e) => e.documentId === doc);
  const name = doc && /^[a-z0-9-]+$/.test(doc) ? doc : 'global';
  return new Response(toTbx(entries, `Triglot glossary: ${name}`), {
    headers: {
      'Content-Type': 'application/x-tbx+xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="glossary-${name}.tbx"`,
      'Cache-Control': 'no-store',
    },
  });
}
