/** The box a chart draws in, in SVG user units; the plot is inside the margins. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A round upper bound for an axis (1, 2, 5 × 10ⁿ) at or above `max`, at least 1. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/**
 * Ticks from 0 to `top` (a niceMax) in whole, even steps: about `count` of them (tried in the
 * order count, count + 1, count - 1, …), else just 0 and `top`.
 */
export function ticks(top: number, count = 4): number[] {
  const tries = [count, count + 1, ...Array.from({ length: count - 1 }, (_, i) => count - 1 - i)];
  const n = tries.find((k) => k >= 1 && Number.isInteger(top / k)) ?? 1;
  return Array.from({ length: n + 1 }, (_, i) => (i * top) / n);
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Where value `v` of `[0, top]` falls on the plot's vertical axis (0 at the bottom). */
export function yOf(frame: Frame, top: number, v: number): number {
  const plot = frame.height - frame.top - frame.bottom;
  return round(frame.top + plot - (v / top) * plot);
}

/** Where a fraction (0 to 1) of the time axis falls on the plot. */
export function xOf(frame: Frame, fraction: number): number {
  return round(frame.left + fraction * (frame.width - frame.left - frame.right));
}

/** Each day's (YYYY-MM-DD) place on a time axis from the first day (0) to the last (1); one day alone is 0. */
export function dayFractions(days: readonly string[]): number[] {
  const times = days.map((d) => Date.parse(`${d.slice(0, 10)}T00:00:00Z`));
  const first = times[0] ?? 0;
  const span = (times.at(-1) ?? first) - first;
  return times.map((t) => (span > 0 ? (t - first) / span : 0));
}

/**
 * An SVG path of a step line through values at places on the time axis (`fractions`, see
 * dayFractions): each value holds until the next point, where it jumps; a line that ends before
 * the right edge (a single value) is carried on to it so it stays visible.
 */
export function stepPath(frame: Frame, top: number, values: readonly number[], fractions: readonly number[]): string {
  if (values.length === 0) return '';
  const end = frame.width - frame.right;
  const parts: string[] = [];
  values.forEach((v, i) => {
    const x = xOf(frame, fractions[i] ?? 1);
    const y = yOf(frame, top, v);
    if (i === 0) parts.push(`M${x} ${y}`);
    else parts.push(`H${x}`, `V${y}`);
  });
  if (xOf(frame, fractions[values.length - 1] ?? 1) < end) parts.push(`H${end}`);
  return parts.join(' ');
}
