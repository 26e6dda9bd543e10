import type { Lang } from '../languages';
import { readI18next } from './i18next';
import { type Format, FormatError, type ParsedFile } from './model';
import { readTmx } from './tmx';
import { readTsv } from './tsv';
import { readTxt } from './txt';
import { type ByteChunks, decodeUtf8 } from './xml';
import { readXliff } from './xliff';

export * from './model';
export { writeContentFiles, writeReviewState, writeManifest, REVIEW_FILE } from './content';
export { writeI18next, readI18next, stableJson } from './i18next';
export { writeXliff, readXliff, XLIFF_NS } from './xliff';
export { writeTmx, readTmx, type TmxOptions } from './tmx';
export { writeTsv, readTsv } from './tsv';
export { writeTxt, readTxt } from './txt';
export { planImport, planCommands, type ImportPlan, type PlanItem, type ConflictItem, type ConflictReason } from './plan';
export { MAX_FILE_BYTES, decodeUtf8, type ByteChunks } from './xml';

/** What each export is served as, and the file name's extension. */
export const FORMAT_FILES: Record<Format, { contentType: string; extension: string }> = {
  xliff: { contentType: 'application/xliff+xml; charset=utf-8', extension: 'xlf' },
  tmx: { contentType: 'application/x-tmx+xml; charset=utf-8', extension: 'tmx' },
  i18next: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  tsv: { contentType: 'text/tab-separated-values; charset=utf-8', extension: 'tsv' },
  txt: { contentType: 'text/plain; charset=utf-8', extension: 'txt' },
};

/** The format a file name says, or null. */
export function formatOfFileName(name: string): Format | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'xlf' || ext === 'xliff') return 'xliff';
  if (ext === 'tmx') return 'tmx';
  if (ext === 'json') return 'i18next';
  if (ext === 'tsv') return 'tsv';
  if (ext === 'txt') return 'txt';
  return null;
}

/** The file name an export gets: `doc.zh.xlf`, `doc.tmx`, `doc.tsv`. */
export function exportFileName(documentId: string, format: Format, lang?: Lang): string {
  return `${documentId}${lang ? `.${lang}` : ''}.${FORMAT_FILES[format].extension}`;
}

async function text(chunks: ByteChunks, maxBytes?: number): Promise<string> {
  const parts: string[] = [];
  for await (const part of decodeUtf8(chunks, maxBytes)) parts.push(part);
  return parts.join('');
}

export interface ReadOptions {
  /** The language of an i18next resource (it does not say). */
  lang?: Lang;
  /** The document's source language: the source column of a .txt file. */
  sourceLang: Lang;
  maxBytes?: number;
}

/** Reads an exchange file of any format as a stream of bytes; a FormatError says what is wrong and where. */
export async function readExchangeFile(format: Format, chunks: ByteChunks, options: ReadOptions): Promise<ParsedFile> {
  switch (format) {
    case 'xliff':
      return readXliff(chunks, options.maxBytes);
    case 'tmx':
      return readTmx(chunks, options.maxBytes);
    case 'i18next':
      if (!options.lang)
        throw new FormatError('an i18next file does not say its language: name it zh.json (or give the language)');
      return readI18next(await text(chunks, options.maxBytes), options.lang);
    case 'tsv':
      return readTsv(await text(chunks, options.maxBytes));
    case 'txt':
      return readTxt(await text(chunks, options.maxBytes), options.sourceLang);
  }
}
