import { Converter } from 'opencc-js/cn2t';

/** How Chinese is shown: as stored (Simplified) or converted to Traditional characters. */
export type ChineseScript = 'hans' | 'hant';

// OpenCC's character tables from Mainland to Taiwan standard characters, without its phrase
// table (软件 stays 軟件, not 軟體): the script changes, the wording never does.
const toHant = Converter({ from: 'cn', to: 'tw' });

/** Simplified Chinese shown in Traditional characters; for display only, the stored text is never converted. */
export function toTraditional(text: string): string {
  return toHant(text);
}
