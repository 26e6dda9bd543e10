'use client';

import { useEffect } from 'react';
import { interleaveOrder } from '@/lib/reader/interleave';

/** Reads the sentence links the server rendered (data-src) and gives each sentence its place. */
function pairRows() {
  for (const row of document.querySelectorAll<HTMLElement>('[data-segment-row]:not([data-paired])')) {
    const cells = [...row.querySelectorAll<HTMLElement>('.cell')];
    const spans = cells.map((cell) => [...cell.querySelectorAll<HTMLElement>('.sentence[data-src]')]);
    const order = interleaveOrder(
      spans.map((list) => list.map((span) => (span.dataset.src ?? '').split(' ').filter(Boolean).map(Number))),
    );
    if (!order) continue;
    spans.forEach((list, c) => {
      const label = cells[c]?.querySelector('.cell-label')?.textContent ?? '';
      list.forEach((span, i) => {
        span.style.setProperty('--o', String(order[c]?.[i] ?? 0));
        span.dataset.label = label;
      });
    });
    row.dataset.paired = '';
  }
}

/**
 * The phone layout's "sentence by sentence" (a preference, `data-interleave` on <html>): rows
 * whose sentences are linked are laid out source sentence, then its translations, then the
 * next (comfort.css, by CSS `order`). The keys are set once, the first time the preference is
 * on; CSS applies them only on a narrow screen with the preference on, so turning it off or
 * widening the window needs nothing from here.
 */
export function SentenceInterleave() {
  useEffect(() => {
    const root = document.documentElement;
    if (root.dataset.interleave === 'sentence') {
      pairRows();
      return;
    }
    const observer = new MutationObserver(() => {
      if (root.dataset.interleave !== 'sentence') return;
      pairRows();
      observer.disconnect();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-interleave'] });
    return () => observer.disconnect();
  }, []);
  return null;
}
