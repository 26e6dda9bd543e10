import type { ExtraKeys } from '../evidence';
import type { Lang } from '../types';
import { conceptKeys, type Lexicons } from './concepts';
import { transliteratedNames } from './translit';

/**
 * Lexical evidence for one pair of texts, as extra anchor keys per paragraph: shared English
 * concepts (when both languages have a way into English: English itself or a lexicon) and,
 * between Russian and a Latin-script text, transliterated names. Pure: the lexicons are
 * passed in. Without lexicons only the name keys remain; between en and zh nothing.
 */
export function lexicalKeys(
  src: readonly string[],
  srcLang: Lang,
  tgt: readonly string[],
  tgtLang: Lang,
  lexicons: Lexicons,
): ExtraKeys {
  const names = (srcLang === 'ru') !== (tgtLang === 'ru');
  const withConcepts = conceptKeys('', srcLang, lexicons) !== undefined && conceptKeys('', tgtLang, lexicons) !== undefined;
  const concepts = (texts: readonly string[], lang: Lang) =>
    texts.map((t) => (withConcepts ? (conceptKeys(t, lang, lexicons) ?? []) : []));
  const s = concepts(src, srcLang);
  const t = concepts(tgt, tgtLang);
  const rarest = rarestShared(s, t);
  const side = (keys: string[][], texts: readonly string[], lang: Lang) =>
    keys.map((k, i) => {
      const out = rarest(k);
      if (names) out.push(...transliteratedNames(texts[i] ?? '', lang === 'ru' ? 'cyrillic' : 'latin'));
      return out;
    });
  return { src: side(s, src, srcLang), tgt: side(t, tgt, tgtLang) };
}

/** Concept keys kept per paragraph: the rarest ones say most, and fewer keys keep the search fast. */
export const MAX_CONCEPTS = 12;

/**
 * A filter keeping, of one paragraph's concepts, only those found in both texts, and of
 * those the MAX_CONCEPTS that occur in the fewest paragraphs of both texts.
 */
function rarestShared(src: readonly string[][], tgt: readonly string[][]): (keys: readonly string[]) => string[] {
  const count = (lists: readonly string[][]) => {
    const df = new Map<string, number>();
    for (const l of lists) for (const k of l) df.set(k, (df.get(k) ?? 0) + 1);
    return df;
  };
  const a = count(src);
  const b = count(tgt);
  const df = (k: string) => (a.get(k) ?? 0) + (b.get(k) ?? 0);
  return (keys) =>
    keys
      .filter((k) => a.has(k) && b.has(k))
      .sort((x, y) => df(x) - df(y) || (x < y ? -1 : x > y ? 1 : 0))
      .slice(0, MAX_CONCEPTS);
}
