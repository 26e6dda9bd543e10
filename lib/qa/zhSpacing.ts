import { finding, type Finding, type QaInput } from './types';

const CJK = '\\p{Script=Han}，。；：？！、“”‘’《》（）【】「」';
const SPACE_BY_HAN = new RegExp(`[${CJK}][ \\t\\u00a0\\u3000]+|[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'gu');

/** Chinese text has no spaces next to Han characters or full-width punctuation. */
export function checkZhSpacing(input: QaInput): Finding[] {
  if (input.lang !== 'zh') return [];
  const count = input.text.match(SPACE_BY_HAN)?.length ?? 0;
  return count ? [finding('zh-spacing', 'warning', 'zh-spacing', { count: String(count) })] : [];
}
