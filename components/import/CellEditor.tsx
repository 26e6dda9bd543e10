'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import { cellText } from '@/lib/import';

interface Props {
  label: string;
  /** BCP 47 tag of the cell's language. */
  lang: string;
  cell: readonly string[];
  /** The edited text, when it differs from the cell's: on leaving the field. */
  onCommit: (text: string) => void;
  /** The textarea, for the split at its cursor. */
  register: (el: HTMLTextAreaElement | null) => void;
}

/**
 * One cell's text, editable, as tall as its text: the whole cell is always in view, so the
 * place to split is never hidden below a scroll. An edit is handed on when the field is left,
 * so typing is never interrupted by the draft being rescored.
 */
export function CellEditor({ label, lang, cell, onCommit, register }: Props) {
  const shown = cellText(cell);
  const [text, setText] = useState(shown);
  const [base, setBase] = useState(shown);
  const area = useRef<HTMLTextAreaElement | null>(null);
  // A fix elsewhere changed this cell: show the new text (React's "adjust state on prop change").
  if (shown !== base) {
    setBase(shown);
    setText(shown);
  }

  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [text]);

  return (
    <textarea
      aria-label={label}
      lang={lang}
      value={text}
      rows={2}
      ref={(el) => {
        area.current = el;
        register(el);
      }}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        if (text !== shown) onCommit(text);
      }}
    />
  );
}
