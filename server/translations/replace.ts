import {
  type Actor,
  canAccessLanguage,
  type CommandResult,
  fieldErrorKeys,
  roleAtLeast,
  type SchemaErrorKey,
} from '@/lib/review';
import {
  compileFind,
  planReplace,
  replaceSchema,
  summarise,
  type ReplaceChange,
  type ReplaceSummary,
} from '@/lib/review/replace';
import { isLang } from '@/lib/languages';
import type { Status } from '@/lib/content/model';
import { isDatabaseBusy } from '../db/busy';
import type { Db } from '../db/connect';
import { executeCommandsAtomically } from './index';

/** What a preview or an application of search and replace answers. */
export type ReplaceResult =
  | {
      ok: true;
      /** The first translations the search finds (PREVIEW_LIMIT at most), with what each would become and why it might be left alone. */
      changes: ReplaceChange[];
      summary: ReplaceSummary;
      /** Every translation that would change, as `expected` for applying what was previewed. */
      expected: { segmentId: string; version: number }[];
      /** How many translations were changed: 0 for a preview. */
      replaced: number;
    }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, SchemaErrorKey | 'invalidPattern'>; detail?: string }
  | Extract<CommandResult, { error: 'refused' | 'not-found' | 'busy' }>
  /** The texts changed since the preview: nothing was replaced; preview again. */
  | { ok: false; error: 'stale' };

/** A preview lists this many changes in full; the summary counts them all. */
export const PREVIEW_LIMIT = 200;

/**
 * Search and replace in one language of one document, through the one write path: the preview
 * changes nothing; applying turns each change of the preview into an `edit` command and runs
 * them all in one transaction (one event each), or none of them.
 */
export async function executeReplace(
  db: Db,
  actor: Actor | null,
  input: unknown,
  mode: 'preview' | 'apply',
): Promise<ReplaceResult> {
  if (!actor) return { ok: false, error: 'refused', reason: 'unauthenticated' };
  const parsed = replaceSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorKeys(parsed.error) };
  const request = parsed.data;
  if (!roleAtLeast(actor.role, 'translator')) return { ok: false, error: 'refused', reason: 'forbidden-role' };
  if (!canAccessLanguage(actor, request.lang)) return { ok: false, error: 'refused', reason: 'forbidden-language' };
  // Changing a checked text undoes a reviewer's check: only a reviewer may ask for that.
  if (request.includeChecked && !roleAtLeast(actor.role, 'reviewer'))
    return { ok: false, error: 'refused', reason: 'forbidden-role' };
  const compiled = compileFind(request.find, request);
  if (!compiled.ok) return { ok: false, error: 'invalid', fieldErrors: { find: 'invalidPattern' }, detail: compiled.detail };

  const document = await db
    .selectFrom('documents')
    .select('source_lang')
    .where('id', '=', request.documentId)
    .where('importing_since', 'is', null)
    .executeTakeFirst();
  if (!document || !isLang(document.source_lang)) return { ok: false, error: 'not-found', what: 'document' };
  if (request.lang === document.source_lang) return { ok: false, error: 'refused', reason: 'not-a-source-action' };

  const rows = await db
    .selectFrom('segments as g')
    .innerJoin('translations as t', (join) =>
      join.onRef('t.document_id', '=', 'g.document_id').onRef('t.segment_id', '=', 'g.id').on('t.lang', '=', request.lang),
    )
    .leftJoin('translations as s', (join) =>
      join
        .onRef('s.document_id', '=', 'g.document_id')
        .onRef('s.segment_id', '=', 'g.id')
        .on('s.lang', '=', document.source_lang),
    )
    .select(['g.id', 'g.position', 't.text', 't.status', 't.version', 't.source_hash', 's.source_hash as current_hash'])
    .where('g.document_id', '=', request.documentId)
    .orderBy('g.position')
    .execute();
  const candidates = rows.map((r) => ({
    segmentId: r.id,
    number: r.position + 1,
    text: r.text,
    status: r.status as Status,
    outdated: r.source_hash !== r.current_hash,
    version: r.version,
  }));
  const changes = planReplace(candidates, compiled.pattern, request.replace, request);
  const toApply = changes.filter((c) => c.skip === null);
  const answer = (replaced: number): ReplaceResult => ({
    ok: true,
    changes: changes.slice(0, PREVIEW_LIMIT),
    summary: summarise(changes),
    expected: toApply.map((c) => ({ segmentId: c.segmentId, version: c.version })),
    replaced,
  });
  if (mode === 'preview') return answer(0);

  // What the person saw is what is applied: any difference means someone wrote in between.
  const expected = request.expected ?? [];
  const same =
    expected.length === toApply.length &&
    toApply.every((c, i) => expected[i]?.segmentId === c.segmentId && expected[i]?.version === c.version);
  if (!same) return { ok: false, error: 'stale' };
  if (toApply.length === 0) return answer(0);

  const commands = toApply.map((c) => ({
    action: 'edit' as const,
    documentId: request.documentId,
    segmentId: c.segmentId,
    lang: request.lang,
    version: c.version,
    text: c.after,
  }));
  let outcome;
  try {
    outcome = await executeCommandsAtomically(db, actor, commands);
  } catch (error) {
    if (isDatabaseBusy(error)) return { ok: false, error: 'busy', retryAfter: error.retryAfter };
    throw error;
  }
  if (!outcome.ok) {
    const result = outcome.result;
    if (result.error === 'conflict') return { ok: false, error: 'stale' };
    if (result.error === 'invalid') return { ok: false, error: 'invalid', fieldErrors: result.fieldErrors };
    return result;
  }
  return answer(outcome.results.length);
}
