const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A dictd index number: base 64, most significant digit first. */
export function decodeDictdNumber(text: string): number {
  let value = 0;
  for (const ch of text) {
    const digit = DIGITS.indexOf(ch);
    if (digit < 0) throw new Error(`Not a dictd number: ${JSON.stringify(text)}`);
    value = value * 64 + digit;
  }
  return value;
}

export interface DictdIndexEntry {
  headword: string;
  offset: number;
  length: number;
}

/**
 * A dictd .index file: one `headword TAB offset TAB length` line per article, offsets into the
 * uncompressed .dict text. The dictionary's own metadata entries (00-database-…) are left out.
 */
export function parseDictdIndex(text: string): DictdIndexEntry[] {
  const entries: DictdIndexEntry[] = [];
  for (const line of text.split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || offset === undefined || length === undefined) continue;
    if (/^00-?database/.test(headword)) continue;
    entries.push({ headword, offset: decodeDictdNumber(offset), length: decodeDictdNumber(length) });
  }
  return entries;
}
