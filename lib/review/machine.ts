import type { Status } from '../content/model';
import type { Lang } from '../languages';
import type { RefusalReason } from './refusals';
import { canAccessLanguage, roleAtLeast, type Actor, type Role } from './roles';

export const REVIEW_ACTIONS = ['edit', 'check', 'reject', 'reopen', 'revert', 'editSource'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export const SOURCE_CHANGES = ['cosmetic', 'meaning'] as const;
/** `cosmetic`: typo or punctuation, existing checks stay valid. `meaning`: translations become outdated. */
export type SourceChange = (typeof SOURCE_CHANGES)[number];

export type DecideInput = {
  actor: Actor | null;
  action: ReviewAction;
  /** The language of the row acted on (for `editSource`, the source language). */
  lang: Lang;
  /** Whether the row is the document's source text rather than a translation. */
  isSource: boolean;
  current: {
    status: Status;
    /** The source changed since this translation was last stamped. */
    outdated: boolean;
    /** Who wrote the current text; null when unknown (imported content), which never counts as self. */
    textAuthorId: string | null;
  };
  settings: { allowSelfCheck: boolean };
  comment?: string;
  text?: string;
  revertTo?: { wasCheckedAgainstCurrentSource: boolean };
  sourceChange?: SourceChange;
};

export type Decision =
  | {
      ok: true;
      /** The row's status after the action. */
      status: Status;
      /** False: stamp the translation with the current source hash. True: leave its hash alone. */
      keepSourceHash: boolean;
      /**
       * Only ever true for a cosmetic `editSource`: the caller re-stamps every translation whose
       * hash matched the old source, so that a typo fix does not make them outdated.
       */
      restampTranslations: boolean;
    }
  | { ok: false; reason: RefusalReason };

/** The least role each action needs; the role order in ROLES does the rest. */
const MINIMUM_ROLE: Record<ReviewAction, Role> = {
  edit: 'translator',
  revert: 'translator',
  check: 'reviewer',
  reject: 'reviewer',
  reopen: 'reviewer',
  editSource: 'admin',
};

type Current = DecideInput['current'];
type Ok = Extract<Decision, { ok: true }>;

const refuse = (reason: RefusalReason): Decision => ({ ok: false, reason });
const allow = (status: Status, keepSourceHash: boolean, restampTranslations = false): Ok => ({
  ok: true,
  status,
  keepSourceHash,
  restampTranslations,
});

/** Everything `permission` needs: who acts, on which row, in what state, under which policy. */
export type PermissionInput = Pick<DecideInput, 'actor' | 'action' | 'lang' | 'isSource' | 'current' | 'settings'>;

/**
 * Whether this actor may take this action on this row as it is now, whatever they would type:
 * the question a UI asks before it offers a button. Null means allowed; otherwise the reason,
 * the first in this order:
 *   1. who (signed in, role, right kind of row, language),
 *   2. the row's state.
 */
export function permission(input: PermissionInput): RefusalReason | null {
  const { actor, action } = input;
  if (actor === null) return 'unauthenticated';
  // Readers (and any role unknown to this code) can do nothing, on any row.
  if (!roleAtLeast(actor.role, 'translator')) return 'forbidden-role';

  // The source row has its own action so that every source change states its kind; review
  // states (check, reject, ...) are about a translation against its source and mean nothing there.
  if (input.isSource && action !== 'editSource') return 'not-a-source-action';
  if (!input.isSource && action === 'editSource') return 'not-a-translation-action';

  if (!roleAtLeast(actor.role, MINIMUM_ROLE[action])) return action === 'editSource' ? 'source-only-admin' : 'forbidden-role';
  // Admins pass whatever their list says (see canAccessLanguage); for the others this also
  // covers `editSource`, where `lang` is the source language.
  if (!canAccessLanguage(actor, input.lang)) return 'forbidden-language';
  return stateProblem(actor, input.action, input.current, input.settings);
}

function stateProblem(
  actor: Actor,
  action: ReviewAction,
  current: Current,
  settings: DecideInput['settings'],
): RefusalReason | null {
  switch (action) {
    case 'check': {
      if (current.status === 'missing') return 'nothing-to-check';
      if (current.status === 'checked' && !current.outdated) return 'already-checked';
      // Four eyes for everyone, admins included: a single-admin site turns on allowSelfCheck.
      const ownText = current.textAuthorId !== null && current.textAuthorId === actor.id;
      return ownText && !settings.allowSelfCheck ? 'self-check' : null;
    }
    case 'reject':
      if (current.status === 'missing') return 'nothing-to-reject';
      return current.status === 'rejected' ? 'already-rejected' : null;
    case 'reopen':
      return current.status === 'checked' || current.status === 'rejected' ? null : 'nothing-to-reopen';
    case 'edit':
    case 'revert':
    case 'editSource':
      return null;
  }
}

export type Permissions = Record<ReviewAction, { ok: true } | { ok: false; reason: RefusalReason }>;

/** Which actions this actor may take on this row: one answer per action, for every UI alike. */
export function allowedActions(row: Omit<PermissionInput, 'action'>): Permissions {
  const entries = REVIEW_ACTIONS.map((action) => {
    const reason = permission({ ...row, action });
    return [action, reason === null ? { ok: true as const } : { ok: false as const, reason }] as const;
  });
  return Object.fromEntries(entries) as Permissions;
}

/**
 * Whether an action is allowed, and if so what it does to the row.
 *
 * When several things are wrong, `permission`'s answer (who, then state) comes before the
 * input's. State comes before input on purpose: "add a comment" would be a cruel answer when
 * the rejection is impossible anyway, so an input refusal is only given when fixing that input
 * would make the action succeed.
 */
export function decide(input: DecideInput): Decision {
  const refused = permission(input);
  if (refused) return refuse(refused);
  const actor = input.actor as Actor;
  switch (input.action) {
    case 'edit':
      return decideEdit(input);
    case 'check':
      return allow('checked', false);
    case 'reject':
      return decideReject(input.comment);
    case 'reopen':
      return allow('draft', true);
    case 'revert':
      return decideRevert(actor, input.revertTo);
    case 'editSource':
      return decideEditSource(input);
  }
}

function textProblem(text: string | undefined): RefusalReason | null {
  if (text === undefined) return 'missing-text';
  if (text.trim() === '') return 'empty-text';
  return null;
}

/**
 * Any status becomes draft: new words have not been reviewed, whoever wrote them (a reviewer's
 * own edit too; they check it in a separate step, subject to the self-check rule). Editing a
 * rejected translation is the expected answer to a rejection, so it is allowed and clears it.
 */
function decideEdit(input: DecideInput): Decision {
  const problem = textProblem(input.text);
  if (problem) return refuse(problem);
  return allow('draft', false);
}

/*
 * Checking means "this text is right for the current source", so it stamps the current hash;
 * that is also how an outdated check is renewed after a source change.
 *
 * Rejecting keeps the hash: the text was not rewritten, and the stamp records which source it
 * was written for. Reviewers may reject their own text (withdrawing it is harmless). An
 * outdated draft or check can be rejected too: the reviewer may judge it against the new source.
 *
 * Reopening goes back to draft without touching the text: it undoes a check made by mistake,
 * or withdraws a rejection. A comment is welcome but optional. Outdatedness is untouched.
 */
function decideReject(comment: string | undefined): Decision {
  if (comment === undefined || comment.trim() === '') return refuse('comment-required');
  return allow('rejected', true);
}

/**
 * Weblate drops the review state on revert; we restore a check when that is safe: the text
 * brought back was checked against this very source, and the person reverting may check.
 * The self-check rule does not apply: it stops people approving their own *new* text, and a
 * revert approves nothing new; it restores a check that a reviewer already made on these exact
 * words (and a check is only ever recorded if the self-check rule allowed it at the time).
 * Otherwise the restored text is a draft, as if typed again. Either way the row is re-stamped
 * with the current source hash: for a restored check that hash is the one it was checked
 * against, and for a draft it records the source the text is now offered for.
 * Any current status may be reverted, including missing: history can hold a text the row no
 * longer has (cleared by an import, say).
 */
function decideRevert(actor: Actor, revertTo: DecideInput['revertTo']): Decision {
  if (revertTo === undefined) return refuse('missing-revert-target');
  const restoresCheck = revertTo.wasCheckedAgainstCurrentSource && roleAtLeast(actor.role, 'reviewer');
  return allow(restoresCheck ? 'checked' : 'draft', false);
}

/**
 * The source row has no source hash of its own, so keepSourceHash is always true here. Its
 * status stays as it is, except that a missing source that gets text becomes draft: `missing`
 * means "no text" and must not survive the edit.
 */
function decideEditSource(input: DecideInput): Decision {
  const problem = textProblem(input.text);
  if (problem) return refuse(problem);
  if (input.sourceChange === undefined) return refuse('missing-source-change');
  const status = input.current.status === 'missing' ? 'draft' : input.current.status;
  return allow(status, true, input.sourceChange === 'cosmetic');
}
