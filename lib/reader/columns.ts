import { isLang, type Lang } from '../languages';

export const MAX_COLUMNS = 3;

/**
 * The reader's columns from the `cols` query value (`zh,ru`): known languages of the
 * document, each once, at most three, in the order given. Anything unusable falls back to
 * the document's own order, so a mistyped link still opens a readable page.
 */
export function parseColumns(param: string | string[] | undefined, available: readonly Lang[]): Lang[] {
  const raw = Array.isArray(param) ? param.join(',') : (param ?? '');
  const picked: Lang[] = [];
  for (const part of raw.split(',')) {
    const code = part.trim().toLowerCase();
    if (isLang(code) && available.includes(code) && !picked.includes(code)) picked.push(code);
  }
  if (picked.length > 0) return picked.slice(0, MAX_COLUMNS);
  return available.slice(0, MAX_COLUMNS);
}

export function serializeColumns(columns: readonly Lang[]): string {
  return columns.join(',');
}

/** The columns with the one at `index` moved by `delta` places, or undefined if it cannot move. */
export function moveColumn(columns: readonly Lang[], index: number, delta: -1 | 1): Lang[] | undefined {
  const target = index + delta;
  const current = columns[index];
  const other = columns[target];
  if (current === undefined || other === undefined) return undefined;
  const next = [...columns];
  next[index] = other;
  next[target] = current;
  return next;
}

/** Without the column at `index`; undefined when it is the last one (a reader needs a column). */
export function removeColumn(columns: readonly Lang[], index: number): Lang[] | undefined {
  if (columns.length <= 1 || index < 0 || index >= columns.length) return undefined;
  return columns.filter((_, i) => i !== index);
}

/** With `lang` appended; undefined when it is shown already or the reader is full. */
export function addColumn(columns: readonly Lang[], lang: Lang): Lang[] | undefined {
  if (columns.includes(lang) || columns.length >= MAX_COLUMNS) return undefined;
  return [...columns, lang];
}
