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
