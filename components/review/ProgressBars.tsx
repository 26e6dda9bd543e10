import { useTranslations } from 'next-intl';
import type { Lang } from '@/lib/languages';
import type { Progress } from '@/lib/review';

const ORDER = ['checked', 'draft', 'rejected', 'outdated', 'missing'] as const;

/** Per-language progress: a stacked bar for the eye, a sentence for everyone. */
export function ProgressBars({ progress, current }: { progress: Partial<Record<Lang, Progress>>; current?: Lang }) {
  const t = useTranslations('Review');
  const tLang = useTranslations('Languages');
  return (
    <section className="progress" aria-label={t('progress')}>
      {(Object.entries(progress) as [Lang, Progress][]).map(([lang, p]) => (
        <div key={lang} className="progress-row" data-current={lang === current ? 'true' : undefined} data-lang={lang}>
          <p className="progress-text">{t('progressOf', { language: tLang(lang), ...p })}</p>
          <div className="stacked-bar" aria-hidden="true">
            {ORDER.map((k) => (p[k] > 0 ? <span key={k} data-status={k} style={{ flexGrow: p[k] }} /> : null))}
          </div>
        </div>
      ))}
    </section>
  );
}
