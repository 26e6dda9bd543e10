'use client';

import { useEffect, useState } from 'react';

/**
 * The text in a row's editor. It keeps what the user typed; while nothing is typed it follows
 * the server's text (another person's save, a revert, a conflict resolved).
 */
export function useRowEditor(serverText: string | null, serverVersion: number) {
  const [base, setBase] = useState(serverText ?? '');
  const [text, setText] = useState(serverText ?? '');
  const dirty = text !== base;
  useEffect(() => {
    if (!dirty) {
      setBase(serverText ?? '');
      setText(serverText ?? '');
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow only the server's changes, never the user's typing
  }, [serverText, serverVersion]);
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
