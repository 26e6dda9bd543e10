/** Script classes that matter for length and language detection. */
export const HAN = /[\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2FA1F}]/u;
export const KANA_HANGUL = /[\u3040-\u30FF\u31F0-\u31FF\uAC00-\uD7AF\u1100-\u11FF]/u;
export const CYRILLIC = /[\u0400-\u04FF\u0500-\u052F]/u;
export const LATIN = /[A-Za-z\u00C0-\u024F]/u;

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}
