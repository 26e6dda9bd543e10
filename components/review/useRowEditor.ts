'use client';

import { useState } from 'react';

/**
 * The text in a row's editor. It keeps what the user typed; while nothing is typed it follows
 * the server's text (another person's save, a revert, a conflict resolved).
 */
export function useRowEditor(serverText: string | null, serverVersion: number) {
  const [base, setBase] = useState(serverText ?? '');
  const [text, setText] = useState(serverText ?? '');
  const [seen, setSeen] = useState({ text: serverText, version: serverVersion });
  const dirty = text !== base;
  // Adjusting state to a changed prop during render (React's pattern for it), not in an effect.
  if (seen.text !== serverText || seen.version !== serverVersion) {
    setSeen({ text: serverText, version: serverVersion });
    if (!dirty) {
      setBase(serverText ?? '');
      setText(serverText ?? '');
    }
  }
  return {
    text,
    dirty,
    setText,
    /** After a save or when taking someone else's text: this is now the unchanged state. */
    reset: (saved: string) => {
      setBase(saved);
      setText(saved);
    },
  };
}
