'use client';

import { type QueryClient, useQuery } from '@tanstack/react-query';
import type { Lang } from '@/lib/languages';
import type { TranslationQa } from '@/lib/qa';
import type { GlossaryEntry, MemorySuggestion } from '@/server/queries';

export const qaKey = (documentId: string, lang: Lang) => ['qa', documentId, lang] as const;

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as T;
}

/** Quality findings of the workspace's translations, by segment. */
export function useQa(documentId: string, lang: Lang) {
  return useQuery({
    queryKey: qaKey(documentId, lang),
    queryFn: () => getJson<TranslationQa[]>(`/api/review/${documentId}/${lang}/qa`),
    select: (list) => new Map(list.map((q) => [q.segmentId, q])),
    staleTime: 30_000,
  });
}

/** The checks a translation fails that nobody dismissed. */
export function failingChecks(qa: TranslationQa | undefined): string[] {
  return [...new Set((qa?.findings ?? []).filter((f) => !f.dismissed).map((f) => f.check))];
}

/** Replaces the findings of the translations a write or a dismissal reports, from its result alone. */
export function patchQa(queryClient: QueryClient, documentId: string, lang: Lang, fresh: TranslationQa[] | undefined) {
  const mine = fresh?.filter((q) => q.lang === lang);
  if (!mine?.length) return;
  const key = qaKey(documentId, lang);
  // Not loaded yet, or loading from before this write: what arrives would be stale. Ask again.
  if (queryClient.getQueryData(key) === undefined || queryClient.getQueryState(key)?.fetchStatus === 'fetching') {
    void queryClient.invalidateQueries({ queryKey: key });
    return;
  }
  queryClient.setQueryData<TranslationQa[]>(qaKey(documentId, lang), (list) => {
    if (!list) return list;
    const replaced = new Map(mine.map((q) => [q.segmentId, q]));
    const next = list.map((q) => replaced.get(q.segmentId) ?? q);
    for (const q of mine) if (!list.some((o) => o.segmentId === q.segmentId)) next.push(q);
    return next;
  });
}

export function useGlossary(documentId: string) {
  return useQuery({
    queryKey: ['glossary', documentId],
    queryFn: () => getJson<GlossaryEntry[]>(`/api/glossary?doc=${encodeURIComponent(documentId)}`),
    staleTime: 60_000,
  });
}

export function useMemory(documentId: string, segmentId: string, lang: Lang, enabled: boolean) {
  return useQuery({
    queryKey: ['memory', documentId, segmentId, lang],
    queryFn: () => getJson<MemorySuggestion[]>(`/api/memory/${documentId}/${segmentId}/${lang}`),
    enabled,
    staleTime: 60_000,
  });
}
