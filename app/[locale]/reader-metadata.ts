import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { isLang } from '@/lib/languages';
import { getReaderOutline } from '@/server/queries';

/**
 * Title and description of a reader page, in the UI language. The title comes from the
 * outline the page reads anyway (its first title segment), not from a query of its own.
 */
export async function readerMetadata(doc: string, locale: Locale): Promise<Metadata> {
  const outline = await getReaderOutline(doc);
  if (!outline) return {};
  const titles = outline.toc.find((entry) => entry.kind === 'title')?.titles ?? {};
  const title = (isLang(locale) ? titles[locale] : undefined) ?? titles[outline.sourceLang] ?? outline.id;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const tLang = await getTranslations({ locale, namespace: 'Languages' });
  const languages = new Intl.ListFormat(locale, { type: 'conjunction' }).format(outline.languages.map((l) => tLang(l)));
  return { title, description: t('readerDescription', { title, languages }) };
}
