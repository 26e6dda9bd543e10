import { RE2JS } from 're2js';
import { z } from 'zod';
import { ID_PATTERN } from '../content/schema';
import type { Status } from '../content/model';
import { LANGUAGES } from '../languages';
import { userText } from '../text/schema';
import { MAX_TEXT_LENGTH } from './commands';
import { effectiveStatus } from './effective';

export const MAX_FIND_LENGTH = 500;
/** One replacement touches at most this many translations: a whole book, in one transaction. */
export const MAX_REPLACE_ROWS = 10_000;

const typeError = (key: string) => (issue: { input: unknown }) => (issue.input === undefined ? 'required' : key);
const flag = z.boolean({ error: typeError('invalidType') }).default(false);

/**
 * Search and replace in one language of one document. `find` is literal text unless `regex`
 * (RE2 syntax: linear time whatever the pattern, so no pattern can stall the server; groups
 * as `$1` in `replace`). Checked translations are left alone unless `includeChecked`, which a
 * reviewer confirms. `expected` is what the preview showed (segment and version of each
 * translation to change): applying answers a conflict if the texts moved since.
 */
export const replaceSchema = z.object(
  {
    documentId: z.string({ error: typeError('invalidType') }).regex(ID_PATTERN, { error: 'invalidId' }),
    lang: z.enum(LANGUAGES, { error: typeError('invalidLang') }),
    // Not trimmed: a leading or trailing space is part of what is searched for.
    find: userText({ max: MAX_FIND_LENGTH, trim: false }),
    replace: userText({ max: MAX_TEXT_LENGTH, trim: false, allowEmpty: true }).default(''),
    regex: flag,
    matchCase: flag,
    includeChecked: flag,
    expected: z
      .array(
        z.object({
          segmentId: z.string({ error: typeError('invalidType') }).regex(ID_PATTERN, { error: 'invalidId' }),
          version: z
            .number({ error: typeError('invalidType') })
            .int({ error: 'invalidVersion' })
            .min(1, { error: 'invalidVersion' }),
        }),
        { error: typeError('invalidType') },
      )
      .max(MAX_REPLACE_ROWS, { error: 'tooMany' })
      .optional(),
  },
  { error: typeError('invalidType') },
);
export type ReplaceRequest = z.infer<typeof replaceSchema>;
export type ReplaceRequestInput = z.input<typeof replaceSchema>;

export type CompiledFind = { ok: true; pattern: RE2JS } | { ok: false; error: 'invalidPattern'; detail: string };

/** The search as an RE2 pattern: the literal text quoted, or the person's regular expression. */
export function compileFind(find: string, options: { regex: boolean; matchCase: boolean }): CompiledFind {
  const flags = options.matchCase ? 0 : RE2JS.CASE_INSENSITIVE;
  try {
    return { ok: true, pattern: RE2JS.compile(options.regex ? find : RE2JS.quote(find), flags) };
  } catch (error) {
    // RE2's own words ("missing closing )", ...) name the place in the pattern.
    const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
    return { ok: false, error: 'invalidPattern', detail };
  }
}

export interface ReplaceCandidate {
  segmentId: string;
  /** 1-based position in the document, as the workspace numbers rows. */
  number: number;
  text: string;
  status: Status;
  outdated: boolean;
  version: number;
}

/** Why a matching translation is not changed. */
export type ReplaceSkip = 'checked' | 'empty' | 'tooLong' | 'unchanged';

export interface ReplaceChange {
  segmentId: string;
  number: number;
  version: number;
  status: Status;
  outdated: boolean;
  before: string;
  /** The text as it would be stored (cleaned and trimmed like any edit). */
  after: string;
  matches: number;
  skip: ReplaceSkip | null;
}

const storedText = userText({ max: MAX_TEXT_LENGTH });

/**
 * Every translation the search finds, with what the replacement makes of it. Literal mode
 * inserts `replacement` as it is; regex mode expands `$1`, `${name}` and `$$`.
 */
export function planReplace(
  rows: readonly ReplaceCandidate[],
  pattern: RE2JS,
  replacement: string,
  options: { regex: boolean; includeChecked: boolean },
): ReplaceChange[] {
  const replaceWith = options.regex ? replacement : RE2JS.quoteReplacement(replacement);
  const changes: ReplaceChange[] = [];
  for (const row of rows) {
    const matcher = pattern.matcher(row.text);
    let matches = 0;
    while (matcher.find()) matches += 1;
    if (matches === 0) continue;
    const replaced = pattern.matcher(row.text).replaceAll(replaceWith);
    const cleaned = storedText.safeParse(replaced);
    const after = cleaned.success ? cleaned.data : replaced;
    let skip: ReplaceSkip | null = null;
    if (effectiveStatus(row.status, row.outdated) === 'checked' && !options.includeChecked) skip = 'checked';
    else if (!cleaned.success) skip = cleaned.error.issues[0]?.message === 'tooLong' ? 'tooLong' : 'empty';
    else if (after === row.text) skip = 'unchanged';
    const { segmentId, number, version, status, outdated } = row;
    changes.push({ segmentId, number, version, status, outdated, before: row.text, after, matches, skip });
  }
  return changes;
}

/** How many translations a search finds, how many matches, and how many of them are left alone and why. */
export type ReplaceSummary = { translations: number; matches: number; toChange: number } & Record<ReplaceSkip, number>;

export function summarise(changes: readonly ReplaceChange[]): ReplaceSummary {
  const summary: ReplaceSummary = {
    translations: changes.length,
    matches: 0,
    toChange: 0,
    checked: 0,
    empty: 0,
    tooLong: 0,
    unchanged: 0,
  };
  for (const change of changes) {
    summary.matches += change.matches;
    if (change.skip === null) summary.toChange += 1;
    else summary[change.skip] += 1;
  }
  return summary;
}
