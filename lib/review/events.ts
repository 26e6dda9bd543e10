/**
 * The kinds of event history holds: a command's action, `import` (a text that came in from
 * content/ or an import), the two kinds of source edit, and `source-cosmetic` (a translation
 * re-stamped, unchanged, because its source was corrected cosmetically) and `delete` (the
 * document was deleted: the text it had, kept in history).
 */
export const EVENT_KINDS = [
  'import',
  'edit',
  'check',
  'reject',
  'reopen',
  'revert',
  'edit-source-cosmetic',
  'edit-source-meaning',
  'source-cosmetic',
  'delete',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function isEventKind(value: unknown): value is EventKind {
  return typeof value === 'string' && (EVENT_KINDS as readonly string[]).includes(value);
}
