import { FORMATS, formatOfFileName, MAX_FILE_BYTES } from '@/lib/formats';
import { foreignWrite } from '@/lib/http/guard';
import { importExchangeFile } from '@/server/actions/exchange';

export const dynamic = 'force-dynamic';

const STATUS = { unauthenticated: 401, invalid: 400, 'not-found': 404, format: 400 } as const;

/**
 * POST /api/documents/{doc}/import?format=xliff&lang=zh&dryRun=1 with the file as the body
 * (or ?name=zh.xlf to tell the format from a file name). Session cookie. Answers the counts
 * (added, changed, unchanged, conflicting); without dryRun writes the changes as drafts in one
 * transaction. 400 for a bad file (with the line and column), 401, 404, 413 over 32 MB, 422
 * when a change is refused (nothing written), 409 when one changed meanwhile. Left out of
 * proxy.ts (a file may be larger than the proxy buffers), so it refuses a write from another
 * origin itself.
 */
export async function POST(request: Request, { params }: { params: Promise<{ doc: string }> }) {
  const foreign = foreignWrite(request.headers);
  if (foreign) return Response.json({ ok: false, error: 'forbidden-origin', message: foreign }, { status: 403 });
  const { doc } = await params;
  const query = new URL(request.url).searchParams;
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_FILE_BYTES) return Response.json({ ok: false, error: 'too-large' }, { status: 413 });
  const format = query.get('format') ?? formatOfFileName(query.get('name') ?? '') ?? '';
  if (!(FORMATS as readonly string[]).includes(format) || !request.body) {
    return Response.json({ ok: false, error: 'invalid', field: 'format' }, { status: 400 });
  }
  const lang = query.get('lang') || undefined;
  const result = await importExchangeFile(
    { documentId: doc, format, ...(lang ? { lang } : {}), dryRun: query.get('dryRun') === '1' },
    request.body,
  );
  if (result.ok) return Response.json(result);
  if (result.error === 'stopped') return Response.json(result, { status: result.reason === 'conflict' ? 409 : 422 });
  return Response.json(result, { status: STATUS[result.error] });
}
