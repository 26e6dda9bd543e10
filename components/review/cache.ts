import { type CommandResult, type DiffOp, diffWords, type TranslationState } from '@/lib/review';
import type { ThreadMessage } from '@/lib/review/conversation';
import type { Workspace, WorkspaceRow, WorkspaceTarget } from '@/server/queries';

type Success = Extract<CommandResult, { ok: true }>;

export function targetOf(state: TranslationState): WorkspaceTarget {
  return {
    text: state.text,
    status: state.status,
    outdated: state.outdated,
    version: state.version,
    updatedAt: state.updatedAt,
    updatedBy: state.updatedBy?.name ?? null,
    textAuthorId: state.textAuthorId,
  };
}

/** The source text a diff started from: its equal and deleted parts. */
function diffBefore(ops: DiffOp[]): string {
  return ops.map((op) => (op.op === 'insert' ? '' : op.text)).join('');
}

function patchRow(row: WorkspaceRow, workspace: Workspace, result: Success): WorkspaceRow {
  const changed = [result.translation, ...result.affected];
  let next = row;
  const source = changed.find((t) => t.lang === workspace.sourceLang);
  // Where the target's text was written for: the start of its diff, or the source as it was.
  const sourceThen = source ? (row.sourceDiff ? diffBefore(row.sourceDiff) : row.source) : null;
  if (source) next = { ...next, source: source.text ?? '', sourceVersion: source.version };
  for (const t of changed) {
    if (t.lang === workspace.lang) next = { ...next, target: targetOf(t) };
    else if (t.lang !== workspace.sourceLang) {
      next = { ...next, others: next.others.map((o) => (o.lang === t.lang ? { ...o, text: t.text, status: t.status } : o)) };
    }
  }
  // The diff is shown only while the translation is outdated, and always from the source it was written for.
  let sourceDiff: DiffOp[] | null = null;
  if (next.target.outdated) sourceDiff = sourceThen === null ? next.sourceDiff : diffWords(sourceThen, next.source);
  return { ...next, sourceDiff };
}

/**
 * The workspace after a successful command, from the command's result alone: the row's
 * translations (and source, for a source edit) and every language's progress. No refetch.
 */
export function applyResult(workspace: Workspace, result: CommandResult): Workspace {
  if (!result.ok || result.translation.documentId !== workspace.documentId) return workspace;
  const segmentId = result.translation.segmentId;
  const { translation, comment } = result;
  // A comment given with a command on this language joins the row's conversation, at its end
  // (and opens it again, if it was resolved).
  const note: ThreadMessage | null =
    comment !== null && translation.lang === workspace.lang
      ? {
          kind: 'comment',
          event: result.action,
          authorId: translation.updatedBy?.id ?? null,
          author: translation.updatedBy?.name ?? null,
          body: comment,
          at: translation.updatedAt ?? '',
        }
      : null;
  return {
    ...workspace,
    rows: workspace.rows.map((row) => {
      if (row.segmentId !== segmentId) return row;
      const patched = patchRow(row, workspace, result);
      return note ? { ...patched, comments: [...patched.comments, note], resolved: false } : patched;
    }),
    // Only the languages the result counted again; the others keep what they showed.
    progress: { ...workspace.progress, ...result.progress },
  };
}

/** What a row looks like at once, before the server answers; rolled back if it says no. */
export function applyOptimistic(workspace: Workspace, segmentId: string, patch: Partial<WorkspaceTarget>): Workspace {
  return {
    ...workspace,
    rows: workspace.rows.map((row) => (row.segmentId === segmentId ? { ...row, target: { ...row.target, ...patch } } : row)),
  };
}
