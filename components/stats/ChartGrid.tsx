import { useFormatter } from 'next-intl';
import { type Frame, ticks, yOf } from '@/lib/stats/chart';

/** The horizontal grid lines of a chart, each with its value at the left, in the UI locale's digits. */
export function ChartGrid({ frame, top, steps }: { frame: Frame; top: number; steps?: number }) {
  const format = useFormatter();
  return (
    <>
      {(steps === undefined ? ticks(top) : ticks(top, steps)).map((v) => (
        <g key={v} className="chart-grid">
          <line x1={frame.left} x2={frame.width - frame.right} y1={yOf(frame, top, v)} y2={yOf(frame, top, v)} />
          <text x={frame.left - 6} y={yOf(frame, top, v)} dy="0.35em" textAnchor="end">
            {format.number(v)}
          </text>
        </g>
      ))}
    </>
  );
}
