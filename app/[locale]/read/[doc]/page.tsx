import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ReaderView } from '@/components/reader/ReaderView';
import { isLang } from '@/lib/languages';
import { parseColumns } from '@/lib/reader/columns';
import { roleAtLeast } from '@/lib/review';
import { getReaderDocument, getReviewPolicy, getViewer, type ReaderDocument } from '@/server/queries';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: Locale; doc: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function titleIn(document: ReaderDocument, locale: string): string {
  const title = document.segments.find((s) => s.kind === 'title');
  const lang = isLang(locale) ? locale : document.sourceLang;
  const cell = title?.cells[lang];
  const source = title?.cells[document.sourceLang];
  if (cell && cell.status !== 'missing') return cell.text;
  if (source && source.status !== 'missing') return source.text;
  return document.id;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, doc } = await params;
  const document = await getReaderDocument(doc);
  if (!document) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  const tLang = await getTranslations({ locale, namespace: 'Languages' });
  const title = titleIn(document, locale);
  const languages = new Intl.ListFormat(locale, { type: 'conjunction' }).format(document.languages.map((l) => tLang(l)));
  return { title, description: t('readerDescription', { title, languages }) };
}

export default async function ReaderPage({ params, searchParams }: Props) {
  const { locale, doc } = await params;
  setRequestLocale(locale);
  const document = await getReaderDocument(doc);
  if (!document) notFound();
  const query = await searchParams;
  const columns = parseColumns(query.cols, document.languages);
  // A signed-in reviewer reads with statuses shown and can check or reject cells in place.
  const user = await getViewer();
  const reviewer =
    user && roleAtLeast(user.role, 'reviewer') ? { id: user.id, role: user.role, languages: user.languages } : null;
  const selfCheck = reviewer ? (await getReviewPolicy()).allowSelfCheck : false;
  return (
    <ReaderView
      document={document}
      columns={columns}
      showStatus={query.status === '1' || reviewer !== null}
      reviewer={reviewer}
      allowSelfCheck={selfCheck}
    />
  );
}
