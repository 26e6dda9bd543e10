import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export default function NotFound() {
  const t = useTranslations('NotFound');
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/">{t('home')}</Link>
      </p>
    </div>
  );
}
