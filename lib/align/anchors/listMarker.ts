import { toAsciiDigits } from './digits';
import { chineseNumeralValue, romanValue } from './numerals';

const LATIN_LETTERS = 'abcdefghij';
const CYRILLIC_LETTERS = 'абвгдежзик';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * The ordinal of a list item or numbered heading at the start of a paragraph
 * ("3.", "(3)", "III.", "三、", "（三）", "第三章", "Chapter 3", "Глава III",
 * "c)", "в)", "③"), or undefined. The number is what survives translation.
 */
export function listMarker(paragraph: string): number | undefined {
  const text = toAsciiDigits(paragraph.trimStart());
  const first = text[0];
  if (first !== undefined && CIRCLED.includes(first)) return CIRCLED.indexOf(first) + 1;

  let m = /^[(（]?(\d{1,3})(?:[.)）、．]|\s*[)）])(?!\d)/.exec(text);
  if (m?.[1]) return Number(m[1]);

  m = /^[(（]?([IVXLC]+)[.)）]\s/.exec(text);
  if (m?.[1]) return romanValue(m[1]);

  m = /^[(（]?([〇零一二两三四五六七八九十百]+)[、.．)）]/.exec(text);
  if (m?.[1]) return chineseNumeralValue(m[1]);

  m = /^第([〇零一二两三四五六七八九十百]+|\d+)[章节部篇回条课]/.exec(text);
  if (m?.[1]) return /^\d+$/.test(m[1]) ? Number(m[1]) : chineseNumeralValue(m[1]);

  m = /^(?:chapter|part|section|глава|часть|раздел)\s+(\d+|[IVXLC]+)\b/iu.exec(text);
  if (m?.[1]) return /^\d+$/.test(m[1]) ? Number(m[1]) : romanValue(m[1]);

  m = /^([a-j])\)\s/.exec(text) ?? /^([а-к])\)\s/u.exec(text);
  if (m?.[1]) {
    const letter = m[1];
    const latin = LATIN_LETTERS.indexOf(letter);
    return latin >= 0 ? latin + 1 : CYRILLIC_LETTERS.indexOf(letter) + 1;
  }
  return undefined;
}
