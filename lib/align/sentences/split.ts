import { detectLanguage } from '../language';
import type { Lang } from '../types';
import { chineseBoundaries } from './chinese';
import { westernBoundaries } from './western';

/** Splits a paragraph into trimmed sentences; the language is detected if omitted. */
export function splitSentences(text: string, lang: Lang = detectLanguage(text)): string[] {
  const flat = text.replace(/\s*\n\s*/g, lang === 'zh' ? '' : ' ');
  const bounds = lang === 'zh' ? chineseBoundaries(flat) : westernBoundaries(flat);
  const out: string[] = [];
  let from = 0;
  for (const b of [...bounds, flat.length]) {
    const s = flat.slice(from, b).trim();
    if (s) out.push(s);
    from = b;
  }
  return out;
}
