import { useFormatter, useTranslations } from 'next-intl';
import type { Lang } from '@/lib/languages';
import type { EffectiveStatus } from '@/lib/review';
import { dayFractions, type Frame, niceMax, stepPath } from '@/lib/stats/chart';
import type { TimelinePoint } from '@/lib/stats/timeline';
import { ChartGrid } from './ChartGrid';

/** Drawn in this order, each with its own dash pattern so no line depends on its colour. */
const SERIES: { status: EffectiveStatus; dash: string | undefined; width: number }[] = [
  { status: 'checked', dash: undefined, width: 3 },
  { status: 'draft', dash: '8 5', width: 2.5 },
  { status: 'rejected', dash: '12 4 2 4', width: 2.5 },
  { status: 'outdated', dash: '2 4', width: 2.5 },
  { status: 'missing', dash: '1 3', width: 2 },
];

const FRAME: Frame = { width: 480, height: 220, left: 44, right: 12, top: 12, bottom: 34 };

/** A line sample of one series for the legend: the same stroke as in the chart. */
function Swatch({ dash, width, status }: { dash: string | undefined; width: number; status: EffectiveStatus }) {
  return (
    <svg className="chart-swatch" viewBox="0 0 32 10" width="32" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="31" y2="5" data-status={status} strokeWidth={width} strokeDasharray={dash} />
    </svg>
  );
}

/**
 * One target language's progress over time as a step chart: a line per status (solid, dashed,
 * dotted …), the latest count beside each name in the legend, and the figures as a table.
 */
export function ProgressChart({ lang, points, id }: { lang: Lang; points: TimelinePoint[]; id: string }) {
  const t = useTranslations('Stats');
  const tStatus = useTranslations('Status');
  const tLang = useTranslations('Languages');
  const format = useFormatter();
  const date = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const language = tLang(lang);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) {
    return (
      <section className="stats-chart" aria-labelledby={`${id}-h`}>
        <h3 id={`${id}-h`}>{language}</h3>
        <p className="muted">{t('noHistory')}</p>
      </section>
    );
  }
  const shown = SERIES.filter((s) => points.some((p) => p.counts[s.status] > 0));
  const top = niceMax(Math.max(...points.flatMap((p) => shown.map((s) => p.counts[s.status]))));
  const bottom = FRAME.height - FRAME.bottom;
  const fractions = dayFractions(points.map((p) => p.day));
  return (
    <section className="stats-chart" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{language}</h3>
      <svg className="chart" viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t('progressChart', { language })}</title>
        <desc id={`${id}-desc`}>
          {t('progressDesc', { language, from: date(first.day), to: date(last.day), ...last.counts })}
        </desc>
        <ChartGrid frame={FRAME} top={top} />
        <text className="chart-axis" x={FRAME.left} y={bottom + 24} textAnchor="start">
          {date(first.day)}
        </text>
        {points.length > 1 ? (
          <text className="chart-axis" x={FRAME.width - FRAME.right} y={bottom + 24} textAnchor="end">
            {date(last.day)}
          </text>
        ) : null}
        {shown.map((s) => (
          <path
            key={s.status}
            className="chart-line"
            data-status={s.status}
            d={stepPath(
              FRAME,
              top,
              points.map((p) => p.counts[s.status]),
              fractions,
            )}
            strokeWidth={s.width}
            strokeDasharray={s.dash}
          />
        ))}
      </svg>
      <ul className="chart-legend">
        {shown.map((s) => (
          <li key={s.status}>
            <Swatch {...s} /> {t('latest', { status: tStatus(s.status), count: last.counts[s.status] })}
          </li>
        ))}
      </ul>
      <details className="chart-table">
        <summary>{t('tableOf', { language })}</summary>
        {/* Scrolls when long: focusable, so keyboard users can scroll it too. */}
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('tableOf', { language })}>
          <table>
            <caption>{t('progressChart', { language })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('day')}</th>
                {SERIES.map((s) => (
                  <th key={s.status} scope="col">
                    {tStatus(s.status)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.day}>
                  <th scope="row">{date(p.day)}</th>
                  {SERIES.map((s) => (
                    <td key={s.status}>{format.number(p.counts[s.status])}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
