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
  const side = (texts: readonly string[], lang: Lang, other: Lang) => {
    const withConcepts = conceptKeys('', other, lexicons) !== undefined;
    return texts.map((t) => {
      const keys = withConcepts ? (conceptKeys(t, lang, lexicons) ?? []) : [];
      if (names) keys.push(...transliteratedNames(t, lang === 'ru' ? 'cyrillic' : 'latin'));
      return keys;
    });
  };
  return { src: side(src, srcLang, tgtLang), tgt: side(tgt, tgtLang, srcLang) };
}
