import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { getDocumentTitle, getReaderOutline } from '@/server/queries';

/** Title and description of a reader page, in the UI language. */
export async function readerMetadata(doc: string, locale: Locale): Promise<Metadata> {
  const [title, outline] = await Promise.all([getDocumentTitle(doc, locale), getReaderOutline(doc)]);
  if (title === undefined || !outline) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const tLang = await getTranslations({ locale, namespace: 'Languages' });
  const languages = new Intl.ListFormat(locale, { type: 'conjunction' }).format(outline.languages.map((l) => tLang(l)));
  return { title, description: t('readerDescription', { title, languages }) };
}
