'use client';

import { useSearchParams } from 'next/navigation';
import { useEffect, useLayoutEffect } from 'react';
import { rowAtTop } from './place';

/**
 * The place noted when a view-changing link was followed. Kept outside React: the new view may
 * come with another layout (a cached page gives way to a per-request one), which remounts this
 * component.
 */
let pending: { id: string; offset: number } | null = null;

/**
 * Keeps the reading place across view changes that re-render the page (a column moved, added
 * or removed, status shown or hidden): before a link marked `data-keep-place` is followed, the
 * row at the top and its offset are noted; once the new view is in, that row is put back at
 * the same height, whatever grew or shrank above it. Renders nothing.
 */
export function PlaceKeeper() {
  const query = useSearchParams().toString();

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[data-keep-place]');
      if (!link) return;
      const place = rowAtTop();
      pending = place ? { id: place.row.id, offset: place.offset } : null;
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  useLayoutEffect(() => {
    const place = pending;
    pending = null;
    if (!place) return;
    const row = document.getElementById(place.id);
    if (row) window.scrollBy(0, row.getBoundingClientRect().top - place.offset);
  }, [query]);

  return null;
}
