import { Converter } from 'opencc-js/cn2t';

/** How Chinese is shown: as stored (Simplified) or converted to Traditional characters. */
export type ChineseScript = 'hans' | 'hant';

let toHant: ((text: string) => string) | undefined;

/**
 * Simplified Chinese shown in Traditional characters; for display only, the stored text is
 * never converted. OpenCC's tables from Mainland to Taiwan standard characters, without the
 * Taiwan phrase table (软件 stays 軟件, not 軟體): the script changes, the wording never does.
 * The converter is built on first use and kept: about 42 MB of heap, so only a process that
 * shows Traditional characters pays for it.
 */
export function toTraditional(text: string): string {
  toHant ??= Converter({ from: 'cn', to: 'tw' });
  return toHant(text);
}
