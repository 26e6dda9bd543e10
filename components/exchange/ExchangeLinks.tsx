import { getTranslations } from 'next-intl/server';
import type { Lang } from '@/lib/languages';

interface Props {
  documentId: string;
  sourceLang: Lang;
  languages: Lang[];
}

/** Downloads of one document in every exchange format: plain links, so they work without JavaScript. */
export async function ExchangeLinks({ documentId, sourceLang, languages }: Props) {
  const t = await getTranslations('Exchange');
  const tLang = await getTranslations('Languages');
  const targets = languages.filter((l) => l !== sourceLang);
  const href = (query: string) => `/api/documents/${documentId}/export?${query}`;
  const links: { key: string; href: string; label: string }[] = [
    ...targets.map((lang) => ({
      key: `xliff-${lang}`,
      href: href(`format=xliff&lang=${lang}`),
      label: t('xliff', { language: tLang(lang) }),
    })),
    { key: 'tmx', href: href('format=tmx'), label: t('tmxChecked') },
    { key: 'tmx-all', href: href('format=tmx&all=1'), label: t('tmxAll') },
    { key: 'tsv', href: href('format=tsv'), label: t('tsv') },
    { key: 'txt', href: href('format=txt'), label: t('txt') },
    ...languages.map((lang) => ({
      key: `json-${lang}`,
      href: href(`format=i18next&lang=${lang}`),
      label: t('i18next', { language: tLang(lang) }),
    })),
  ];
  return (
    <section className="exchange" aria-labelledby={`export-${documentId}`}>
      <h3 id={`export-${documentId}`}>{t('exportHeading')}</h3>
      <ul className="exchange-links">
        {links.map((link) => (
          <li key={link.key}>
            <a href={link.href} download>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
