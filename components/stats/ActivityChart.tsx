import { useFormatter, useTranslations } from 'next-intl';
import { ACTIVITY_KINDS, type ActivityKind, type PersonActivity, type WeeklyActivity } from '@/lib/stats/activity';
import { type Frame, niceMax, yOf } from '@/lib/stats/chart';
import { ChartGrid } from './ChartGrid';
import { isolate } from '@/lib/text/rules';

const FRAME: Frame = { width: 480, height: 150, left: 36, right: 8, top: 8, bottom: 28 };

/** Fill patterns per kind (solid, hatched, cross-hatched, dotted): told apart without colour. */
function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-checks`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" className="fill-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="hatch" data-kind="checks" strokeWidth="3" />
      </pattern>
      <pattern id={`${id}-rejections`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" className="fill-bg" />
        <path d="M0 0 L6 6 M6 0 L0 6" className="hatch" data-kind="rejections" strokeWidth="1.4" />
      </pattern>
      <pattern id={`${id}-comments`} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" className="fill-bg" />
        <circle cx="2.5" cy="2.5" r="1.4" className="dot" data-kind="comments" />
      </pattern>
    </defs>
  );
}

const fillOf = (id: string, kind: ActivityKind) => (kind === 'edits' ? undefined : `url(#${id}-${kind})`);

function PersonChart({ person, weeks, top, id }: { person: PersonActivity; weeks: string[]; top: number; id: string }) {
  const t = useTranslations('Stats');
  const format = useFormatter();
  const plot = FRAME.width - FRAME.left - FRAME.right;
  const slot = plot / weeks.length;
  const barWidth = Math.min(32, slot * 0.7);
  const date = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return (
    <figure className="stats-person">
      <figcaption>{isolate(person.name)}</figcaption>
      <svg className="chart" viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t('activityChart', { name: person.name })}</title>
        <desc id={`${id}-desc`}>{t('activityDesc', { name: person.name, weeks: weeks.length, ...person.total })}</desc>
        <Patterns id={id} />
        <ChartGrid frame={FRAME} top={top} steps={2} />
        {person.weeks.map((tally, i) => {
          const x = FRAME.left + slot * i + (slot - barWidth) / 2;
          let below = 0;
          return (
            <g key={weeks[i]}>
              {ACTIVITY_KINDS.map((kind) => {
                const n = tally[kind];
                if (n === 0) return null;
                const y = yOf(FRAME, top, below + n);
                const height = yOf(FRAME, top, below) - y;
                below += n;
                return (
                  <rect
                    key={kind}
                    className="bar-part"
                    data-kind={kind}
                    x={x}
                    y={y}
                    width={barWidth}
                    height={height}
                    fill={fillOf(id, kind)}
                  />
                );
              })}
            </g>
          );
        })}
        {[0, weeks.length - 1].map((i) => (
          <text
            key={i}
            className="chart-axis"
            x={FRAME.left + slot * i + slot / 2}
            y={FRAME.height - 8}
            textAnchor={i === 0 ? 'start' : 'end'}
          >
            {date(weeks[i] ?? '')}
          </text>
        ))}
      </svg>
    </figure>
  );
}

/** Each person's edits, checks, rejections and comments per week, as small charts of stacked bars and a table. */
export function ActivityChart({ activity, id }: { activity: WeeklyActivity; id: string }) {
  const t = useTranslations('Stats');
  const format = useFormatter();
  const date = (day: string) => format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  if (activity.people.length === 0) return <p className="muted">{t('noActivity')}</p>;
  const top = niceMax(
    Math.max(...activity.people.flatMap((p) => p.weeks.map((w) => ACTIVITY_KINDS.reduce((n, k) => n + w[k], 0)))),
  );
  return (
    <>
      <ul className="chart-legend" aria-label={t('legend')}>
        {ACTIVITY_KINDS.map((kind) => (
          <li key={kind}>
            <svg className="chart-swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <Patterns id={`${id}-legend`} />
              <rect
                className="bar-part"
                data-kind={kind}
                x="1"
                y="1"
                width="14"
                height="14"
                fill={fillOf(`${id}-legend`, kind)}
              />
            </svg>{' '}
            {t(`kinds.${kind}`)}
          </li>
        ))}
      </ul>
      <div className="stats-people">
        {activity.people.map((person, i) => (
          <PersonChart key={person.actorId} person={person} weeks={activity.weeks} top={top} id={`${id}-${i}`} />
        ))}
      </div>
      <details className="chart-table">
        <summary>{t('activityTable')}</summary>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('activityTable')}>
          <table>
            <caption>{t('activityHeading', { weeks: activity.weeks.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('person')}</th>
                <th scope="col">{t('week')}</th>
                {ACTIVITY_KINDS.map((kind) => (
                  <th key={kind} scope="col">
                    {t(`kinds.${kind}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {activity.people.flatMap((person) =>
                person.weeks.map((tally, i) =>
                  ACTIVITY_KINDS.some((k) => tally[k] > 0) ? (
                    <tr key={`${person.actorId}-${activity.weeks[i]}`}>
                      <th scope="row">{isolate(person.name)}</th>
                      <td>{date(activity.weeks[i] ?? '')}</td>
                      {ACTIVITY_KINDS.map((kind) => (
                        <td key={kind}>{format.number(tally[kind])}</td>
                      ))}
                    </tr>
                  ) : null,
                ),
              )}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
