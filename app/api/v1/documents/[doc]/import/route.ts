import { parseAuthorization } from '@/lib/api/authorization';
import { importQuerySchema, issuesByField } from '@/lib/api/schemas';
import { formatOfFileName, MAX_FILE_BYTES } from '@/lib/formats';
import { foreignWrite } from '@/lib/http/guard';
import { importExchangeFile } from '@/server/actions/exchange';
import { apiCaller, apiError } from '@/server/api';

export const dynamic = 'force-dynamic';

/**
 * POST /api/v1/documents/{doc}/import?format=xliff&lang=zh[&dry-run] with the file as the body
 * (or ?name=doc.zh.xlf for the format). A dry run answers the counts; otherwise the changes are
 * written as drafts in one transaction through the one write path, as the token's owner.
 * Left out of proxy.ts (a file may be larger than the proxy buffers), so it checks the origin of
 * a cookie's write itself.
 */
export async function POST(request: Request, { params }: { params: Promise<{ doc: string }> }) {
  if (parseAuthorization(request.headers.get('authorization')).kind === 'none') {
    const foreign = foreignWrite(request.headers);
    if (foreign) return apiError(403, 'forbidden-origin', foreign);
  }
  const caller = await apiCaller(request);
  if (!caller.ok) return caller.response;
  const h = caller.headers;
  if (!caller.actor)
    return apiError(401, 'unauthenticated', 'Importing needs a token (Authorization: Bearer …) or a session.', {}, h);
  const { doc } = await params;
  const parsed = importQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) {
    const fieldErrors = issuesByField(parsed.error);
    const list = Object.entries(fieldErrors).map(([f, m]) => `${f}: ${m}`);
    return apiError(400, 'invalid', `Bad query parameter (${list.join('; ')}).`, { fieldErrors }, h);
  }
  const { name, lang, 'dry-run': dryRun } = parsed.data;
  const format = parsed.data.format ?? (name ? formatOfFileName(name) : undefined);
  if (!format)
    return apiError(
      400,
      'invalid',
      'Say the format: ?format=xliff|tmx|i18next|tsv|txt, or ?name= with a file name.',
      { field: 'format' },
      h,
    );
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_FILE_BYTES) return apiError(413, 'too-large', 'The file is larger than 32 MiB.', {}, h);
  if (!request.body) return apiError(400, 'invalid', 'The request has no body: send the file as it.', { field: 'body' }, h);
  const result = await importExchangeFile(
    { documentId: doc, format, ...(lang ? { lang } : {}), dryRun: dryRun !== undefined && dryRun !== '0' && dryRun !== 'false' },
    request.body,
  );
  if (result.ok) return Response.json(result, { headers: { 'Cache-Control': 'no-store', ...h } });
  switch (result.error) {
    case 'unauthenticated':
      return apiError(401, 'unauthenticated', 'The token or session is no longer valid.', {}, h);
    case 'not-found':
      return apiError(404, 'not-found', `No document "${doc}".`, { what: 'document' }, h);
    case 'invalid':
      return apiError(400, 'invalid', 'The import options are not valid.', {}, h);
    case 'format':
      return apiError(400, 'format', result.message, {}, h);
    case 'stopped': {
      const status = result.reason === 'conflict' ? 409 : result.reason.startsWith('forbidden') ? 403 : 422;
      return apiError(
        status,
        status === 409 ? 'conflict' : status === 403 ? 'forbidden' : 'refused',
        `Nothing was imported: segment ${result.segmentId} (${result.lang}) was refused (${result.reason}).`,
        { segmentId: result.segmentId, lang: result.lang, reason: result.reason },
        h,
      );
    }
  }
}
