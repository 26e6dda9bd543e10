import { finding, type Finding, type QaInput } from './types';

type End = 'period' | 'question' | 'exclamation' | 'colon' | 'semicolon' | 'ellipsis' | 'comma' | 'none';

/** Closing quotes and brackets come after the sentence's mark in every language here; look past them. */
const CLOSERS = /[\s\u00a0"'”’»“）)\]】》」』]+$/u;
const MARKS: [RegExp, End][] = [
  [/(?:…|\.\.\.)$/u, 'ellipsis'],
  [/[.。．]$/u, 'period'],
  [/[?？]$/u, 'question'],
  [/[!！]$/u, 'exclamation'],
  [/[:：]$/u, 'colon'],
  [/[;；]$/u, 'semicolon'],
  [/[,，、]$/u, 'comma'],
];
const SHOWN: Record<End, string> = {
  period: '.',
  question: '?',
  exclamation: '!',
  colon: ':',
  semicolon: ';',
  ellipsis: '…',
  comma: ',',
  none: '',
};

export function endOf(text: string): End {
  const bare = text.replace(CLOSERS, '');
  return MARKS.find(([re]) => re.test(bare))?.[1] ?? 'none';
}

/** The translation ends as the source does: a statement with a full stop, a question with a question mark, a heading with nothing. */
export function checkEndPunctuation(input: QaInput): Finding[] {
  const source = endOf(input.source);
  const target = endOf(input.text);
  if (source === target) return [];
  if (target === 'none') return [finding('end-punctuation', 'warning', 'end-missing', { source: SHOWN[source] })];
  if (source === 'none') return [finding('end-punctuation', 'warning', 'end-extra', { target: SHOWN[target] })];
  return [finding('end-punctuation', 'warning', 'end-differs', { source: SHOWN[source], target: SHOWN[target] })];
}
