import { LANGUAGES } from '../languages';
import { FormatError, type ExchangeDocument, type ImportEntry, languageOf, type ParsedFile } from './model';
import { exportLanguages } from './tsv';
import type { Lang } from '../languages';

const CONTINUATION = '  ';

/**
 * Plain parallel text for reading and marking up without any tool: a `# document-id` line,
 * then one block per segment, `[segment-id]` and one `lang: text` line per language that has
 * the text, blocks separated by a blank line. A line break inside a text continues on the next
 * line, indented by two spaces.
 */
export function writeTxt(doc: ExchangeDocument, lang?: Lang): string {
  const langs = exportLanguages(doc, lang);
  const out = [`# ${doc.id}`, ''];
  for (const segment of doc.segments) {
    out.push(`[${segment.id}]`);
    for (const l of langs) {
      const text = segment.translations[l]?.text;
      if (text !== undefined) out.push(`${l}: ${text.split('\n').join(`\n${CONTINUATION}`)}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** Reads the text written above; errors name the line. The first language of a block is taken as the source. */
export function readTxt(text: string, sourceLang: Lang): ParsedFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let documentId: string | null = null;
  const entries: ImportEntry[] = [];
  const seen = new Map<string, number>();
  let block: { id: string; line: number; texts: Map<Lang, string> } | null = null;
  let last: Lang | null = null;

  const flush = () => {
    if (!block) return;
    const source = block.texts.get(sourceLang) ?? null;
    for (const [lang, value] of block.texts) {
      if (lang === sourceLang) continue;
      entries.push({
        segmentId: block.id,
        source,
        lang,
        text: value,
        version: null,
        where: `line ${block.line} ("${block.id}")`,
      });
    }
    block = null;
  };

  lines.forEach((line, index) => {
    const n = index + 1;
    if (line.trim() === '') {
      last = null;
      return;
    }
    const head = /^\[([^\]]+)\]$/.exec(line);
    if (head) {
      flush();
      const id = head[1] ?? '';
      const first = seen.get(id);
      if (first !== undefined) throw new FormatError(`line ${n}: segment id "${id}" appears twice (also line ${first})`);
      seen.set(id, n);
      block = { id, line: n, texts: new Map() };
      last = null;
      return;
    }
    if (line.startsWith('#') && !block && entries.length === 0) {
      documentId ??= line.slice(1).trim() || null;
      return;
    }
    if (line.startsWith(CONTINUATION) && block && last) {
      const current: { texts: Map<Lang, string> } = block;
      current.texts.set(last, `${current.texts.get(last) ?? ''}\n${line.slice(CONTINUATION.length)}`);
      return;
    }
    const entry = /^([A-Za-z_-]+): ?(.*)$/.exec(line);
    if (!entry || !block) throw new FormatError(`line ${n}: expected "[segment-id]" or "lang: text"`);
    const lang = languageOf(entry[1] ?? '', LANGUAGES);
    if (!lang) throw new FormatError(`line ${n}: "${entry[1]}" is not a language Triglot reads (${LANGUAGES.join(', ')})`);
    const current: { id: string; texts: Map<Lang, string> } = block;
    if (current.texts.has(lang)) throw new FormatError(`line ${n}: segment "${current.id}" has "${lang}" twice`);
    current.texts.set(lang, entry[2] ?? '');
    last = lang;
  });
  flush();
  return { format: 'txt', documentId, sourceLang, entries };
}
