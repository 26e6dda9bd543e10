import { finding, type Finding, listItems, type QaInput } from './types';

/** Half-width punctuation touching a Han character, or straight quotes, in Chinese text. */
const HALF_WIDTH = /(?<=\p{Script=Han})[,;:?!()]|(?<=[\p{Script=Han}"])\.(?!\d)|[,;:?!()](?=\p{Script=Han})|"/gu;

/** Chinese uses full-width punctuation: 。，；：？！“”《》（）, never half-width between Han characters. */
export function checkZhPunctuation(input: QaInput): Finding[] {
  if (input.lang !== 'zh') return [];
  const found = input.text.match(HALF_WIDTH) ?? [];
  return found.length ? [finding('zh-punctuation', 'warning', 'zh-halfwidth', { items: listItems(found) })] : [];
}
