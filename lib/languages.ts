/** Content languages Triglot reads and translates. Also the UI locales. */
export const LANGUAGES = ['en', 'zh', 'ru'] as const;
export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** BCP 47 tags for `lang` attributes: Chinese content is Simplified. */
export const LANG_TAG: Record<Lang, string> = { en: 'en', zh: 'zh-Hans', ru: 'ru' };

/** Each language's name for itself: shown in the locale switcher whatever the UI language. */
export const ENDONYM: Record<Lang, string> = { en: 'English', zh: '中文', ru: 'Русский' };

/**
 * A stored list of languages ("zh,ru") as a list, or null for "every language" (nothing
 * stored, or nothing known in it: an unknown code never narrows access to nothing).
 */
export function parseLanguages(value: string | null | undefined): Lang[] | null {
  if (!value) return null;
  const langs = value.split(',').filter(isLang);
  return langs.length > 0 ? langs : null;
}

/** The stored form of a language list: null when it names none or all of them. */
export function serializeLanguages(languages: readonly Lang[] | null): string | null {
  return languages && languages.length > 0 && languages.length < LANGUAGES.length ? languages.join(',') : null;
}
