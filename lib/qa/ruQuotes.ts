import { finding, type Finding, type QaInput } from './types';

/**
 * Russian quotes are «», with „“ inside: straight quotes, ” and a “ that opens (no „ before
 * it) are English habits.
 */
export function checkRuQuotes(input: QaInput): Finding[] {
  if (input.lang !== 'ru') return [];
  const wrong: string[] = [];
  let innerOpen = 0;
  for (const ch of input.text) {
    if (ch === '"' || ch === '”' || ch === "'" || ch === '‘') wrong.push(ch);
    else if (ch === '„') innerOpen++;
    else if (ch === '“') {
      if (innerOpen > 0) innerOpen--;
      else wrong.push(ch);
    }
  }
  return wrong.length ? [finding('ru-quotes', 'warning', 'ru-quotes', { items: [...new Set(wrong)].join(' ') })] : [];
}
