import { getTranslations } from 'next-intl/server';

const ENTRIES = ['source', 'draft', 'checked', 'rejected', 'missing', 'outdated'] as const;

export async function StatusLegend() {
  const t = await getTranslations('Status');
  return (
    <section className="legend" aria-labelledby="status-legend">
      <h2 id="status-legend">{t('legend')}</h2>
      <dl>
        {ENTRIES.map((status) => (
          <div key={status}>
            <dt>
              <span className="badge" data-status={status}>
                {t(status)}
              </span>
            </dt>
            <dd>{t(`${status}Hint`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
