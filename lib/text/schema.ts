import { z } from 'zod';
import { cleanText, hasVisibleText } from './rules';

/**
 * A zod schema for text a person supplies, through the rules of lib/text/rules.ts. Its issues
 * are message keys: `invalidCharacter` (a control character or a lone surrogate), `required`
 * (nothing visible), `tooLong` (over `max` UTF-16 units, counted after cleaning, as a textarea's
 * maxLength counts), and `typeError` for a value that is not a string.
 *
 * `allowEmpty`: an empty or invisible-only text becomes `''` instead of an issue.
 */
export function userText(options: { max: number; allowEmpty?: boolean; trim?: boolean; typeError?: string }) {
  const typeError = options.typeError ?? 'invalidType';
  return z.string({ error: (issue) => (issue.input === undefined ? 'required' : typeError) }).transform((value, ctx) => {
    const cleaned = cleanText(value, { trim: options.trim ?? true, allowEmpty: true });
    if (!cleaned.ok) {
      ctx.addIssue({ code: 'custom', message: 'invalidCharacter', input: value });
      return z.NEVER;
    }
    if (!hasVisibleText(cleaned.text)) {
      if (options.allowEmpty) return '';
      ctx.addIssue({ code: 'custom', message: 'required', input: value });
      return z.NEVER;
    }
    if (cleaned.text.length > options.max) {
      ctx.addIssue({ code: 'custom', message: 'tooLong', input: value });
      return z.NEVER;
    }
    return cleaned.text;
  });
}
