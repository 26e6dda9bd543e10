'use client';

import { useEffect } from 'react';
import { rowAtTop } from './place';

const ROW = '[data-segment-row]';
const CONTROLS = `${ROW} :is(a[href], button, summary, input, select, textarea)`;

/** The cells of a row whose column is hidden for self-test (data-learner on <html>, lib/preferences.ts). */
function hiddenCells(row: Element): HTMLElement[] {
  const hidden = (document.documentElement.dataset.learner ?? '').split(' ');
  return [...row.querySelectorAll<HTMLElement>('.cell')].filter(
    (cell) => hidden.includes(cell.dataset.lang ?? '') && cell.querySelector('.segment-text'),
  );
}

/** Takes the segment rows' links and buttons in or under `scope` out of the Tab order. */
function lock(scope: Element | Document) {
  if (scope instanceof Element && scope.matches(CONTROLS)) scope.setAttribute('tabindex', '-1');
  for (const el of scope.querySelectorAll(CONTROLS)) el.setAttribute('tabindex', '-1');
}

function focusRow(row: HTMLElement | undefined) {
  if (!row) return;
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: 'nearest' });
}

function openShortcuts() {
  const dialog = document.getElementById('reader-shortcuts') as HTMLDialogElement | null;
  if (dialog && !dialog.open) dialog.showModal();
}

/**
 * Keyboard reading. Each segment row is one tab stop (Tab and Shift+Tab go row by row, then on
 * out of the text); its links and buttons (copy link, notes, a reviewer's check and reject) stay
 * out of the Tab order until Enter on the row opens them, and Esc or leaving the row closes them
 * again. J/K and ↓/↑ move row by row; Space (or a click or tap on the text) reveals what a
 * self-test column hides; "?" lists the keys. Without JavaScript every link stays a tab stop.
 * Renders nothing.
 */
export function ReaderKeys({ hiddenLabels, uiLang }: { hiddenLabels: Record<string, string>; uiLang: string }) {
  useEffect(() => {
    let open: HTMLElement | null = null;
    lock(document);

    // A hidden text is out of the accessibility tree (comfort.css); in its place a screen reader
    // finds what it is and how to reveal it. Added here, not rendered in every cell: the page
    // stays as small as before, and the cover is drawn by CSS from the first paint.
    const label = () => {
      for (const cell of document.querySelectorAll<HTMLElement>('.cell')) {
        const text = cell.querySelector('.segment-text');
        const hint = hiddenLabels[cell.dataset.lang ?? ''];
        if (!text || !hint || !hiddenCells(cell.parentElement ?? cell).includes(cell) || text.querySelector('.learner-cover'))
          continue;
        const cover = document.createElement('span');
        cover.className = 'learner-cover';
        cover.lang = uiLang;
        cover.textContent = hint;
        text.append(cover);
      }
    };
    label();
    const learner = new MutationObserver(label);
    learner.observe(document.documentElement, { attributes: true, attributeFilter: ['data-learner'] });
    // Controls that appear later (a reviewer's, loaded lazily; the reject form) start locked too.
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && !open?.contains(node)) lock(node);
          if (node instanceof Element && node.matches('[data-segment-row], .segments')) label();
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });

    // Focus back on the row itself (Esc, Shift+Tab) or anywhere else closes the open row.
    const onFocus = (event: FocusEvent) => {
      if (open && (event.target === open || !open.contains(event.target as Node))) {
        lock(open);
        open = null;
      }
    };

    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      if (target.closest?.('[data-open-shortcuts]')) return openShortcuts();
      const cell = target.closest?.('.segment-text')?.closest('.cell');
      if (!cell || cell.hasAttribute('data-revealed') || !hiddenCells(cell.parentElement ?? cell).includes(cell as HTMLElement))
        return;
      // The click only reveals: nothing under the cover (a word to look up) is meant yet.
      event.preventDefault();
      event.stopPropagation();
      cell.setAttribute('data-revealed', '');
    };

    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      // Typing, or in a dialog (the shortcut list, a look-up popover): those keys are not for the text.
      if (target.closest('input, textarea, select, [contenteditable="true"], dialog, [role="dialog"]')) return;
      if (event.key === '?') {
        event.preventDefault();
        return openShortcuts();
      }
      if (event.shiftKey) return;
      const row = target.closest<HTMLElement>(ROW);
      const forward = event.key === 'j' || event.key === 'ArrowDown';
      if (event.key === 'j' || event.key === 'k' || (row && (event.key === 'ArrowDown' || event.key === 'ArrowUp'))) {
        const rows = [...document.querySelectorAll<HTMLElement>(ROW)];
        const from = row ?? rowAtTop()?.row;
        // From outside the text, J starts at the row at the top of the screen.
        const index = from ? rows.indexOf(from) + (row ? (forward ? 1 : -1) : 0) : forward ? 0 : -1;
        if (index < 0 || index >= rows.length) return;
        event.preventDefault();
        return focusRow(rows[index]);
      }
      if (row && row !== target && event.key === 'Escape') {
        event.preventDefault();
        return focusRow(row);
      }
      if (row !== target || (event.key !== ' ' && event.key !== 'Enter')) return;
      const hidden = hiddenCells(row);
      const covered = hidden.filter((cell) => !cell.hasAttribute('data-revealed'));
      if (covered.length > 0 || (event.key === ' ' && hidden.length > 0)) {
        event.preventDefault();
        for (const cell of hidden) cell.toggleAttribute('data-revealed', covered.length > 0);
      } else if (event.key === 'Enter') {
        const controls = row.querySelectorAll<HTMLElement>(CONTROLS);
        if (controls.length === 0) return;
        event.preventDefault();
        for (const el of controls) el.removeAttribute('tabindex');
        open = row;
        controls[0]?.focus();
      }
    };

    document.addEventListener('focusin', onFocus);
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKey);
    return () => {
      observer.disconnect();
      learner.disconnect();
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey);
    };
  }, [hiddenLabels, uiLang]);
  return null;
}
