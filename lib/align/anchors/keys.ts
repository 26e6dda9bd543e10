import { extractLatinNames } from './latin';
import { listMarker } from './listMarker';
import { extractMonths } from './months';
import { extractNumbers } from './numbers';
import { looksLikeHeading, sentenceMarks } from './shape';

/** Evidence kinds; the first character of every key names its kind. */
export type AnchorKind = 'number' | 'month' | 'name' | 'marker' | 'heading' | 'question' | 'exclamation' | 'word';

export function anchorKind(key: string): AnchorKind {
  switch (key[0]) {
    case 'n':
      return 'number';
    case 'm':
      return 'month';
    case 'L':
    case 'T':
      return 'name';
    case 'W':
      return 'word';
    case '#':
      return 'marker';
    case 'H':
      return 'heading';
    case '?':
      return 'question';
    default:
      return 'exclamation';
  }
}

/**
 * Everything in one segment that should reappear in its translation, as a
 * multiset of string keys. `length` is the segment's normalised length.
 */
export function anchorKeys(text: string, length: number): string[] {
  const keys: string[] = [];
  const marker = listMarker(text);
  // The marker's digits are not also a number, or "12." would count twice.
  const body = marker === undefined ? text : text.replace(/^\s*\S+/u, ' ');
  if (marker !== undefined) keys.push(`#${marker}`);
  const { months, rest } = extractMonths(body);
  for (const m of months) keys.push(`m${m}`);
  for (const n of extractNumbers(rest)) keys.push(`n${n}`);
  for (const name of extractLatinNames(body)) keys.push(`L${name}`);
  for (const mark of sentenceMarks(text)) keys.push(mark);
  if (looksLikeHeading(text, length)) keys.push('H');
  return keys;
}
