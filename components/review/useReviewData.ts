'use client';

import { keepPreviousData, type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Lang } from '@/lib/languages';
import type { BulkCheckInput, BulkResult, CommandResult, ReviewFilters, TranslationCommandInput } from '@/lib/review';
import { filtersToQuery } from '@/lib/review/filter';
import type { ConversationCommandInput } from '@/lib/review/conversation';
import {
  type ConversationResult,
  runBulkCheck,
  runBulkCheckMatching,
  runConversationCommand,
  runTranslationCommand,
} from '@/server/actions/translations';
import type { EventEntry, Workspace, WorkspaceTarget } from '@/server/queries';
import { applyOptimistic, applyResult } from './cache';
import { patchQa } from './useQaData';

/** Every page and filter of one language of a document share this prefix, so a write patches them all. */
export const workspaceKey = (documentId: string, lang: Lang) => ['workspace', documentId, lang] as const;
const pageKey = (documentId: string, lang: Lang, query: string) => [...workspaceKey(documentId, lang), query] as const;

/** The query string of a workspace view: its filters and page, in one spelling. */
export function viewQuery(filters: ReviewFilters, page: number): string {
  const params = new URLSearchParams(filtersToQuery(filters));
  if (page > 1) params.set('page', String(page));
  return params.toString();
}
export const eventsKey = (documentId: string, segmentId: string, lang: Lang) => ['events', documentId, segmentId, lang] as const;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/**
 * One page of the workspace for the filters in the URL, filtered and paged on the server;
 * refreshed when the tab comes back into focus so other people's changes come in. The page the
 * server rendered is the first answer; the previous page stays on screen while the next loads.
 */
export function useWorkspace(initial: Workspace, query: string, initialQuery: string) {
  return useQuery({
    queryKey: pageKey(initial.documentId, initial.lang, query),
    queryFn: () => getJson<Workspace>(`/api/review/${initial.documentId}/${initial.lang}${query ? `?${query}` : ''}`),
    ...(query === initialQuery ? { initialData: initial } : {}),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
    refetchOnWindowFocus: true,
  });
}

type Snapshot = [readonly unknown[], Workspace | undefined][];

/** Applies `update` to every cached page of this document and language; returns what they were. */
function patchAll(queryClient: QueryClient, documentId: string, lang: Lang, update: (w: Workspace) => Workspace): Snapshot {
  const previous = queryClient.getQueriesData<Workspace>({ queryKey: workspaceKey(documentId, lang) });
  queryClient.setQueriesData<Workspace>({ queryKey: workspaceKey(documentId, lang) }, (w) => w && update(w));
  return previous;
}

function restore(queryClient: QueryClient, snapshot: Snapshot | undefined) {
  for (const [key, data] of snapshot ?? []) queryClient.setQueryData(key, data);
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
  return useMutation<CommandResult, Error, CommandMutation, { previous: Snapshot }>({
    mutationFn: ({ command }) => runTranslationCommand(command),
    onMutate: async ({ command, optimistic }) => {
      await queryClient.cancelQueries({ queryKey: workspaceKey(documentId, lang) });
      const previous = patchAll(queryClient, documentId, lang, (w) =>
        optimistic ? applyOptimistic(w, command.segmentId, optimistic) : w,
      );
      return { previous };
    },
    onSuccess: (result, { command }, context) => {
      if (result.ok) {
        patchAll(queryClient, documentId, lang, (w) => applyResult(w, result));
        patchQa(queryClient, documentId, lang, result.qa);
        void queryClient.invalidateQueries({ queryKey: eventsKey(documentId, command.segmentId, command.lang) });
      } else {
        restore(queryClient, context?.previous);
      }
    },
    onError: (_error, _vars, context) => restore(queryClient, context?.previous),
  });
}

/** Bulk check of selected rows: each item's result patches the cache as a single command's would. */
export function useBulkCheck(documentId: string, lang: Lang) {
  const queryClient = useQueryClient();
  return useMutation<BulkResult, Error, BulkCheckInput>({
    mutationFn: (input) => runBulkCheck(input),
    onSuccess: (bulk) => {
      if (!bulk.ok) return;
      patchAll(queryClient, documentId, lang, (w) => bulk.results.reduce((acc, { result }) => applyResult(acc, result), w));
    },
  });
}

/**
 * Check every translation that passes the filters, on every page, in one transaction. Many
 * rows change at once, most of them not on screen: the pages are fetched again after.
 */
export function useBulkCheckMatching(documentId: string, lang: Lang) {
  const queryClient = useQueryClient();
  return useMutation<BulkResult, Error, ReviewFilters>({
    mutationFn: (filters) => runBulkCheckMatching({ documentId, lang, filters: filtersToQuery(filters) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKey(documentId, lang) }),
  });
}

/** A comment, resolve or reopen: the row's conversation is replaced by the thread the server answers with. */
export function useConversation(documentId: string, lang: Lang) {
  const queryClient = useQueryClient();
  return useMutation<ConversationResult, Error, ConversationCommandInput>({
    mutationFn: (command) => runConversationCommand(command),
    onSuccess: (result, command) => {
      if (!result.ok) return;
      patchAll(queryClient, documentId, lang, (w) => ({
        ...w,
        rows: w.rows.map((row) =>
          row.segmentId === command.segmentId ? { ...row, comments: result.thread, resolved: result.resolved } : row,
        ),
      }));
    },
  });
}
