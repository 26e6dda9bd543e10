import '@/components/admin/admin.css';
import type { Metadata } from 'next';
import type { Locale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewUserForm } from '@/components/admin/NewUserForm';
import { SelfCheckForm } from '@/components/admin/SelfCheckForm';
import { UserAccessForm } from '@/components/admin/UserAccessForm';
import { UserAccountForm } from '@/components/admin/UserAccountForm';
import { redirect } from '@/i18n/navigation';
import { getReviewPolicy, getViewer, listUsers } from '@/server/queries';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Admin' });
  return { title: t('title') };
}

export default async function UsersPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getViewer();
  if (!user) redirect({ href: '/sign-in?next=/admin/users', locale });
  const t = await getTranslations('Admin');
  if (user?.role !== 'admin') {
    return (
      <div className="page">
        <h1>{t('title')}</h1>
        <p role="alert">{t('errors.forbidden')}</p>
      </div>
    );
  }
  const [users, { allowSelfCheck: selfCheck }] = await Promise.all([listUsers(), getReviewPolicy()]);
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <table className="users">
        <caption className="visually-hidden">{t('title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('access')}</th>
            <th scope="col">{t('status')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>
                <bdi>{u.name}</bdi>
              </td>
              <td>
                <bdi>{u.email}</bdi>
              </td>
              <td>
                <UserAccessForm userId={u.id} email={u.email} role={u.role} languages={u.languages} />
              </td>
              <td>
                <UserAccountForm
                  userId={u.id}
                  email={u.email}
                  deactivated={u.deactivated ?? false}
                  lockedFor={u.lockedFor ?? 0}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('newUser')}</h2>
      <NewUserForm />
      <h2>{t('policy')}</h2>
      <SelfCheckForm allowed={selfCheck} />
    </div>
  );
}
