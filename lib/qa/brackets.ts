import type { Lang } from '../languages';
import { finding, type Finding, type QaInput } from './types';

/** Opening → closing marks per language. Single quotes are left out: ’ is also an apostrophe. */
const PAIRS: Record<Lang, Record<string, string>> = {
  en: { '(': ')', '[': ']', '{': '}', '“': '”' },
  zh: { '(': ')', '[': ']', '（': '）', '【': '】', '《': '》', '〈': '〉', '“': '”', '‘': '’', '「': '」', '『': '』' },
  ru: { '(': ')', '[': ']', '{': '}', '«': '»', '„': '“' },
};

/** The marks of a text left unmatched, in order of appearance. */
export function unmatched(text: string, lang: Lang): string[] {
  const pairs = PAIRS[lang];
  const closers = new Map(Object.entries(pairs).map(([open, close]) => [close, open]));
  const stack: string[] = [];
  const stray: string[] = [];
  for (const ch of text) {
    if (ch in pairs) stack.push(ch);
    else if (closers.has(ch)) {
      if (stack.at(-1) === closers.get(ch)) stack.pop();
      else stray.push(ch);
    }
  }
  return [...stray, ...stack];
}

/**
 * Brackets and quotes are matched. A source that itself leaves a mark open (a list "1)", a
 * quotation running over several paragraphs) excuses the translation.
 */
export function checkBrackets(input: QaInput): Finding[] {
  const open = unmatched(input.text, input.lang);
  if (open.length === 0 || unmatched(input.source, input.sourceLang).length > 0) return [];
  return [finding('brackets', 'error', 'brackets', { items: [...new Set(open)].join(' ') })];
}
