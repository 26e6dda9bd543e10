import type { Lang } from '../languages';
import { finding, type Finding, listItems, type QaInput } from './types';

/**
 * The numbers of a text. `strong` are written with digits (or with 万/亿, or as a percentage):
 * a translation must keep each. `weak` are numbers in words, month names, Chinese numerals
 * and heading numerals: they satisfy a strong number on the other side but are never
 * required, since "four" may well be rendered without a numeral.
 */
export interface Numbers {
  strong: Set<string>;
  weak: Set<string>;
}

const SPACE = '[ \\u00a0\\u202f]';
/** Digits as each language groups them: 1,000.5 in English and Chinese, 1 000,5 in Russian. */
const DIGITS: Record<Lang, RegExp> = {
  en: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y,
  zh: /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y,
  ru: new RegExp(`\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?`, 'y'),
};
const MULTIPLIERS: Record<Lang, [RegExp, number][]> = {
  en: [
    [/^\s*(?:thousand)\b/i, 1e3],
    [/^\s*(?:million|mln)\b/i, 1e6],
    [/^\s*(?:billion|bn)\b/i, 1e9],
    [/^\s*(?:trillion)\b/i, 1e12],
  ],
  ru: [
    [new RegExp(`^${SPACE}*(?:тыс\\.|тысяч[а-я]*)`, 'i'), 1e3],
    [new RegExp(`^${SPACE}*(?:млн|миллион[а-я]*)`, 'i'), 1e6],
    [new RegExp(`^${SPACE}*(?:млрд|миллиард[а-я]*)`, 'i'), 1e9],
    [new RegExp(`^${SPACE}*(?:трлн|триллион[а-я]*)`, 'i'), 1e12],
  ],
  zh: [
    [/^万亿/, 1e12],
    [/^亿/, 1e8],
    [/^万/, 1e4],
  ],
};
const PERCENT: Record<Lang, RegExp> = {
  en: /^\s*(?:%|per ?cent\b)/i,
  zh: /^\s*%/,
  ru: new RegExp(`^${SPACE}*(?:%|процент)`, 'i'),
};

function canonical(value: number, percent = false): string {
  return `${Number(value.toPrecision(12))}${percent ? '%' : ''}`;
}

const ZH_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const ZH_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const ZH_NUMERAL = /[零〇一二两三四五六七八九十百千万亿]+/g;

/** A Chinese numeral's value: 五十 50, 三千万 30 000 000, 二〇一六 2016 (digit by digit). */
export function parseChineseNumeral(text: string): number | null {
  const chars = [...text];
  if (chars.every((c) => c in ZH_DIGIT) && chars.length > 1) {
    return Number(chars.map((c) => ZH_DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    if (c in ZH_DIGIT) {
      if (digit !== null) return null;
      digit = ZH_DIGIT[c] ?? 0;
    } else if (c in ZH_UNIT) {
      section += (digit ?? 1) * (ZH_UNIT[c] ?? 1);
      digit = null;
    } else if (c in ZH_BIG) {
      const big = ZH_BIG[c] ?? 1;
      // 万 with nothing before it is a word (万一 "in case"), not a number.
      if (section === 0 && digit === null && total === 0) return null;
      total = (total + section + (digit ?? 0)) * big;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

const WORDS: Record<'en' | 'ru', [RegExp, number][]> = {
  en: [
    ...[
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'eleven',
      'twelve',
      'thirteen',
      'fourteen',
      'fifteen',
      'sixteen',
      'seventeen',
      'eighteen',
      'nineteen',
      'twenty',
    ].map((w, i): [RegExp, number] => [new RegExp(`\\b${w}\\b`, 'i'), i + 1]),
    ...['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((w, i): [RegExp, number] => [
      new RegExp(`\\b${w}\\b`, 'i'),
      (i + 3) * 10,
    ]),
    [/\bhundred\b/i, 100],
    [/\bdecade\b/i, 10],
    ...[
      'january',
      'february',
      'march',
      'april',
      'may',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
    ].map((m, i): [RegExp, number] => [new RegExp(`\\b${m}\\b`, 'i'), i + 1]),
  ],
  ru: [
    ...[
      'од[ие]н|одн[а-я]+',
      'дв[аеу][а-я]*',
      'тр[её][а-я]*|три',
      'четыр[её][а-я]*|четыр[её]х',
      'пят[ьиюя][а-я]*',
      'шест[ьи][а-я]*',
      'сем[ьи][а-я]*',
      'вос[еь]м[а-я]*',
      'девят[ьи][а-я]*',
      'десят[ьи][а-я]*|десятилети[а-я]*',
      'одиннадцат[а-я]*',
      'двенадцат[а-я]*',
    ].map((w, i): [RegExp, number] => [new RegExp(`(?<![а-яё])(?:${w})(?![а-яё])`, 'i'), i + 1]),
    [/(?<![а-яё])двадцат[а-я]*/i, 20],
    [/(?<![а-яё])тридцат[а-я]*/i, 30],
    [/(?<![а-яё])сорок[а-я]*/i, 40],
    [/(?<![а-яё])пятьдесят[а-я]*|пятидесят[а-я]*/i, 50],
    [/(?<![а-яё])сто(?![а-яё])|(?<![а-яё])сотн[а-я]*/i, 100],
    ...[
      'январ[а-я]*',
      'феврал[а-я]*',
      'март[а-я]*',
      'апрел[а-я]*',
      'ма[йяе]',
      'июн[а-я]*',
      'июл[а-я]*',
      'август[а-я]*',
      'сентябр[а-я]*',
      'октябр[а-я]*',
      'ноябр[а-я]*',
      'декабр[а-я]*',
    ].map((m, i): [RegExp, number] => [new RegExp(`(?<![а-яё])(?:${m})(?![а-яё])`, 'i'), i + 1]),
  ],
};

/** Extracts the numbers of a text written in `lang`. */
export function extractNumbers(raw: string, lang: Lang): Numbers {
  const text = raw.normalize('NFKC').replace(/\u2009/g, ' ');
  const strong = new Set<string>();
  const weak = new Set<string>();
  const digits = DIGITS[lang];
  for (let i = 0; i < text.length;) {
    // Digits inside a Latin or Cyrillic word ("G20", "Су-35") are a name, not a number.
    if (!/\d/.test(text[i] ?? '') || /[A-Za-z\u0400-\u04ff\d]/.test(text[i - 1] ?? '')) {
      i++;
      continue;
    }
    digits.lastIndex = i;
    const match = digits.exec(text);
    if (!match) {
      i++;
      continue;
    }
    const written = match[0];
    let value = Number(lang === 'ru' ? written.replace(/[ \u00a0\u202f]/g, '').replace(',', '.') : written.replace(/,/g, ''));
    let end = i + written.length;
    const rest = text.slice(end);
    const multiplier = MULTIPLIERS[lang].find(([re]) => re.test(rest));
    if (multiplier) {
      value *= multiplier[1];
      end += rest.match(multiplier[0])?.[0].length ?? 0;
    }
    const percent = PERCENT[lang].test(text.slice(end));
    strong.add(canonical(value, percent));
    if (multiplier) weak.add(canonical(Number(written.replace(/[ \u00a0\u202f]/g, '').replace(',', '.')))); // "1.5 billion" also shows 1.5
    i = end;
  }
  if (lang === 'zh') {
    for (const match of text.matchAll(ZH_NUMERAL)) {
      const value = parseChineseNumeral(match[0]);
      if (value === null) continue;
      const percent = text.slice(Math.max(0, (match.index ?? 0) - 3), match.index).endsWith('百分之');
      // With 万 or 亿, or a year written digit by digit, a Chinese numeral is as firm as digits.
      const firm = /[万亿]/.test(match[0]) || /^[〇零一二三四五六七八九]{4}$/.test(match[0]) || percent;
      (firm ? strong : weak).add(canonical(value, percent));
    }
  } else {
    for (const [re, value] of WORDS[lang]) if (re.test(text)) weak.add(canonical(value));
    // Heading numerals: "IV." at the start, or Roman numerals of two letters or more anywhere.
    for (const match of text.matchAll(/(?:^|(?<=\s))([IVXLC]{2,}|^[IVX])\b/g)) {
      const value = romanValue(match[1] ?? '');
      if (value) weak.add(canonical(value));
    }
  }
  return { strong, weak };
}

function romanValue(roman: string): number | null {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = values[roman[i] ?? ''] ?? 0;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 400 ? total : null;
}

const all = (n: Numbers) => new Set([...n.strong, ...n.weak]);

/** Numbers a text must show but the other lacks: strong on one side, absent in any form on the other. */
export function missingNumbers(from: Numbers, into: Numbers): string[] {
  const present = all(into);
  return [...from.strong].filter((n) => !present.has(n));
}

/** Numbers, dates and percentages survive: none lost, none added, none changed. */
export function checkNumbers(input: QaInput): Finding[] {
  const source = extractNumbers(input.source, input.sourceLang);
  const target = extractNumbers(input.text, input.lang);
  const findings: Finding[] = [];
  const missing = missingNumbers(source, target);
  if (missing.length) findings.push(finding('numbers', 'error', 'numbers-missing', { items: listItems(missing) }));
  const extra = missingNumbers(target, source);
  if (extra.length) findings.push(finding('numbers', 'error', 'numbers-extra', { items: listItems(extra) }));
  return findings;
}

/**
 * Across targets: a number the other target writes firmly, that this one lacks in any form,
 * and that the source gives only in words or as a month name. Where the source has it in
 * digits, or not at all, each target's own check already says so.
 */
export function checkCrossNumbers(input: QaInput): Finding[] {
  const source = extractNumbers(input.source, input.sourceLang);
  const target = extractNumbers(input.text, input.lang);
  const findings: Finding[] = [];
  for (const other of input.others) {
    const theirs = extractNumbers(other.text, other.lang);
    const disputed = missingNumbers(theirs, target).filter((n) => source.weak.has(n) && !source.strong.has(n));
    const ours = missingNumbers(target, theirs).filter((n) => source.weak.has(n) && !source.strong.has(n));
    const items = [...disputed, ...ours];
    if (items.length) {
      findings.push(finding('cross-numbers', 'warning', 'cross-numbers', { items: listItems(items), lang: other.lang }));
    }
  }
  return findings;
}
