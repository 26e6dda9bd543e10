import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { ReaderView } from '@/components/reader/ReaderView';
import { readerMetadata } from '@/app/[locale]/reader-metadata';
import { parseCachedView } from '@/lib/reader/cached-view';
import { parseColumns } from '@/lib/reader/columns';
import { getReaderView, getStressDictionary } from '@/server/queries';

/*
 * The anonymous reader, rendered once per view and served from Next's cache after that. Only
 * proxy.ts links here (it refuses the path from outside): it rewrites /{locale}/read/{doc}?…
 * to /{locale}/cached-read/{doc}/{revision~columns~status~page~aids}, so a change to the document
 * (a new revision) is a new page, and no page is ever stale.
 */
export const dynamic = 'force-static';
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

interface Props {
  params: Promise<{ locale: Locale; doc: string; view: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, doc } = await params;
  return readerMetadata(doc, locale);
}

export default async function CachedReaderPage({ params }: Props) {
  const { locale, doc, view: key } = await params;
  setRequestLocale(locale);
  const wanted = parseCachedView(key);
  if (!wanted) notFound();
  const view = await getReaderView(doc, undefined, String(wanted.page));
  // Another database's page, or a revision that does not exist yet: never cache a page for it.
  if (!view || wanted.epoch !== view.page.epoch || wanted.revision > view.page.revision) notFound();
  const columns = parseColumns(wanted.columns.join(','), view.document.languages);
  const stress = await getStressDictionary(wanted.aids.stress && columns.includes('ru'));
  return (
    <ReaderView
      document={view.document}
      page={view.page}
      columns={columns}
      showStatus={wanted.showStatus}
      aids={{ options: wanted.aids, stress: stress.dictionary, stressOffered: stress.offered }}
    />
  );
}
