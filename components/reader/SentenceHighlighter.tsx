'use client';

import { useEffect } from 'react';

const CLASS = 'sentence-hl';

function tokens(el: Element): string[] {
  return (el.getAttribute('data-src') ?? '').split(' ').filter(Boolean);
}

/**
 * Hovering a sentence lights up the sentences it is aligned with in the other columns of the
 * same row: every span whose source-sentence set meets the hovered one's. One listener for
 * the whole page; renders nothing.
 */
export function SentenceHighlighter() {
  useEffect(() => {
    let lit: Element[] = [];
    const clear = () => {
      for (const el of lit) el.classList.remove(CLASS);
      lit = [];
    };
    const onOver = (event: Event) => {
      const span = (event.target as Element | null)?.closest?.('.sentence[data-src]');
      clear();
      if (!span) return;
      const wanted = new Set(tokens(span));
      const row = span.closest('[data-segment-row]');
      if (!row || wanted.size === 0) return;
      lit = [...row.querySelectorAll('.sentence[data-src]')].filter((el) => tokens(el).some((t) => wanted.has(t)));
      for (const el of lit) el.classList.add(CLASS);
    };
    document.addEventListener('mouseover', onOver);
    return () => {
      document.removeEventListener('mouseover', onOver);
      clear();
    };
  }, []);
  return null;
}
