import '@/components/home/home.css';
import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Inbox } from '@/components/review/Inbox';
import { redirect } from '@/i18n/navigation';
import { getDocumentTitle, getInbox } from '@/server/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Conversation' });
  return { title: t('inboxTitle') };
}

/** What waits for the signed-in person: their rejected translations and conversations awaiting their reply. */
export default async function InboxPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const items = await getInbox();
  if (items === null) redirect({ href: `/sign-in?next=${encodeURIComponent('/inbox')}`, locale });
  const list = items ?? [];
  const titles = new Map(
    await Promise.all(
      [...new Set(list.map((i) => i.documentId))].map(async (id) => [id, (await getDocumentTitle(id, locale)) ?? id] as const),
    ),
  );
  const t = await getTranslations('Conversation');
  return (
    <div className="page">
      <h1>{t('inboxTitle')}</h1>
      <p className="lead">{t('inboxIntro')}</p>
      <Inbox items={list} titles={titles} />
    </div>
  );
}
