'use client';

import { type ComponentType, useEffect, useState } from 'react';
import type { Lang } from '@/lib/languages';
import type { LookupTarget, LookupStrings } from './types';
import type { PopoverProps } from './LookupPopover';

const TEXT = '.segments .segment-text';
// Clicks on these keep their own meaning: links, controls, and the popover itself.
const OWN_CLICK = 'a, button, summary, input, textarea, select, label, [role="dialog"]';

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function selectionInText(): Range | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = range.startContainer;
  const block = (start instanceof Element ? start : start.parentElement)?.closest(TEXT);
  return block ? range.cloneRange() : null;
}

/**
 * Word look-up in the reader: one delegated click and key listener for the page. A click on a
 * word (or a selection, then a click or the L key) loads the popover's code on first use, so
 * the reader carries only this listener until somebody looks a word up.
 */
export function WordLookup({ strings, ui }: { strings: LookupStrings; ui: Lang }) {
  const [open, setOpen] = useState<{ Popover: ComponentType<PopoverProps>; target: LookupTarget; id: number } | null>(null);

  useEffect(() => {
    let count = 0;
    const start = (target: LookupTarget) => {
      const id = ++count;
      void import('./LookupPopover').then(({ LookupPopover }) => {
        if (id === count) setOpen({ Popover: LookupPopover, target, id });
      });
    };
    const onClick = (event: MouseEvent) => {
      if (event.button !== 0 || event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;
      const el = event.target instanceof Element ? event.target : null;
      if (!el?.closest(TEXT) || el.closest(OWN_CLICK)) return;
      const range = selectionInText();
      if (range) return start({ kind: 'selection', range });
      const caret = caretAt(event.clientX, event.clientY);
      if (caret) start({ kind: 'point', ...caret, x: event.clientX, y: event.clientY });
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'l' || event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented) return;
      const el = event.target instanceof Element ? event.target : null;
      if (el?.closest('input, textarea, select, [contenteditable]')) return;
      const range = selectionInText();
      if (range) {
        event.preventDefault();
        start({ kind: 'selection', range });
      }
    };
    document.addEventListener('click', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('click', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, []);

  if (!open) return null;
  const { Popover, target, id } = open;
  return <Popover key={id} target={target} strings={strings} ui={ui} onClose={() => setOpen((o) => (o?.id === id ? null : o))} />;
}
