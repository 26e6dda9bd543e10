import type { Status } from '../content/model';
import type { Lang } from '../languages';
import type { TranslationQa } from '../qa/types';
import type { CommandAction, SchemaErrorKey } from './commands';
import type { Progress } from './effective';
import type { RefusalReason } from './refusals';

/** A translation as a client sees it: enough to show it and to write against it. */
export interface TranslationState {
  documentId: string;
  segmentId: string;
  lang: Lang;
  text: string | null;
  status: Status;
  /** Derived: the source changed since this text was written or checked. */
  outdated: boolean;
  /** 0 when there is no translation yet. */
  version: number;
  updatedAt: string | null;
  updatedBy: { id: string; name: string } | null;
  /** Who wrote the current words (a reviewer may not check their own). */
  textAuthorId: string | null;
}

/**
 * What every command answers, whoever sent it. A success says what changed, so a client
 * patches what it shows instead of reloading: the translation acted on, any other translation
 * of the segment the command changed (a source edit re-stamps them), the event recorded, and
 * the document's progress per target language afterwards.
 */
export type CommandResult =
  | {
      ok: true;
      action: CommandAction;
      translation: TranslationState;
      /** Other translations of the same segment whose state changed (only for `editSource`). */
      affected: TranslationState[];
      eventId: number;
      /** The comment kept with the event, if the command had one. */
      comment: string | null;
      progress: Partial<Record<Lang, Progress>>;
      /** Quality findings of the segment's translations after the write (the other target's cross-target findings change too). */
      qa?: TranslationQa[];
    }
  | { ok: false; error: 'invalid'; fieldErrors: Record<string, SchemaErrorKey> }
  | { ok: false; error: 'refused'; reason: RefusalReason }
  | { ok: false; error: 'conflict'; current: TranslationState }
  | { ok: false; error: 'not-found'; what: NotFound }
  /** Another writer held the database for longer than a request waits: nothing was saved; try again. */
  | { ok: false; error: 'busy'; retryAfter: number };

/** What a command named that does not exist: the document, its segment, the language in it, or the event to restore. */
export type NotFound = 'document' | 'segment' | 'language' | 'event';

/** One bulk check: each item's own result, in the order given, or the batch refused whole. */
export type BulkResult =
  | { ok: true; results: { segmentId: string; result: CommandResult }[]; checked: number; skipped: number }
  | Extract<CommandResult, { error: 'invalid' }>;

/**
 * A message key in messages/*.json (namespace and key), with its values. Typed as the exact
 * keys used, so a test can prove each exists in every UI language.
 */
export type ResultMessage =
  | { tone: 'success'; key: `Results.done.${CommandAction}` }
  | { tone: 'error'; key: `Refusals.${RefusalReason}` }
  | { tone: 'error'; key: `FieldErrors.${SchemaErrorKey}`; field: string }
  | { tone: 'error'; key: `Results.notFound.${NotFound}` }
  | { tone: 'error'; key: 'Results.busy'; values: { seconds: number } }
  | { tone: 'conflict'; key: 'Results.conflict'; values: { name: string; version: number } };

/** What a result means to a person: the one mapping every UI uses. */
export function describeResult(result: CommandResult): ResultMessage {
  if (result.ok) return { tone: 'success', key: `Results.done.${result.action}` };
  switch (result.error) {
    case 'refused':
      return { tone: 'error', key: `Refusals.${result.reason}` };
    case 'invalid': {
      // The most basic problem first: the order the fields were declared in, as the form shows them.
      const [field, key] = Object.entries(result.fieldErrors)[0] ?? ['', 'invalid'];
      return { tone: 'error', key: `FieldErrors.${key}`, field };
    }
    case 'not-found':
      return { tone: 'error', key: `Results.notFound.${result.what}` };
    case 'busy':
      return { tone: 'error', key: 'Results.busy', values: { seconds: result.retryAfter } };
    case 'conflict':
      return {
        tone: 'conflict',
        key: 'Results.conflict',
        values: { name: result.current.updatedBy?.name ?? '—', version: result.current.version },
      };
  }
}
