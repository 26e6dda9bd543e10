import './locale.css';
import { getLocale, getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { routing } from '@/i18n/routing';
import { ENDONYM, LANG_TAG } from '@/lib/languages';
import { LocaleSwitcherLinks } from './LocaleSwitcherLinks';

/**
 * The UI language choice. Each option is a real link (it works without JavaScript); the
 * client leaf keeps the path, the query and the reading position.
 */
export async function LocaleSwitcher() {
  const t = await getTranslations('LocaleSwitcher');
  const current = await getLocale();
  const options = routing.locales.map((locale) => ({ locale, label: ENDONYM[locale], tag: LANG_TAG[locale] }));
  return (
    <nav className="locale-switcher" aria-label={t('label')}>
      <Suspense fallback={null}>
        <LocaleSwitcherLinks current={current} options={options} />
      </Suspense>
    </nav>
  );
}
