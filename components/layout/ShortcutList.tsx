/**
 * The body of a keyboard-shortcut dialog: each row's keys (joined by `joiner`: ' + ' for keys
 * pressed together, ' / ' for alternatives) and what they do, then the button that closes the
 * native dialog. Plain markup, usable from server and client components alike.
 */
export function ShortcutList({
  rows,
  joiner,
  close,
}: {
  rows: readonly { keys: readonly string[]; label: string }[];
  joiner: string;
  close: string;
}) {
  return (
    <>
      <dl>
        {rows.map((row) => (
          <div key={row.keys.join()}>
            <dt>
              {row.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 ? joiner : null}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{row.label}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="small-button">
          {close}
        </button>
      </form>
    </>
  );
}
