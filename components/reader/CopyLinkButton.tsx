'use client';

import { type MouseEvent, useState } from 'react';

interface Props {
  anchor: string;
  label: string;
  copied: string;
}

/**
 * The segment's anchor link. Without JavaScript it simply jumps to the segment; with it, a
 * click also copies the full URL and says so to screen readers.
 */
export function CopyLinkButton({ anchor, label, copied }: Props) {
  const [done, setDone] = useState(false);

  async function copy(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const url = new URL(window.location.href);
    url.hash = anchor;
    window.history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url.toString());
      setDone(true);
      window.setTimeout(() => setDone(false), 2000);
    } catch {
      // Clipboard refused (insecure context or permissions): the address bar holds the link.
    }
  }

  return (
    <span className="anchor">
      <a href={`#${anchor}`} aria-label={label} title={label} onClick={copy}>
        <span aria-hidden="true">#</span>
      </a>
      <span role="status" className="copied">
        {done ? copied : ''}
      </span>
    </span>
  );
}
