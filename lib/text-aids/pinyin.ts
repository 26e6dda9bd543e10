import { pinyin } from 'pinyin-pro';

/** 1–4 the tones, 5 the neutral tone. */
export type Tone = 1 | 2 | 3 | 4 | 5;

/** One character as shown, with its reading if it is a Han character with one. */
export interface RubyChar {
  char: string;
  pinyin: string | null;
  tone: Tone | null;
}

/** Chinese text cut into words (Han characters with readings) and the runs between them. */
export type ChineseToken = { kind: 'text'; text: string } | { kind: 'word'; chars: RubyChar[] };

const HAN = /\p{Script=Han}/u;
const TONE_OF: Record<string, Tone> = {};
for (const [tone, marks] of [
  [1, 'āēīōūǖ'],
  [2, 'áéíóúǘńḿ'],
  [3, 'ǎěǐǒǔǚň'],
  [4, 'àèìòùǜǹ'],
] as const) {
  for (const mark of marks) TONE_OF[mark] = tone;
}

/** The tone of a syllable written with tone marks (no mark: the neutral tone). */
export function toneOf(syllable: string): Tone {
  for (const ch of syllable) {
    const tone = TONE_OF[ch];
    if (tone) return tone;
  }
  return 5;
}

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Each character's reading, chosen in the context of the whole text, so polyphonic characters
 * read as their word needs (银行 háng, 行走 xíng). Null for anything without one.
 */
function readings(chars: string[]): (string | null)[] {
  const text = chars.join('');
  let all = pinyin(text, { type: 'array', toneType: 'symbol' });
  // The library answers one item per character; should it not, ask character by character.
  if (all.length !== chars.length) all = chars.map((ch) => pinyin(ch, { toneType: 'symbol' }));
  return chars.map((ch, i) => {
    const reading = all[i];
    return HAN.test(ch) && reading && reading !== ch ? reading : null;
  });
}

/**
 * The text as words for ruby: each word (Intl.Segmenter's word boundaries) that holds a Han
 * character is one token, with each character's pinyin and tone, so a word can be shown and
 * selected as one element. `convert` changes what is shown (Simplified to Traditional); the
 * readings come from the stored text. A conversion that does not keep the number of characters
 * is applied per word, and a word it would change in length is shown as stored.
 */
export function chineseTokens(text: string, convert?: (s: string) => string): ChineseToken[] {
  const chars = [...text];
  const reads = readings(chars);
  let shown = convert ? [...convert(text)] : chars;
  const perWord = shown.length !== chars.length;
  if (perWord) shown = [];

  const tokens: ChineseToken[] = [];
  let at = 0;
  for (const { segment } of words.segment(text)) {
    const own = [...segment];
    let display = perWord ? own : shown.slice(at, at + own.length);
    if (perWord && convert) {
      const converted = [...convert(segment)];
      if (converted.length === own.length) display = converted;
    }
    if (own.some((ch) => HAN.test(ch))) {
      tokens.push({
        kind: 'word',
        chars: display.map((char, i) => {
          const reading = reads[at + i] ?? null;
          return { char, pinyin: reading, tone: reading ? toneOf(reading) : null };
        }),
      });
    } else {
      const run = display.join('');
      const last = tokens.at(-1);
      if (last?.kind === 'text') last.text += run;
      else tokens.push({ kind: 'text', text: run });
    }
    at += own.length;
  }
  return tokens;
}

/** What the tokens show, joined: the text itself, or its conversion. */
export function tokensText(tokens: ChineseToken[]): string {
  return tokens.map((t) => (t.kind === 'text' ? t.text : t.chars.map((c) => c.char).join(''))).join('');
}
