import type { Lang } from '../languages';

export interface TermMatch {
  start: number;
  end: number;
}

/** Lower case with ё read as е: the same length as the input, so offsets stay true. */
function fold(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A Russian word's stem: inflected endings vary, so a term matches in any case ("университет(е)"). */
function russianStem(word: string): string {
  return word.length <= 4 ? word : word.slice(0, word.length - 2);
}

/** "ЕАЭС", "SREB": matched only as written, never by stem or case. */
function isAcronymTerm(term: string): boolean {
  return /^[\p{Lu}\d&]{2,}$/u.test(term.trim());
}

function termPattern(term: string, lang: Lang): RegExp | null {
  const words = term
    .trim()
    .split(/[\s\u00a0]+/)
    .filter(Boolean);
  if (words.length === 0) return null;
  if (lang === 'zh') return new RegExp(escape(words.join('')), 'g');
  if (isAcronymTerm(term)) return new RegExp(`(?<![\\p{L}\\d])${escape(term.trim())}(?![\\p{L}\\d])`, 'gu');
  const parts = words.map((w) => {
    const folded = fold(w);
    if (lang === 'ru')
      return folded
        .split('-')
        .map((p) => `${escape(russianStem(p))}\\p{L}*`)
        .join('-');
    return escape(folded);
  });
  const tail = lang === 'en' ? `(?:s|['’]s)?` : '';
  return new RegExp(`(?<![\\p{L}\\d])${parts.join('[\\s\\u00a0]+')}${tail}(?![\\p{L}\\d])`, 'gu');
}

/**
 * Where a glossary term occurs in a text: Chinese as written, English whole words regardless
 * of case (plural and possessive allowed), Russian by word stems so any grammatical case
 * matches; acronyms only as written.
 */
export function findTerm(text: string, term: string, lang: Lang): TermMatch[] {
  const pattern = termPattern(term, lang);
  if (!pattern) return [];
  const haystack = lang === 'zh' || isAcronymTerm(term) ? text : fold(text);
  return [...haystack.matchAll(pattern)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

export function hasTerm(text: string, term: string, lang: Lang): boolean {
  return findTerm(text, term, lang).length > 0;
}

/** The first of `terms` found in `text`, or undefined. */
export function firstTermIn(text: string, terms: readonly string[] | undefined, lang: Lang): string | undefined {
  return (terms ?? []).find((t) => hasTerm(text, t, lang));
}
