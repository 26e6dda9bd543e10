import { parseLookupQuery } from '@/lib/dictionary/lookup';
import { lookupWord } from '@/server/queries';

export const dynamic = 'force-dynamic';

/**
 * GET /api/lookup?lang=zh&q=银行&ui=en: a word's entries in the dictionaries installed with the
 * app (`at=` the clicked character's index, for Chinese text around a click). The dictionaries
 * change only with a deployment, so an answer may be kept for a day; one that says a
 * dictionary is missing is not kept, so installing it takes effect at once.
 */
export async function GET(request: Request) {
  const parsed = parseLookupQuery(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return Response.json(
      {
        ok: false,
        error: 'invalid-query',
        message: parsed.problems.map((p) => `${p.field}: ${p.message}`).join('; '),
        problems: parsed.problems,
      },
      { status: 400, headers: { 'Cache-Control': 'no-store' } },
    );
  }
  const result = await lookupWord(parsed.query);
  const cache = result.missing.length > 0 ? 'no-store' : 'public, max-age=86400';
  return Response.json(result, { headers: { 'Cache-Control': cache } });
}
