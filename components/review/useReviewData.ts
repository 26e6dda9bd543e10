'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Lang } from '@/lib/languages';
import {
  type ActionResult,
  checkTranslation,
  rejectTranslation,
  reopenTranslation,
  revertTranslation,
  saveTranslation,
} from '@/server/actions/review';
import type { HistoryEntry, ReviewDocument, ReviewRow } from '@/server/queries/review';
import type { TranslationState } from '@/server/review/state';

export const reviewKey = (documentId: string, lang: Lang) => ['review', documentId, lang] as const;
export const historyKey = (documentId: string, segmentId: string, lang: Lang) =>
  ['history', documentId, segmentId, lang] as const;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

export function useReviewDocument(initial: ReviewDocument) {
  return useQuery({
    queryKey: reviewKey(initial.documentId, initial.lang),
    queryFn: () => getJson<ReviewDocument>(`/api/review/${initial.documentId}/${initial.lang}`),
    initialData: initial,
    refetchOnWindowFocus: true,
  });
}

export function useHistory(documentId: string, segmentId: string, lang: Lang, enabled: boolean) {
  return useQuery({
    queryKey: historyKey(documentId, segmentId, lang),
    queryFn: () => getJson<HistoryEntry[]>(`/api/translations/${documentId}/${segmentId}/${lang}/history`),
    enabled,
  });
}

const ACTIONS = {
  edit: saveTranslation,
  check: checkTranslation,
  reject: rejectTranslation,
  reopen: reopenTranslation,
  revert: revertTranslation,
} as const;
export type RowAction = keyof typeof ACTIONS;

export interface RowMutation {
  action: RowAction;
  version: number;
  text?: string;
  comment?: string;
  eventId?: string;
  /** What the row should look like right away; rolled back if the server says no. */
  optimistic?: Partial<ReviewRow['target']>;
}

export function targetOf(state: TranslationState): ReviewRow['target'] {
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

function patchRow(doc: ReviewDocument, segmentId: string, patch: Partial<ReviewRow['target']>): ReviewDocument {
  return { ...doc, rows: doc.rows.map((r) => (r.segmentId === segmentId ? { ...r, target: { ...r.target, ...patch } } : r)) };
}

/**
 * One row's review actions through TanStack Query: the row changes at once (optimistic),
 * rolls back when the server refuses or reports a conflict, and the list is refetched after,
 * so progress, comments and other people's changes come in.
 */
export function useRowAction(documentId: string, lang: Lang, segmentId: string) {
  const queryClient = useQueryClient();
  const key = reviewKey(documentId, lang);
  return useMutation<ActionResult, Error, RowMutation, { previous: ReviewDocument | undefined }>({
    mutationFn: ({ action, version, text, comment, eventId }) =>
      ACTIONS[action]({ documentId, segmentId, lang, version, text, comment, eventId }),
    onMutate: async ({ optimistic }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ReviewDocument>(key);
      if (previous && optimistic) queryClient.setQueryData(key, patchRow(previous, segmentId, optimistic));
      return { previous };
    },
    onSuccess: (result, _vars, context) => {
      if (result.ok) {
        queryClient.setQueryData<ReviewDocument>(key, (doc) => doc && patchRow(doc, segmentId, targetOf(result.translation)));
      } else if (context?.previous) {
        queryClient.setQueryData(key, context.previous);
      }
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: historyKey(documentId, segmentId, lang) });
    },
  });
}
