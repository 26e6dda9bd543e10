import { FORMATS, type Format } from '@/lib/formats';
import { isLang } from '@/lib/languages';
import { getDocumentExport } from '@/server/queries';

export const dynamic = 'force-dynamic';

/**
 * GET /api/documents/{doc}/export?format=xliff|tmx|i18next|tsv|txt[&lang=zh][&all=1]
 * One document as a download, with its content type and a file name like `doc.zh.xlf`.
 * Reading is open to anyone, so is exporting.
 */
export async function GET(request: Request, { params }: { params: Promise<{ doc: string }> }) {
  const { doc } = await params;
  const query = new URL(request.url).searchParams;
  const format = query.get('format') ?? '';
  const lang = query.get('lang') || undefined;
  if (!(FORMATS as readonly string[]).includes(format)) {
    return Response.json({ error: 'invalid', field: 'format', allowed: FORMATS }, { status: 400 });
  }
  if (lang !== undefined && !isLang(lang)) return Response.json({ error: 'invalid', field: 'lang' }, { status: 400 });
  const file = await getDocumentExport(doc, format as Format, { ...(lang ? { lang } : {}), all: query.get('all') === '1' });
  if (!file.ok) {
    return file.error === 'not-found'
      ? Response.json({ error: 'not-found' }, { status: 404 })
      : Response.json({ error: 'invalid', field: 'lang', message: file.message }, { status: 400 });
  }
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
}
