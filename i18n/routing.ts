import { defineRouting } from 'next-intl/routing';
import { LANGUAGES } from '@/lib/languages';

export const routing = defineRouting({
  locales: LANGUAGES,
  defaultLocale: 'en',
  // Every page URL names its UI language, so a shared link opens in the language it was sent in.
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];
