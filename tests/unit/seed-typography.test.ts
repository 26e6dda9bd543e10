import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Typography of the seed article's translations, so that an edit cannot quietly bring back
 * straight quotes, breakable dashes or Western punctuation in Chinese.
 *
 * Russian rules applied to content/sino-russian-cooperation/ru.json:
 * - quotation marks are «ёлочки», with „лапки“ for a quotation inside a quotation; no straight ";
 * - an em dash has a non-breaking space (U+00A0) before it and a plain space after it;
 *   a hyphen-minus is never used as a dash, and ranges take an en dash (25–26);
 * - a non-breaking space joins: a number to the word after it (50 экспертов, 2016 года);
 *   the parts of т. д. / т. е. / т. п.; a section numeral to its heading (I. В основе);
 *   every one- or two-letter word to the word after it (в, и, с, к, о, у, а, на, по, за, до,
 *   не, ни, но, из, от, мы, её, Си…), which covers short prepositions, conjunctions and
 *   particles; the particles же, ли, бы are instead joined to the word before them;
 * - no run of two spaces.
 *
 * Chinese rules applied to content/sino-russian-cooperation/zh.json: full-width punctuation
 * only (no ASCII , . ; : ? ! ( ) or " next to a Han character), no space of any kind next to
 * a Han character or full-width punctuation mark, and balanced “” and 《》 (not nested).
 */

const DOC_DIR = path.resolve(__dirname, '../../content/sino-russian-cooperation');
const NBSP = '\u00a0';

function load(lang: 'ru' | 'zh'): Record<string, string> {
  return JSON.parse(readFileSync(path.join(DOC_DIR, `${lang}.json`), 'utf8'));
}

/** The text around an offset, with non-breaking spaces made visible as ⍽. */
function excerpt(text: string, at: number, length = 1): string {
  const from = Math.max(0, at - 20);
  const to = Math.min(text.length, at + length + 20);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replaceAll(NBSP, '⍽');
}

interface Finding {
  at: number;
  length?: number;
  problem: string;
}

type Check = (text: string) => Finding[];

function matches(text: string, re: RegExp, problem: string): Finding[] {
  return [...text.matchAll(re)].map((m) => ({ at: m.index, length: m[0].length, problem }));
}

const SHORT_WORD_EXCEPTIONS = new Set(['же', 'ли', 'бы']);

const RU_CHECKS: Record<string, Check> = {
  'no straight double quotes': (t) => matches(t, /"/g, 'straight double quote; use «» (and „“ inside)'),
  'em dash after a non-breaking space, plain space after it': (t) =>
    [...t.matchAll(/—/g)].flatMap((m) => {
      const before = t[m.index - 1];
      const after = t[m.index + 1];
      const problems: Finding[] = [];
      if (before !== NBSP) problems.push({ at: m.index, problem: 'em dash must follow U+00A0' });
      if (after !== undefined && after !== ' ')
        problems.push({ at: m.index, problem: 'em dash must be followed by a plain space' });
      return problems;
    }),
  'non-breaking space inside т. д. / т. е. / т. п.': (t) =>
    matches(t, /(?<!\p{L})т\.(?!\u00a0)\s*(?=[деп]\.)/gu, 'т. д. / т. е. / т. п. need U+00A0 after «т.»'),
  'non-breaking space between a number and the word after it': (t) =>
    matches(t, /\d[ \t]+(?=\p{Script=Cyrillic})/gu, 'number followed by a plain space and a word; use U+00A0'),
  'no hyphen-minus used as a dash': (t) => matches(t, /(?:^|\s)--?(?=\s|$)/g, 'hyphen-minus used as a dash; use —'),
  'en dash in number ranges': (t) => matches(t, /\d[-—]\d/g, 'number range needs an en dash (25–26)'),
  'balanced «» with „“ inside': (t) => {
    const problems: Finding[] = [];
    let outer = -1;
    let inner = -1;
    for (let i = 0; i < t.length; i++) {
      const ch = t[i];
      if (ch === '«') {
        if (outer >= 0) problems.push({ at: i, problem: '« inside «»; use „“ for a nested quotation' });
        outer = i;
      } else if (ch === '»') {
        if (outer < 0) problems.push({ at: i, problem: '» without «' });
        if (inner >= 0) problems.push({ at: inner, problem: '„ not closed by “ before »' });
        outer = -1;
        inner = -1;
      } else if (ch === '„') {
        if (outer < 0 || inner >= 0) problems.push({ at: i, problem: '„ only opens a quotation nested in «»' });
        inner = i;
      } else if (ch === '“') {
        if (inner < 0) problems.push({ at: i, problem: '“ without „' });
        inner = -1;
      } else if (ch === '”') {
        problems.push({ at: i, problem: '” is not a Russian quotation mark' });
      }
    }
    if (outer >= 0) problems.push({ at: outer, problem: '« never closed' });
    return problems;
  },
  'non-breaking space after a section numeral': (t) =>
    matches(t, /^[IVXLC]+\.(?!\u00a0)/g, 'section numeral must be followed by U+00A0'),
  'one- and two-letter words bound to the next word': (t) =>
    [...t.matchAll(/(?<![\p{L}\-])(\p{Script=Cyrillic}{1,2}) /gu)]
      .filter((m) => !SHORT_WORD_EXCEPTIONS.has((m[1] ?? '').toLowerCase()))
      .map((m) => ({ at: m.index, length: m[0].length, problem: `«${m[1]}» must be followed by U+00A0` })),
  'же, ли, бы bound to the word before': (t) =>
    matches(t, / (?=(?:же|ли|бы)(?!\p{L}))/gu, 'particle must follow U+00A0, not a plain space'),
  'no double spaces': (t) => matches(t, /[ \u00a0]{2,}/g, 'two spaces in a row'),
};

const HAN_SIDE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”';

const ZH_CHECKS: Record<string, Check> = {
  'no ASCII punctuation next to Han': (t) =>
    matches(
      t,
      /\p{Script=Han}[,.;:?!()"]|[,.;:?!()"]\p{Script=Han}/gu,
      'half-width punctuation next to a Han character; use ，。；：？！（）“”',
    ),
  'no spaces next to Han': (t) =>
    matches(t, new RegExp(`[${HAN_SIDE}]\\s|\\s[${HAN_SIDE}]`, 'gu'), 'space next to Han or full-width punctuation'),
  'balanced “”': (t) => pairs(t, '“', '”'),
  'balanced 《》': (t) => pairs(t, '《', '》'),
};

/** Opening and closing marks alternate: no nesting, nothing left open. */
function pairs(text: string, open: string, close: string): Finding[] {
  const problems: Finding[] = [];
  let opened = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === open) {
      if (opened >= 0) problems.push({ at: i, problem: `${open} opened again before ${close}` });
      opened = i;
    } else if (ch === close) {
      if (opened < 0) problems.push({ at: i, problem: `${close} without ${open}` });
      opened = -1;
    }
  }
  if (opened >= 0) problems.push({ at: opened, problem: `${open} never closed` });
  return problems;
}

function findings(checks: Record<string, Check>, texts: Record<string, string>): string[] {
  return Object.entries(texts).flatMap(([id, text]) =>
    Object.values(checks).flatMap((check) =>
      check(text).map(({ at, length, problem }) => `${id}: ${problem}: "${excerpt(text, at, length)}"`),
    ),
  );
}

describe('seed typography', () => {
  const ru = load('ru');
  const zh = load('zh');

  it.each(Object.keys(RU_CHECKS))('ru: %s', (name) => {
    expect(findings({ [name]: RU_CHECKS[name]! }, ru)).toEqual([]);
  });

  it.each(Object.keys(ZH_CHECKS))('zh: %s', (name) => {
    expect(findings({ [name]: ZH_CHECKS[name]! }, zh)).toEqual([]);
  });
});

// Each check must be able to fail: a correct sample passes, a broken one is caught.
describe('the typography checks themselves', () => {
  const n = NBSP;
  const ruGood = `I.${n}Итак, 25–26${n}марта 2016${n}года мы${n}говорили «о${n}„мечте“»${n}— и${n}т.${n}д. Это${n}же так.`;
  const ruBroken: Record<string, string> = {
    'no straight double quotes': `Слово "мечта".`,
    'em dash after a non-breaking space, plain space after it': `Итак — всё.`,
    'non-breaking space inside т. д. / т. е. / т. п.': `Санкции и${n}т. д.`,
    'non-breaking space between a number and the word after it': `Более 50 экспертов.`,
    'no hyphen-minus used as a dash': `Итак${n}- всё.`,
    'en dash in number ranges': `Даты 25-26${n}марта.`,
    'balanced «» with „“ inside': `Слова «мечта «русская»».`,
    'non-breaking space after a section numeral': `II. Глава`,
    'one- and two-letter words bound to the next word': `Учёные в ходе конференции.`,
    'же, ли, бы bound to the word before': `Так же верно.`,
    'no double spaces': `Итак,  всё.`,
  };
  const zhGood = '会上，学者们提出了“不完全市场经济”的思路（1+1），见《老子》。';
  const zhBroken: Record<string, string> = {
    'no ASCII punctuation next to Han': '会上,学者们提出了问题.',
    'no spaces next to Han': '会上， 学者们提出了 TPP 问题。',
    'balanced “”': '学者们提出了“不完全市场经济的思路。',
    'balanced 《》': '见《老子《道德经》。',
  };

  it('covers every check with a broken sample', () => {
    expect(Object.keys(ruBroken).sort()).toEqual(Object.keys(RU_CHECKS).sort());
    expect(Object.keys(zhBroken).sort()).toEqual(Object.keys(ZH_CHECKS).sort());
  });

  it('accepts well-set samples', () => {
    expect(findings(RU_CHECKS, { sample: ruGood })).toEqual([]);
    expect(findings(ZH_CHECKS, { sample: zhGood })).toEqual([]);
  });

  it.each(Object.entries(ruBroken))('ru: %s catches %j', (name, text) => {
    expect(findings({ [name]: RU_CHECKS[name]! }, { 'p1-potential': text })[0]).toMatch(/^p1-potential: /);
  });

  it.each(Object.entries(zhBroken))('zh: %s catches %j', (name, text) => {
    expect(findings({ [name]: ZH_CHECKS[name]! }, { 'p1-potential': text })[0]).toMatch(/^p1-potential: /);
  });
});
