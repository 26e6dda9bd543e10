import { describe, expect, it } from 'vitest';
import { applyOptimistic, applyResult } from '@/components/review/cache';
import { type CommandResult, diffWords, type Progress, type TranslationState } from '@/lib/review';
import type { Workspace, WorkspaceRow } from '@/server/queries';

const progress = (checked: number): Progress => ({ missing: 0, draft: 2 - checked, checked, rejected: 0, outdated: 0, total: 2 });

function row(segmentId: string, over: Partial<WorkspaceRow> = {}): WorkspaceRow {
  return {
    segmentId,
    kind: 'paragraph',
    number: segmentId === 'a' ? 1 : 2,
    source: `Source ${segmentId}.`,
    sourceVersion: 1,
    target: {
      text: `Текст ${segmentId}.`,
      status: 'draft',
      outdated: false,
      version: 1,
      updatedAt: null,
      updatedBy: null,
      textAuthorId: null,
    },
    others: [{ lang: 'zh', text: `文本${segmentId}。`, status: 'draft' }],
    comments: [],
    resolved: false,
    note: null,
    sourceDiff: null,
    ...over,
  };
}

const workspace: Workspace = {
  documentId: 'doc',
  sourceLang: 'en',
  lang: 'ru',
  languages: ['en', 'zh', 'ru'],
  rows: [row('a'), row('b')],
  progress: { ru: progress(0), zh: progress(0) },
  paging: { page: 1, pageSize: 50, pages: 1, matching: 2, total: 2 },
};

function state(over: Partial<TranslationState>): TranslationState {
  return {
    documentId: 'doc',
    segmentId: 'b',
    lang: 'ru',
    text: 'Текст b.',
    status: 'checked',
    outdated: false,
    version: 2,
    updatedAt: '2026-12-01T12:00:00Z',
    updatedBy: { id: 'r', name: 'Rita' },
    textAuthorId: null,
    ...over,
  };
}

const ok = (
  translation: TranslationState,
  affected: TranslationState[] = [],
  action: 'check' | 'editSource' = 'check',
): CommandResult => ({
  ok: true,
  action,
  translation,
  affected,
  eventId: 9,
  comment: null,
  progress: { ru: progress(1), zh: progress(0) },
});

describe('applyResult', () => {
  it('patches the row acted on and the progress, and leaves the other rows as they are', () => {
    const next = applyResult(workspace, ok(state({})));
    expect(next.rows[1]?.target).toEqual({
      text: 'Текст b.',
      status: 'checked',
      outdated: false,
      version: 2,
      updatedAt: '2026-12-01T12:00:00Z',
      updatedBy: 'Rita',
      textAuthorId: null,
    });
    expect(next.rows[0]).toBe(workspace.rows[0]);
    expect(next.progress.ru).toEqual(progress(1));
  });

  it('changes nothing for a refusal or another document', () => {
    expect(applyResult(workspace, { ok: false, error: 'refused', reason: 'self-check' })).toBe(workspace);
    expect(applyResult(workspace, ok(state({ documentId: 'other' })))).toBe(workspace);
  });

  it('after a source edit: new source text and version, the target outdated with a diff from what it was written for, the other language updated', () => {
    const source = state({ lang: 'en', text: 'Source b, changed.', status: 'draft', version: 2 });
    const ru = state({ status: 'draft', outdated: true, version: 1 });
    const zh = state({ lang: 'zh', text: '文本b。', status: 'draft', outdated: true, version: 1 });
    const next = applyResult(workspace, ok(source, [ru, zh], 'editSource'));
    const b = next.rows[1];
    expect(b?.source).toBe('Source b, changed.');
    expect(b?.sourceVersion).toBe(2);
    expect(b?.target.outdated).toBe(true);
    expect(b?.sourceDiff).toEqual(diffWords('Source b.', 'Source b, changed.'));
    expect(b?.others).toEqual([{ lang: 'zh', text: '文本b。', status: 'draft' }]);
  });

  it('a second source edit diffs from the source the translation was written for, not the one before', () => {
    const once = row('b', { source: 'Second.', sourceVersion: 2, sourceDiff: diffWords('First.', 'Second.') });
    once.target = { ...once.target, outdated: true };
    const start = { ...workspace, rows: [row('a'), once] };
    const source = state({ lang: 'en', text: 'Third.', status: 'draft', version: 3 });
    const next = applyResult(start, ok(source, [], 'editSource'));
    expect(next.rows[1]?.sourceDiff).toEqual(diffWords('First.', 'Third.'));
  });

  it('drops the diff once the translation is up to date again (checked or edited against the new source)', () => {
    const outdated = row('b', { sourceDiff: diffWords('Old.', 'Source b.') });
    outdated.target = { ...outdated.target, outdated: true };
    const next = applyResult({ ...workspace, rows: [row('a'), outdated] }, ok(state({ outdated: false })));
    expect(next.rows[1]?.sourceDiff).toBeNull();
  });
});

describe('applyOptimistic', () => {
  it('shows the expected state of one row at once', () => {
    const next = applyOptimistic(workspace, 'a', { status: 'rejected' });
    expect(next.rows[0]?.target.status).toBe('rejected');
    expect(next.rows[1]).toBe(workspace.rows[1]);
  });
});

describe('applyResult and comments', () => {
  it('adds the comment of a rejection to the end of the row’s conversation, with who wrote it, and opens it again', () => {
    const rejected: CommandResult = {
      ...ok(state({ status: 'rejected' })),
      comment: 'Keep the image of the glass holders.',
    } as CommandResult;
    const next = applyResult(
      {
        ...workspace,
        rows: [
          row('a'),
          row('b', {
            comments: [
              { kind: 'comment', event: 'check', authorId: 'u1', author: 'Rita', body: 'Fine.', at: '2026-11-30T09:00:00Z' },
              { kind: 'resolve', event: null, authorId: 'u1', author: 'Rita', body: null, at: '2026-11-30T09:01:00Z' },
            ],
            resolved: true,
          }),
        ],
      },
      { ...rejected, action: 'reject' } as CommandResult,
    );
    expect(next.rows[1]?.comments.map((c) => [c.event ?? c.kind, c.author, c.body])).toEqual([
      ['check', 'Rita', 'Fine.'],
      ['resolve', 'Rita', null],
      ['reject', 'Rita', 'Keep the image of the glass holders.'],
    ]);
    expect(next.rows[1]?.resolved).toBe(false);
  });

  it('adds nothing when the command had no comment', () => {
    expect(applyResult(workspace, ok(state({}))).rows[1]?.comments).toEqual([]);
  });
});
