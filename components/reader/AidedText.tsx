import type { Lang } from '@/lib/languages';
import type { ReadingAids } from '@/lib/reader/aids';
import { addSoftHyphens } from '@/lib/text-aids/hyphenate';
import { chineseTokens } from '@/lib/text-aids/pinyin';
import { toTraditional } from '@/lib/text-aids/script';
import { addStressMarks, type StressDictionary } from '@/lib/text-aids/stress';

/** The view's reading aids with what they need on the server. */
export interface TextAids {
  options: ReadingAids;
  /** Loaded only when the view shows stress marks. */
  stress: StressDictionary | null;
}

/** The `lang` of a cell's text as shown: Chinese converted to Traditional is zh-Hant. */
export function shownTag(lang: Lang, aids: TextAids, tag: string): string {
  return lang === 'zh' && aids.options.script === 'hant' ? 'zh-Hant' : tag;
}

/**
 * A run of a cell's text as the reading aids show it, rendered on the server: Chinese in
 * Traditional characters and with pinyin ruby, one `.w` element per word; Russian with stress
 * marks; Russian and English with soft hyphens in long words (Chromium on Linux has no
 * hyphenation dictionary). The stored text is never changed: only marks are added.
 */
export function AidedText({ text, lang, aids }: { text: string; lang: Lang; aids: TextAids }) {
  if (lang === 'zh') {
    const convert = aids.options.script === 'hant' ? toTraditional : undefined;
    if (aids.options.pinyin === 'off') return <>{convert ? convert(text) : text}</>;
    const tones = aids.options.pinyin === 'tone';
    return (
      <>
        {chineseTokens(text, convert).map((token, i) =>
          token.kind === 'text' ? (
            token.text
          ) : (
            <span key={i} className="w">
              {token.chars.map((c, j) =>
                c.pinyin ? (
                  <ruby key={j} className={tones ? `tone tone-${c.tone}` : undefined}>
                    {c.char}
                    <rp>(</rp>
                    <rt>{c.pinyin}</rt>
                    <rp>)</rp>
                  </ruby>
                ) : (
                  c.char
                ),
              )}
            </span>
          ),
        )}
      </>
    );
  }
  const marked = lang === 'ru' && aids.options.stress && aids.stress ? addStressMarks(text, aids.stress) : text;
  return <>{addSoftHyphens(marked, lang)}</>;
}
