import { getTranslations } from 'next-intl/server';

const SHORTCUTS = [
  { keys: ['J', 'K', '↓', '↑'], label: 'shortcutMove' },
  { keys: ['Tab', 'Shift+Tab'], label: 'shortcutTab' },
  { keys: ['Space'], label: 'shortcutReveal' },
  { keys: ['Enter'], label: 'shortcutEnter' },
  { keys: ['Esc'], label: 'shortcutEscape' },
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
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.keys.join()}>
            <dt>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ' / ' : null}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{t(s.label)}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="small-button">
          {t('close')}
        </button>
      </form>
    </dialog>
  );
}
