import { getTranslations } from 'next-intl/server';
import { ShortcutList } from '@/components/layout/ShortcutList';

const SHORTCUTS = [
  { keys: ['J', 'K', '↓', '↑'], label: 'shortcutMove' },
  { keys: ['Tab', 'Shift+Tab'], label: 'shortcutTab' },
  { keys: ['Space'], label: 'shortcutReveal' },
  { keys: ['Enter'], label: 'shortcutEnter' },
  { keys: ['Esc'], label: 'shortcutEscape' },
  { keys: ['L'], label: 'shortcutLookup' },
  { keys: ['?'], label: 'shortcutHelp' },
] as const;

/**
 * The reader's keyboard shortcuts (ReaderKeys opens it with "?" or the view settings' button).
 * Rendered on the server with its strings, so the cached reader needs none on the client; the
 * native modal dialog closes with Esc or its button.
 */
export async function ReaderShortcuts() {
  const t = await getTranslations('ReaderComfort');
  return (
    <dialog id="reader-shortcuts" className="reader-shortcuts" aria-labelledby="reader-shortcuts-title">
      <h2 id="reader-shortcuts-title">{t('shortcuts')}</h2>
      <ShortcutList rows={SHORTCUTS.map((s) => ({ keys: s.keys, label: t(s.label) }))} joiner=" / " close={t('close')} />
    </dialog>
  );
}
