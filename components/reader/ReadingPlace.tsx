'use client';

import { useEffect } from 'react';
import type { Lang } from '@/lib/languages';
import { rowAtTop } from './place';
import { type ReadingMark, rememberPlace } from './reading-place';

/**
 * The reader's memory of where someone is, in this browser only (no account needed): the row
 * at the top of the screen is noted as they read, for "Continue reading" on the home page. It
 * also lands links to a segment that lives on another page of a long document: `#s-id` with
 * no such row here goes to `?at=id`, which the server resolves to the right page. Renders nothing.
 */
export function ReadingPlace({ documentId, columns }: { documentId: string; columns: readonly Lang[] }) {
  useEffect(() => {
    const hash = window.location.hash;
    if (hash.startsWith('#s-') && !document.getElementById(hash.slice(1))) {
      const url = new URL(window.location.href);
      url.searchParams.set('at', decodeURIComponent(hash.slice(3)));
      url.searchParams.delete('p');
      window.location.replace(url);
      return;
    }
    let timer: number | undefined;
    const note = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const place = rowAtTop();
        const segmentId = place?.row.id.slice(2) ?? document.querySelector<HTMLElement>('[data-segment-row]')?.id.slice(2);
        if (!segmentId) return;
        const mark: ReadingMark = { segmentId, columns: [...columns], at: Date.now() };
        rememberPlace(documentId, mark);
      }, 400);
    };
    note();
    window.addEventListener('scroll', note, { passive: true });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', note);
    };
  }, [documentId, columns]);
  return null;
}
