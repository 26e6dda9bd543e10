import { toAsciiDigits } from './digits';

const EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Every case form of each Russian month, spelled out so "маяк" is no month.
const SOFT = '(?:ь|я|е|ю|ём|ем)';
const HARD = '(?:а|е|у|ом)?';
const RU = [
  `январ${SOFT}`,
  `феврал${SOFT}`,
  `март${HARD}`,
  `апрел${SOFT}`,
  '(?:май|мая|мае|маю|маем)',
  `июн${SOFT}`,
  `июл${SOFT}`,
  `август${HARD}`,
  `сентябр${SOFT}`,
  `октябр${SOFT}`,
  `ноябр${SOFT}`,
  `декабр${SOFT}`,
];

const EN_RE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?/g;
const RU_RE = new RegExp(RU.map((r) => `(?<![а-яё])(${r})(?![а-яё])`).join('|'), 'giu');
const ZH_RE = /(?<!\d)(1[0-2]|0?[1-9])\s*月/g;

/**
 * Month mentions as 1-12. Dates survive translation well, but the month moves
 * between a word and a number, so it gets a key of its own; the Chinese
 * "3月" digits are removed from the text so they are not counted twice.
 */
export function extractMonths(text: string): { months: number[]; rest: string } {
  const months: number[] = [];
  let rest = toAsciiDigits(text).replace(ZH_RE, (_m, d: string) => {
    months.push(Number(d));
    return ' ';
  });
  rest = rest.replace(EN_RE, (m: string, name: string) => {
    // Capitalised "May" is too often a modal verb at a sentence start.
    if (name === 'May') return m;
    const idx = EN.indexOf(name.slice(0, 3).toLowerCase());
    months.push(idx + 1);
    return ' ';
  });
  rest = rest.replace(RU_RE, (...args: unknown[]) => {
    // The capture group that matched tells which month it was.
    const idx = args.slice(1, 13).findIndex((g) => typeof g === 'string');
    if (idx >= 0) months.push(idx + 1);
    return ' ';
  });
  return { months, rest };
}
