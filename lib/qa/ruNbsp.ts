import { finding, type Finding, listItems, type QaInput } from './types';

/**
 * Where Russian typography keeps words together with a non-breaking space: after a number
 * followed by a word ("50 экспертов"), after a one- or two-letter word ("в Китае", "и России"),
 * and before an em dash. The particles же, ли, бы lean on the word before them, not after. An ordinary space there lets a line break strand the word.
 */
const BREAKABLE = /\d+ (?=[а-яё])|(?<![\p{L}\d-])(?!(?:же|ли|бы)\s)[а-яё]{1,2} (?=[\p{L}\d«(])| (?=—)/giu;

export function checkRuNbsp(input: QaInput): Finding[] {
  if (input.lang !== 'ru') return [];
  const found = (input.text.match(BREAKABLE) ?? []).map((m) => (m === ' ' ? '—' : m.trim()));
  return found.length ? [finding('ru-nbsp', 'info', 'ru-nbsp', { items: listItems(found, 5) })] : [];
}
