import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { ReaderView } from '@/components/reader/ReaderView';
import { readerMetadata } from '@/app/[locale]/reader-metadata';
import { parseAids } from '@/lib/reader/aids';
import { parseColumns } from '@/lib/reader/columns';
import { roleAtLeast } from '@/lib/review';
import { getReaderQaFlags, getReaderView, getReviewPolicy, getStressDictionary, getViewer } from '@/server/queries';

export const dynamic = 'force-dynamic';

type Query = Record<string, string | string[] | undefined>;
interface Props {
  params: Promise<{ locale: Locale; doc: string }>;
  searchParams: Promise<Query>;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, doc } = await params;
  return readerMetadata(doc, locale);
}

/**
 * The reader rendered for this request: for signed-in people (a reviewer sees statuses and can
 * check or reject cells). Anyone else is served the same view from the cache (proxy.ts).
 */
export default async function ReaderPage({ params, searchParams }: Props) {
  const { locale, doc } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const view = await getReaderView(doc, one(query.at), one(query.p));
  if (!view) notFound();
  const columns = parseColumns(query.cols, view.document.languages);
  const user = await getViewer();
  const reviewer =
    user && roleAtLeast(user.role, 'reviewer') ? { id: user.id, role: user.role, languages: user.languages } : null;
  const selfCheck = reviewer ? (await getReviewPolicy()).allowSelfCheck : false;
  // Quality flags are a reviewer's option only: anonymous views are cached and never carry them.
  const qaFlags =
    reviewer && one(query.qa) === '1'
      ? await getReaderQaFlags(
          view.document.id,
          view.document.segments.map((s) => s.id),
        )
      : null;
  const aids = parseAids(query);
  const stress = await getStressDictionary(aids.stress && columns.includes('ru'));
  return (
    <ReaderView
      document={view.document}
      page={view.page}
      columns={columns}
      showStatus={one(query.status) === '1' || reviewer !== null}
      reviewer={reviewer}
      allowSelfCheck={selfCheck}
      qaFlags={qaFlags}
      aids={{ options: aids, stress: stress.dictionary, stressOffered: stress.offered }}
    />
  );
}
