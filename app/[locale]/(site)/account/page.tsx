import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AccountPage } from '@/components/account/AccountPage';
import { redirect } from '@/i18n/navigation';
import { getViewer, listMyApiTokens } from '@/server/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Account' });
  return { title: t('title') };
}

/** The signed-in person's account: their personal API tokens (list, create, revoke). */
export default async function Account({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [user, tokens] = await Promise.all([getViewer(), listMyApiTokens()]);
  if (!user || !tokens) return redirect({ href: `/sign-in?next=${encodeURIComponent('/account')}`, locale });
  return <AccountPage user={user} tokens={tokens} />;
}
