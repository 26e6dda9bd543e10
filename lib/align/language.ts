import type { Lang } from './types';
import { CYRILLIC, HAN, LATIN } from './script';

/**
 * A Han character carries roughly as much as three Latin or Cyrillic letters,
 * so a Chinese text quoting English names is still detected as Chinese.
 */
const HAN_WEIGHT = 3;

/** Detects zh / ru / en by script; text with no letters counts as English. */
export function detectLanguage(text: string): Lang {
  let han = 0;
  let cyr = 0;
  let lat = 0;
  for (const ch of text) {
    if (HAN.test(ch)) han += HAN_WEIGHT;
    else if (CYRILLIC.test(ch)) cyr += 1;
    else if (LATIN.test(ch)) lat += 1;
  }
  if (han >= cyr && han >= lat && han > 0) return 'zh';
  if (cyr >= lat && cyr > 0) return 'ru';
  return 'en';
}
