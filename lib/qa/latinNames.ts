import { hasLatinWord, isAcronym, isLatinName, latinWords } from './script';
import { finding, type Finding, listItems, type QaInput } from './types';

/** The Latin names a source asks to keep: acronyms in an English source, every Latin word in a Chinese or Russian one. */
export function sourceNames(source: string, sourceLang: QaInput['sourceLang']): string[] {
  const words = latinWords(source);
  return [...new Set(sourceLang === 'en' ? words.filter(isAcronym) : words.filter((w) => w.length > 1))];
}

/** Whether a glossary entry speaks for this word in the source language (it then decides the rendering). */
function coveredByGlossary(word: string, input: QaInput): boolean {
  return input.glossary.some((e) => (e.terms[input.sourceLang] ?? []).some((t) => t === word));
}

/**
 * Latin names survive: each acronym (or, from a Chinese or Russian source, each Latin word)
 * is in the translation unless the glossary gives its rendering; and a Chinese or Russian
 * translation has no Latin name the source lacks.
 */
export function checkLatinNames(input: QaInput): Finding[] {
  const findings: Finding[] = [];
  const missing = sourceNames(input.source, input.sourceLang).filter(
    (w) => !hasLatinWord(input.text, w) && !coveredByGlossary(w, input),
  );
  if (missing.length) findings.push(finding('latin-names', 'warning', 'latin-missing', { items: listItems(missing) }));
  if (input.lang !== 'en') {
    const allowed = input.glossary.flatMap((e) => e.terms[input.lang] ?? []).join(' ');
    const extra = latinWords(input.text).filter(
      (w) => isLatinName(w) && !hasLatinWord(input.source, w) && !hasLatinWord(allowed, w),
    );
    if (extra.length) findings.push(finding('latin-names', 'warning', 'latin-extra', { items: listItems(extra) }));
  }
  return findings;
}

/**
 * Across targets: a Latin name that the source and the other target have and this one lacks.
 * Acronyms of an English source are left to each target's own check.
 */
export function checkCrossLatin(input: QaInput): Finding[] {
  if (input.lang === 'en') return [];
  const findings: Finding[] = [];
  for (const other of input.others) {
    if (other.lang === 'en') continue;
    const lacking = latinWords(other.text).filter(
      (w) =>
        isLatinName(w) &&
        hasLatinWord(input.source, w) &&
        !hasLatinWord(input.text, w) &&
        !(input.sourceLang === 'en' && isAcronym(w)),
    );
    if (lacking.length) {
      findings.push(finding('cross-latin', 'info', 'cross-latin', { items: listItems(lacking), lang: other.lang }));
    }
  }
  return findings;
}
