'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { type Claim, claimDue, othersEditing } from '@/lib/claims/claims';
import type { Lang } from '@/lib/languages';
import { claimTranslation } from '@/server/actions/claims';

const claimsKey = (documentId: string, lang: Lang) => ['claims', documentId, lang] as const;

/**
 * Who else is editing which row (soft claims), for a signed-in viewer: asked every 20 seconds
 * while the tab is shown, again when it comes back into focus, and patched from every claim sent.
 */
export function useClaims(documentId: string, lang: Lang, viewerId: string | null) {
  return useQuery({
    queryKey: claimsKey(documentId, lang),
    queryFn: async () => {
      const response = await fetch(`/api/review/${documentId}/${lang}/claims`, { cache: 'no-store' });
      if (!response.ok) throw new Error(`claims: ${response.status}`);
      return (await response.json()) as Claim[];
    },
    enabled: viewerId !== null,
    refetchInterval: 20_000,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
    select: (claims) => othersEditing(claims, viewerId, new Date()),
  });
}

/**
 * This viewer's claim on one row: `touch` while they type (sent at once, then renewed at most
 * every 30 s), `release` when they save, take another's text or leave the row; leaving the page
 * releases it too (a closed tab lets it lapse on the server).
 */
export function useClaim(documentId: string, lang: Lang, segmentId: string) {
  const queryClient = useQueryClient();
  const lastSent = useRef<number | null>(null);
  const send = useCallback(
    (release: boolean) => {
      void claimTranslation({ documentId, segmentId, lang, release })
        .then((result) => {
          if (result.ok) queryClient.setQueryData(claimsKey(documentId, lang), result.claims);
        })
        .catch(() => undefined);
    },
    [documentId, lang, segmentId, queryClient],
  );
  const touch = useCallback(() => {
    const now = Date.now();
    if (!claimDue(lastSent.current, now)) return;
    lastSent.current = now;
    send(false);
  }, [send]);
  const release = useCallback(() => {
    if (lastSent.current === null) return;
    lastSent.current = null;
    send(true);
  }, [send]);
  useEffect(() => release, [release]);
  return { touch, release };
}
