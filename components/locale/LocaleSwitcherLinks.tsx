'use client';

import { useSearchParams } from 'next/navigation';
import type { MouseEvent } from 'react';
import { usePathname } from '@/i18n/navigation';

interface Option {
  locale: string;
  label: string;
  tag: string;
}

/** The segment row nearest the top of the viewport, so a switch keeps the reader's place. */
function currentAnchor(): string {
  const rows = document.querySelectorAll<HTMLElement>('[data-segment-row]');
  if (rows.length === 0 || window.scrollY < 40) return window.location.hash;
  // Sticky chrome (header, column heads) covers the top of the viewport: look below it.
  const covered = Math.max(
    0,
    ...[...document.querySelectorAll<HTMLElement>('.site-header, .column-picker')].map((el) =>
      getComputedStyle(el).position === 'sticky' ? el.getBoundingClientRect().bottom : 0,
    ),
  );
  for (const row of rows) {
    if (row.getBoundingClientRect().bottom > covered + 8) return `#${row.id}`;
  }
  return window.location.hash;
}

export function LocaleSwitcherLinks({ current, options }: { current: string; options: Option[] }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const suffix = `${pathname === '/' ? '' : pathname}${search ? `?${search}` : ''}`;

  function keepPlace(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    // The browser follows the link itself, a full load, so that the server renders every string
    // (and the html lang) anew; only the anchor of the row in view is added first.
    event.currentTarget.hash = currentAnchor();
  }

  return (
    <ul>
      {options.map((o) => (
        <li key={o.locale}>
          <a
            href={`/${o.locale}${suffix}`}
            hrefLang={o.tag}
            lang={o.tag}
            aria-current={o.locale === current ? 'true' : undefined}
            onClick={o.locale === current ? undefined : keepPlace}
          >
            {o.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
