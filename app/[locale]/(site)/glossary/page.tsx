import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { GlossaryManager } from '@/components/glossary/GlossaryManager';
import { getGlossary, getViewer, listDocuments } from '@/server/queries';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ doc?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Glossary' });
  return { title: t('title') };
}

/** The glossary of one document (`?doc=`) or of all documents: readable by anyone, edited by reviewers and admins. */
export default async function GlossaryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const requested = (await searchParams).doc;
  const [documents, viewer, t] = await Promise.all([listDocuments(), getViewer(), getTranslations('Glossary')]);
  const doc = typeof requested === 'string' && documents.some((d) => d.id === requested) ? requested : null;
  const entries = (await getGlossary(doc)).filter((e) => e.documentId === doc);
  return (
    <div className="page wide-page">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <GlossaryManager
        documentId={doc}
        documents={documents.map((d) => d.id)}
        entries={entries}
        canEdit={viewer !== null && (viewer.role === 'reviewer' || viewer.role === 'admin')}
      />
    </div>
  );
}
