/**
 * Why `decide` refused an action. Each value is stable and kebab-case so the UI can use it as
 * a message key (e.g. `review.refusal.self-check`) and the server can return it verbatim.
 * Adding a value means adding a message in every UI language; the test of this file pins the
 * list so such an addition is deliberate.
 */
export const REFUSAL_REASONS = [
  /** No one is signed in. */
  'unauthenticated',
  /** The actor's role does not allow this action (readers can do nothing). */
  'forbidden-role',
  /** The actor is limited to other languages. */
  'forbidden-language',
  /** Only an admin may change a source text. */
  'source-only-admin',
  /** A translation action (edit, check, reject, reopen, revert) was aimed at the source row. */
  'not-a-source-action',
  /** `editSource` was aimed at a translation row. */
  'not-a-translation-action',
  /** The caller sent no text at all (a programming error rather than a user one). */
  'missing-text',
  /** The text is empty once trimmed. */
  'empty-text',
  /** Rejecting needs a comment telling the translator what to fix. */
  'comment-required',
  /** A source edit must say whether it is cosmetic or changes the meaning. */
  'missing-source-change',
  /** A revert must say which earlier version it restores. */
  'missing-revert-target',
  /** Reviewers may not approve their own text unless the site allows it. */
  'self-check',
  /** There is no text to check. */
  'nothing-to-check',
  /** Already checked against the current source. */
  'already-checked',
  /** There is no text to reject. */
  'nothing-to-reject',
  /** Already rejected. */
  'already-rejected',
  /** Only a checked or rejected translation can be reopened. */
  'nothing-to-reopen',
  /** The conversation about this translation is resolved already. */
  'thread-resolved',
  /** The conversation about this translation is open: there is nothing to reopen. */
  'thread-open',
] as const;

export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && (REFUSAL_REASONS as readonly string[]).includes(value);
}
