import type { Lang } from '../languages';
import { resourceSchema } from '../content/schema';
import { FormatError, type ExchangeDocument, type ParsedFile } from './model';

/** JSON as the content files keep it: two-space indent, a final newline, keys in the order given. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * One language's texts as an i18next JSON v4 resource (one namespace, the document): keys in
 * the document's segment order, so an unchanged document writes the same bytes and a changed
 * segment is a one-line diff. Missing translations are left out.
 */
export function writeI18next(doc: ExchangeDocument, lang: Lang): string {
  const resource: Record<string, string> = {};
  for (const segment of doc.segments) {
    const text = segment.translations[lang]?.text;
    if (text !== undefined) resource[segment.id] = text;
  }
  return stableJson(resource);
}

/** Reads one language's i18next resource; the language comes from the caller (file name or option). */
export function readI18next(text: string, lang: Lang): ParsedFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FormatError(`not valid JSON: ${(error as Error).message}`);
  }
  const parsed = resourceSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path[0];
    throw new FormatError(
      typeof key === 'string' ? `key "${key}": ${issue?.message ?? 'invalid'}` : 'expected a flat object of segment id to text',
    );
  }
  return {
    format: 'i18next',
    documentId: null,
    sourceLang: null,
    entries: Object.entries(parsed.data).map(([segmentId, value]) => ({
      segmentId,
      source: null,
      lang,
      text: value,
      version: null,
      where: `key "${segmentId}"`,
    })),
  };
}
