'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Lang } from '@/lib/languages';
import type { BulkCheckInput, BulkResult, CommandResult, TranslationCommandInput } from '@/lib/review';
import { runBulkCheck, runTranslationCommand } from '@/server/actions/translations';
import type { EventEntry, Workspace, WorkspaceTarget } from '@/server/queries';
import { applyOptimistic, applyResult } from './cache';
import { patchQa } from './useQaData';

export const workspaceKey = (documentId: string, lang: Lang) => ['workspace', documentId, lang] as const;
export const eventsKey = (documentId: string, segmentId: string, lang: Lang) => ['events', documentId, segmentId, lang] as const;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** The workspace, refreshed when the tab comes back into focus so other people's changes come in. */
export function useWorkspace(initial: Workspace) {
  return useQuery({
    queryKey: workspaceKey(initial.documentId, initial.lang),
    queryFn: () => getJson<Workspace>(`/api/review/${initial.documentId}/${initial.lang}`),
    initialData: initial,
    staleTime: 30_000,
    refetchOnWindowFocus: true,
  });
}

export function useEvents(documentId: string, segmentId: string, lang: Lang, enabled: boolean) {
  return useQuery({
    queryKey: eventsKey(documentId, segmentId, lang),
    queryFn: () => getJson<EventEntry[]>(`/api/translations/${documentId}/${segmentId}/${lang}/history`),
    enabled,
  });
}

export interface CommandMutation {
  command: TranslationCommandInput;
  /** What the row should look like right away; rolled back if the server says no. */
  optimistic?: Partial<WorkspaceTarget>;
}

/**
 * Translation commands from the workspace through TanStack Query: the row changes at once
 * (optimistic), rolls back when the server refuses or reports a conflict, and on success the
 * cache is patched from the result (the row, the affected languages, progress): no refetch.
 */
export function useCommand(documentId: string, lang: Lang) {
  const queryClient = useQueryClient();
  const key = workspaceKey(documentId, lang);
  return useMutation<CommandResult, Error, CommandMutation, { previous: Workspace | undefined }>({
    mutationFn: ({ command }) => runTranslationCommand(command),
    onMutate: async ({ command, optimistic }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Workspace>(key);
      if (previous && optimistic) queryClient.setQueryData(key, applyOptimistic(previous, command.segmentId, optimistic));
      return { previous };
    },
    onSuccess: (result, { command }, context) => {
      if (result.ok) {
        queryClient.setQueryData<Workspace>(key, (workspace) => workspace && applyResult(workspace, result));
        patchQa(queryClient, documentId, lang, result.qa);
        void queryClient.invalidateQueries({ queryKey: eventsKey(documentId, command.segmentId, command.lang) });
      } else if (context?.previous) {
        queryClient.setQueryData(key, context.previous);
      }
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
  });
}

/** Bulk check: each item's result patches the cache as a single command's would. */
export function useBulkCheck(documentId: string, lang: Lang) {
  const queryClient = useQueryClient();
  const key = workspaceKey(documentId, lang);
  return useMutation<BulkResult, Error, BulkCheckInput>({
    mutationFn: (input) => runBulkCheck(input),
    onSuccess: (bulk) => {
      if (!bulk.ok) return;
      queryClient.setQueryData<Workspace>(
        key,
        (workspace) => workspace && bulk.results.reduce((acc, { result }) => applyResult(acc, result), workspace),
      );
    },
  });
}
