const FINAL_STOP = /[.。．…:：;；,，]$/u;
const TRAILING_CLOSERS = /["'”’»)\]）」』】》\s]+$/u;

/**
 * A heading: short, one line, no sentence-final stop. Headings are kept as
 * headings by translators, so two headings facing each other are evidence.
 * A question or exclamation can still be a heading ("What now?").
 */
export function looksLikeHeading(paragraph: string, length: number): boolean {
  const text = paragraph.trim();
  if (!text || text.includes('\n')) return false;
  if (length > 80) return false;
  const bare = text.replace(TRAILING_CLOSERS, '');
  // An inner stop means several sentences, which no heading has.
  const inner = /[.。!?！？](?:\s+\S|[^\d\s.])/u.test(bare.slice(0, -1));
  return !inner && !FINAL_STOP.test(bare) && !/^["'“«「—–-]/u.test(text);
}

/** Question and exclamation marks, ASCII or full-width, one key per run. */
export function sentenceMarks(paragraph: string): string[] {
  const out: string[] = [];
  // "?!" is one question, not two marks.
  for (const m of paragraph.matchAll(/[?？!！]+/gu)) {
    out.push(/[?？]/u.test(m[0]) ? '?' : '!');
  }
  return out;
}
