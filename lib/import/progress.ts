/**
 * The steps of the wizard's two jobs, each with its share of the progress bar. Shares follow
 * what takes the time on a book (measured: the upload and the alignment of the texts; the
 * writing of rows, in chunks, when the document is created).
 */
export const ALIGN_STEPS = { upload: 40, read: 5, align: 50, draft: 5 } as const;
export const CREATE_STEPS = { upload: 15, prepare: 25, write: 60 } as const;

export type AlignStep = keyof typeof ALIGN_STEPS;
export type CreateStep = keyof typeof CREATE_STEPS;

/**
 * The whole job's progress in percent (0 to 100, rounded down) when `step` is `done`/`total`
 * of the way: the shares of the steps before it, plus that part of its own. Never more than
 * 100, never less than the steps before; a step with nothing to do counts as done.
 */
export function progressPercent<S extends string>(
  steps: Readonly<Record<S, number>>,
  step: S,
  done: number,
  total: number,
): number {
  const names = Object.keys(steps) as S[];
  const sum = names.reduce((n, name) => n + steps[name], 0);
  let before = 0;
  for (const name of names) {
    if (name === step) break;
    before += steps[name];
  }
  const part = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
  return Math.min(100, Math.floor(((before + steps[step] * part) / sum) * 100));
}
