'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { ShortcutList } from '@/components/layout/ShortcutList';

const SHORTCUTS = [
  { keys: ['Ctrl', 'Enter'], label: 'shortcutSave' },
  { keys: ['Alt', '↑ / ↓'], label: 'shortcutMove' },
  { keys: ['Ctrl', 'Shift', 'C'], label: 'shortcutCopy' },
  { keys: ['Alt', 'Shift', 'K'], label: 'shortcutCheck' },
  { keys: ['Alt', 'Shift', 'J'], label: 'shortcutReject' },
  { keys: ['F8'], label: 'shortcutNextFailing' },
  { keys: ['Alt', 'Shift', '1…9'], label: 'shortcutMemory' },
  { keys: ['?'], label: 'shortcutHelp' },
] as const;

/** The list of keyboard shortcuts; opens with its button or with "?" outside a text field. */
export function ShortcutsDialog() {
  const t = useTranslations('Review');
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const el = event.target as HTMLElement;
      const typing = el.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '?' && !typing && !dialog.current?.open) {
        event.preventDefault();
        dialog.current?.showModal();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className="small-button" onClick={() => dialog.current?.showModal()}>
        {t('shortcuts')} <kbd>?</kbd>
      </button>
      <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{t('shortcuts')}</h2>
        <ShortcutList rows={SHORTCUTS.map((s) => ({ keys: s.keys, label: t(s.label) }))} joiner=" + " close={t('close')} />
      </dialog>
    </>
  );
}
