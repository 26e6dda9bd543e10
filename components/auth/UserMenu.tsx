import './auth.css';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { roleAtLeast } from '@/lib/review';
import { signOut } from '@/server/actions/auth';
import type { Viewer } from '@/server/queries';
import { SignInLink } from './SignInLink';

/** Who is signed in, and the places their role opens; a sign-in link (back to this page) otherwise. */
export async function UserMenu({ user }: { user: Viewer | null }) {
  const t = await getTranslations('Auth');
  if (!user) {
    return (
      <nav className="user-menu" aria-label={t('account')}>
        <SignInLink label={t('signIn')} />
      </nav>
    );
  }
  return (
    <nav className="user-menu" aria-label={t('account')}>
      {roleAtLeast(user.role, 'translator') ? <Link href="/review">{t('review')}</Link> : null}
      <Link href="/inbox">{t('inbox')}</Link>
      <Link href="/account">{t('apiTokens')}</Link>
      {user.role === 'admin' ? <Link href="/import">{t('import')}</Link> : null}
      {user.role === 'admin' ? <Link href="/admin/users">{t('users')}</Link> : null}
      <span className="user-name">
        <bdi>{user.name}</bdi> <span className="role">{t(`roles.${user.role}`)}</span>
      </span>
      <form action={signOut}>
        <button type="submit" className="link-button">
          {t('signOut')}
        </button>
      </form>
    </nav>
  );
}
