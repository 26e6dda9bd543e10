import { exportQuerySchema, issuesByField } from '@/lib/api/schemas';
import { apiCaller, apiError } from '@/server/api';
import { getDocumentExport } from '@/server/queries';

export const dynamic = 'force-dynamic';

/** GET /api/v1/documents/{doc}/export?format=…&lang=…[&all=1]: the document as an exchange file, as the app's download gives it. */
export async function GET(request: Request, { params }: { params: Promise<{ doc: string }> }) {
  const caller = await apiCaller(request);
  if (!caller.ok) return caller.response;
  const { doc } = await params;
  const parsed = exportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    const fieldErrors = issuesByField(parsed.error);
    const list = Object.entries(fieldErrors).map(([f, m]) => `${f}: ${m}`);
    return apiError(400, 'invalid', `Bad query parameter (${list.join('; ')}).`, { fieldErrors }, caller.headers);
  }
  const { format, lang, all } = parsed.data;
  const file = await getDocumentExport(doc, format, { ...(lang ? { lang } : {}), all: all === '1' });
  if (!file.ok) {
    return file.error === 'not-found'
      ? apiError(404, 'not-found', `No document "${doc}".`, { what: 'document' }, caller.headers)
      : apiError(400, 'invalid', file.message, { fieldErrors: { lang: file.message } }, caller.headers);
  }
  return new Response(file.body, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'no-store',
      ...caller.headers,
    },
  });
}
