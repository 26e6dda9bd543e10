'use client';

import { useSearchParams } from 'next/navigation';
import type { MouseEvent } from 'react';
import { rowAtTop } from '@/components/reader/place';
import { usePathname } from '@/i18n/navigation';

interface Option {
  locale: string;
  label: string;
  tag: string;
}

/** The anchor of the row in view, so a switch keeps the reader's place. */
function currentAnchor(): string {
  const place = rowAtTop();
  return place ? `#${place.row.id}` : window.location.hash;
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
