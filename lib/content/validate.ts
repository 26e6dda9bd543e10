import type { z } from 'zod';
import { LANGUAGES, type Lang } from '../languages';
import type { ContentDocument, ReviewState, Segment } from './model';
import { manifestSchema, resourceSchema, reviewStateSchema } from './schema';

/** One problem in the content files, named by file and, where it has one, segment id. */
export interface ContentIssue {
  file: string;
  segmentId?: string;
  message: string;
}

export type ValidationResult =
  | { ok: true; document: ContentDocument; warnings: ContentIssue[] }
  | { ok: false; errors: ContentIssue[]; warnings: ContentIssue[] };

export interface RawContent {
  /** Folder as the user should see it in messages, e.g. `content/sino-russian-cooperation`. */
  dir: string;
  /** Parsed document.json (or `undefined` when absent). */
  manifest: unknown;
  /** Parsed language files by file name (`en.json`, ...). */
  resources: Record<string, unknown>;
  /** Parsed review.json, when the folder has one (written by export). */
  review?: unknown;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.segmentId === undefined ? issue.file : `${issue.file}: segment "${issue.segmentId}"`;
  return `${where}: ${issue.message}`;
}

function zodIssues(file: string, error: z.ZodError, segmentIdAt?: (path: PropertyKey[]) => string | undefined) {
  return error.issues.map((issue): ContentIssue => {
    const segmentId = segmentIdAt?.(issue.path);
    const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { file, ...(segmentId === undefined ? {} : { segmentId }), message: `${path}${issue.message}` };
  });
}

/**
 * Checks a document folder and builds the document. The source language must have every
 * segment; a target may lack some (reported as warnings: they become `missing`); unknown
 * segment ids, unknown languages and malformed values are errors.
 */
export function validateContent(raw: RawContent): ValidationResult {
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const manifestFile = `${raw.dir}/document.json`;

  if (raw.manifest === undefined) {
    return { ok: false, errors: [{ file: manifestFile, message: 'file is missing' }], warnings };
  }
  const parsed = manifestSchema.safeParse(raw.manifest);
  if (!parsed.success) {
    const entries = Array.isArray((raw.manifest as { segments?: unknown }).segments)
      ? ((raw.manifest as { segments: unknown[] }).segments)
      : [];
    const segmentIdAt = (path: PropertyKey[]) => {
      if (path[0] !== 'segments' || typeof path[1] !== 'number') return undefined;
      const id = (entries[path[1]] as { id?: unknown } | undefined)?.id;
      return typeof id === 'string' ? id : `#${path[1] + 1}`;
    };
    return { ok: false, errors: zodIssues(manifestFile, parsed.error, segmentIdAt), warnings };
  }
  const manifest = parsed.data;
  const folderName = raw.dir.split('/').pop();
  if (folderName !== undefined && folderName !== manifest.id) {
    errors.push({ file: manifestFile, message: `id "${manifest.id}" differs from its folder name "${folderName}"` });
  }
  if (!manifest.languages.includes(manifest.sourceLanguage)) {
    errors.push({ file: manifestFile, message: `languages must include the source language "${manifest.sourceLanguage}"` });
  }
  const duplicateLangs = manifest.languages.filter((l, i) => manifest.languages.indexOf(l) !== i);
  if (duplicateLangs.length > 0) {
    errors.push({ file: manifestFile, message: `languages lists ${duplicateLangs.join(', ')} more than once` });
  }

  const segments: Segment[] = [];
  const seen = new Set<string>();
  for (const entry of manifest.segments) {
    if (seen.has(entry.id)) {
      errors.push({ file: manifestFile, segmentId: entry.id, message: 'id is used by more than one segment' });
      continue;
    }
    seen.add(entry.id);
    for (const noteLang of Object.keys(entry.notes ?? {})) {
      if (!manifest.languages.includes(noteLang as Lang)) {
        errors.push({ file: manifestFile, segmentId: entry.id, message: `note for "${noteLang}", which the document does not list` });
      }
    }
    segments.push({ id: entry.id, kind: entry.kind, notes: entry.notes ?? {} });
  }

  for (const fileName of Object.keys(raw.resources)) {
    const lang = fileName.replace(/\.json$/, '');
    if (!manifest.languages.includes(lang as Lang)) {
      const known = (LANGUAGES as readonly string[]).includes(lang);
      errors.push({
        file: `${raw.dir}/${fileName}`,
        message: known ? `language "${lang}" is not listed in document.json` : `"${lang}" is not a supported language (${LANGUAGES.join(', ')})`,
      });
    }
  }

  const texts: ContentDocument['texts'] = {};
  const sourceFirst = [manifest.sourceLanguage, ...manifest.languages.filter((l) => l !== manifest.sourceLanguage)];
  for (const lang of sourceFirst) {
    const file = `${raw.dir}/${lang}.json`;
    const resource = raw.resources[`${lang}.json`];
    if (resource === undefined) {
      errors.push({ file, message: 'file is missing (write {} for a language with no translations yet)' });
      continue;
    }
    const res = resourceSchema.safeParse(resource);
    if (!res.success) {
      errors.push(...zodIssues(file, res.error, (path) => (typeof path[0] === 'string' ? path[0] : undefined)));
      continue;
    }
    for (const key of Object.keys(res.data)) {
      if (!seen.has(key)) errors.push({ file, segmentId: key, message: 'not a segment of document.json' });
    }
    for (const segment of segments) {
      if (res.data[segment.id] !== undefined) continue;
      const issue = { file, segmentId: segment.id, message: lang === manifest.sourceLanguage ? 'source text is missing' : 'translation is missing' };
      (lang === manifest.sourceLanguage ? errors : warnings).push(issue);
    }
    texts[lang] = res.data;
  }

  const review = raw.review === undefined ? undefined : validateReview(raw, manifest.sourceLanguage, sourceFirst, texts, errors);

  if (errors.length > 0) return { ok: false, errors, warnings };
  return {
    ok: true,
    document: {
      id: manifest.id,
      sourceLang: manifest.sourceLanguage,
      languages: sourceFirst,
      segments,
      texts,
      ...(review ? { review } : {}),
    },
    warnings,
  };
}

/** review.json may only speak of target languages the document lists and of translations that have text. */
function validateReview(
  raw: RawContent,
  sourceLang: Lang,
  languages: Lang[],
  texts: ContentDocument['texts'],
  errors: ContentIssue[],
): ReviewState | undefined {
  const file = `${raw.dir}/review.json`;
  const parsed = reviewStateSchema.safeParse(raw.review);
  if (!parsed.success) {
    errors.push(...zodIssues(file, parsed.error, (path) => (typeof path[1] === 'string' ? path[1] : undefined)));
    return undefined;
  }
  for (const [lang, entries] of Object.entries(parsed.data) as [Lang, Record<string, unknown>][]) {
    if (lang === sourceLang || !languages.includes(lang)) {
      errors.push({ file, message: `"${lang}" is not a target language of this document` });
      continue;
    }
    for (const segmentId of Object.keys(entries)) {
      if (texts[lang]?.[segmentId] === undefined) {
        errors.push({ file, segmentId, message: `a review state for "${lang}", which has no text for this segment` });
      }
    }
  }
  return parsed.data;
}
