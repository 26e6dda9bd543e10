import { isAcronym, latinWords } from './script';
import { finding, type Finding, listItems, type QaInput } from './types';

/**
 * Untranslated: the translation repeats the source, or a Chinese or Russian translation keeps
 * ordinary Latin words of the source that no glossary term of its language contains.
 * Acronyms are names, left to the Latin names check.
 */
export function checkUntranslated(input: QaInput): Finding[] {
  const text = input.text.trim();
  if (text === input.source.trim() && /\p{L}{2}/u.test(text)) {
    return [finding('untranslated', 'warning', 'untranslated-same')];
  }
  if (input.lang === 'en') return [];
  const sourceWords = new Set(latinWords(input.source).map((w) => w.toLowerCase()));
  const allowed = new Set(
    input.glossary.flatMap((e) => e.terms[input.lang] ?? []).flatMap((t) => latinWords(t).map((w) => w.toLowerCase())),
  );
  const left = latinWords(text).filter(
    (w) =>
      !isAcronym(w) && !/^[IVXLC]+$/.test(w) && w.length > 1 && sourceWords.has(w.toLowerCase()) && !allowed.has(w.toLowerCase()),
  );
  return left.length ? [finding('untranslated', 'warning', 'untranslated-latin', { items: listItems(left) })] : [];
}
