import { foreignWrite } from '@/lib/http/guard';
import { formatBytes, MAX_UPLOAD_FILE } from '@/lib/http/limits';
import { uploadImportText } from '@/server/actions/import-jobs';

export const dynamic = 'force-dynamic';

/**
 * POST /api/import/texts?name=book.en.txt with one text file as the body (UTF-8, at most 8 MiB
 * and 2,000,000 characters). Streamed to the data folder, checked on the way. Answers 201
 * `{ upload, bytes, chars }`; 400 naming the file and byte offset when it is not UTF-8; 413 over
 * the limit; 401/403 unless an admin. Left out of proxy.ts (it would cut the body at 1 MiB), so
 * the origin is checked here.
 */
export async function POST(request: Request) {
  const foreign = foreignWrite(request.headers);
  if (foreign) return Response.json({ ok: false, error: 'forbidden-origin', message: foreign }, { status: 403 });
  const declared = request.headers.get('content-length');
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > MAX_UPLOAD_FILE)) {
    const message = `The file is larger than ${formatBytes(MAX_UPLOAD_FILE)}.`;
    return Response.json({ ok: false, error: 'too-large', message }, { status: 413 });
  }
  const name = new URL(request.url).searchParams.get('name');
  const result = await uploadImportText(name, request.body);
  return Response.json(result, { status: result.ok ? 201 : result.status });
}
