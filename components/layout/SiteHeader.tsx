import './layout.css';
import { getTranslations } from 'next-intl/server';
import { UserMenu } from '@/components/auth/UserMenu';
import { LocaleSwitcher } from '@/components/locale/LocaleSwitcher';
import { Link } from '@/i18n/navigation';
import type { Viewer } from '@/server/queries';

export async function SiteHeader({ viewer }: { viewer: Viewer | null }) {
  const t = await getTranslations('Layout');
  return (
    <header className="site-header">
      <Link href="/" className="brand" aria-label={t('home')}>
        <span aria-hidden="true">Triglot</span>
      </Link>
      <span className="tagline">{t('tagline')}</span>
      <UserMenu user={viewer} />
      <LocaleSwitcher />
    </header>
  );
}
