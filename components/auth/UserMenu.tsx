import './auth.css';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { roleAtLeast } from '@/lib/review';
import { signOut } from '@/server/actions/auth';
import { getSessionUser } from '@/server/auth/session';

/** Who is signed in, and the places their role opens; a sign-in link otherwise. */
export async function UserMenu() {
  const t = await getTranslations('Auth');
  const user = await getSessionUser();
  if (!user) {
    return (
      <nav className="user-menu" aria-label={t('account')}>
        <Link href="/sign-in">{t('signIn')}</Link>
      </nav>
    );
  }
  return (
    <nav className="user-menu" aria-label={t('account')}>
      {roleAtLeast(user.role, 'translator') ? <Link href="/review">{t('review')}</Link> : null}
      {user.role === 'admin' ? <Link href="/import">{t('import')}</Link> : null}
      {user.role === 'admin' ? <Link href="/admin/users">{t('users')}</Link> : null}
      <span className="user-name">
        {user.name} <span className="role">{t(`roles.${user.role}`)}</span>
      </span>
      <form action={signOut}>
        <button type="submit" className="link-button">
          {t('signOut')}
        </button>
      </form>
    </nav>
  );
}
