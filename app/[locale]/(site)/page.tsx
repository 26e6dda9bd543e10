import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DocumentCard } from '@/components/home/DocumentCard';
import { listDocuments } from '@/server/queries';

// Reads the database on every request; nothing here is prerendered at build time.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return { title: { absolute: t('homeTitle') } };
}

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const documents = await listDocuments();

  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {documents.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="document-list">
          {documents.map((doc) => (
            <li key={doc.id}>
              <DocumentCard document={doc} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
