import { editBodySchema } from '@/lib/api/schemas';
import { translationCommandRoute } from '@/server/api/commands';

export const dynamic = 'force-dynamic';

/**
 * PATCH /api/v1/documents/{doc}/segments/{segment}/{lang} with `{ "version": n, "text": "…", "comment"? }`:
 * writes the translation through the one write path; 409 with the current state when `version` is stale.
 */
export async function PATCH(request: Request, { params }: { params: Promise<{ doc: string; segment: string; lang: string }> }) {
  return translationCommandRoute(request, params, 'edit', editBodySchema);
}
