/**
 * The kinds of event history holds: a command's action, `import` (a text that came in from
 * content/ or an import), the two kinds of source edit, and `source-cosmetic` (a translation
 * re-stamped, unchanged, because its source was corrected cosmetically), `delete` (the
 * document was deleted: the text it had, kept in history), and what sync brings from the
 * content files: `segment-add` (a text of a new segment), `segment-remove` (a text of a segment
 * removed, kept in history like `delete`), `segment-move` (on the source text: the segment's
 * place changed, no text did), `segment-kind` (on the source text: it became a heading, a
 * paragraph…) and `note` (the translator note of this language changed). These last
 * three change no text and keep the translation's version: they are not a step of its text.
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
  'segment-add',
  'segment-remove',
  'segment-move',
  'segment-kind',
  'note',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export function isEventKind(value: unknown): value is EventKind {
  return typeof value === 'string' && (EVENT_KINDS as readonly string[]).includes(value);
}
