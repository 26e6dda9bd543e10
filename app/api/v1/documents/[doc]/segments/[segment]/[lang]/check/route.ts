import { checkBodySchema } from '@/lib/api/schemas';
import { translationCommandRoute } from '@/server/api/commands';

export const dynamic = 'force-dynamic';

/** POST /api/v1/documents/{doc}/segments/{segment}/{lang}/check (body: lib/api/schemas.ts, checkBodySchema), through the one write path. */
export async function POST(request: Request, { params }: { params: Promise<{ doc: string; segment: string; lang: string }> }) {
  return translationCommandRoute(request, params, 'check', checkBodySchema);
}
