import { LANGUAGES, type Lang } from '../languages';
import { FormatError, type ExchangeDocument, type ImportEntry, languageOf, type ParsedFile } from './model';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const UNESCAPES: Record<string, string> = { '\\': '\\', t: '\t', n: '\n', r: '\r' };

const escapeCell = (text: string) => text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c);

function unescapeCell(cell: string, row: number): string {
  return cell.replace(/\\(.?)/g, (_, c: string) => {
    const plain = UNESCAPES[c];
    if (plain === undefined) throw new FormatError(`row ${row}: unknown escape "\\${c}" (use \\t, \\n, \\r or \\\\)`);
    return plain;
  });
}

/** The languages an export shows: source first, then the one asked for or every target. */
export function exportLanguages(doc: ExchangeDocument, lang?: Lang): Lang[] {
  return lang ? [doc.sourceLang, lang] : doc.languages;
}

/**
 * Tab-separated values for a spreadsheet: a header `id<TAB>en<TAB>zh...` and one row per
 * segment; tabs, line breaks and backslashes in a text are written as \t, \n, \r and \\. An
 * empty cell is a missing translation.
 */
export function writeTsv(doc: ExchangeDocument, lang?: Lang): string {
  const langs = exportLanguages(doc, lang);
  const rows = [['id', ...langs].join('\t')];
  for (const segment of doc.segments) {
    rows.push([segment.id, ...langs.map((l) => escapeCell(segment.translations[l]?.text ?? ''))].join('\t'));
  }
  return `${rows.join('\n')}\n`;
}

/** Reads TSV as written above; the first language column is the source. Errors name the row. */
export function readTsv(text: string): ParsedFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  const header = (lines[0] ?? '').split('\t');
  if (header[0] !== 'id' || header.length < 3) {
    throw new FormatError(
      'row 1: the header must be "id", the source language, then one or more target languages, separated by tabs',
    );
  }
  const langs = header.slice(1).map((tag) => {
    const lang = languageOf(tag, LANGUAGES);
    if (!lang) throw new FormatError(`row 1: column "${tag}" is not a language Triglot reads (${LANGUAGES.join(', ')})`);
    return lang;
  });
  const duplicate = langs.find((l, i) => langs.indexOf(l) !== i);
  if (duplicate) throw new FormatError(`row 1: language "${duplicate}" has two columns`);
  const [sourceLang] = langs;
  const entries: ImportEntry[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((line, index) => {
    const row = index + 2;
    if (line.trim() === '') return;
    const cells = line.split('\t');
    if (cells.length !== header.length)
      throw new FormatError(`row ${row}: ${cells.length} columns, the header has ${header.length}`);
    const id = cells[0] ?? '';
    const first = seen.get(id);
    if (first !== undefined) throw new FormatError(`row ${row}: segment id "${id}" appears twice (also row ${first})`);
    seen.set(id, row);
    const source = unescapeCell(cells[1] ?? '', row);
    langs.slice(1).forEach((lang, k) => {
      const cell = unescapeCell(cells[k + 2] ?? '', row);
      entries.push({
        segmentId: id,
        source,
        lang,
        text: cell === '' ? null : cell,
        version: null,
        where: `row ${row} ("${id}")`,
      });
    });
  });
  return { format: 'tsv', documentId: null, sourceLang: sourceLang ?? null, entries };
}
