import { finding, type Finding, type QaInput } from './types';

/** A hyphen, en dash or double hyphen standing between spaces where Russian puts an em dash. */
const FALSE_DASH = /(?<=[\s\u00a0])(?:-{1,2}|–)(?=[\s\u00a0])/g;

/** Russian uses the em dash (—) between words; the en dash only in ranges (25–26). */
export function checkRuDashes(input: QaInput): Finding[] {
  if (input.lang !== 'ru') return [];
  const found = input.text.match(FALSE_DASH) ?? [];
  return found.length ? [finding('ru-dashes', 'warning', 'ru-dashes', { items: [...new Set(found)].join(' ') })] : [];
}
