export const dynamic = 'force-dynamic';

/** GET /api/health: the server is up. Also the smallest Next route, beside which benchmarks measure others. */
export function GET() {
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}
