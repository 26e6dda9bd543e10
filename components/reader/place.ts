/**
 * The reading place: the segment row nearest the top of the viewport, below the sticky chrome
 * (header, column heads) that covers it. Used by the locale switch, the column picker and the
 * status toggle, so that none of them loses the reader's place.
 */
export function rowAtTop(): { row: HTMLElement; offset: number } | null {
  if (window.scrollY < 40) return null;
  const covered = Math.max(
    0,
    ...[...document.querySelectorAll<HTMLElement>('.site-header, .column-picker')].map((el) =>
      getComputedStyle(el).position === 'sticky' ? el.getBoundingClientRect().bottom : 0,
    ),
  );
  for (const row of document.querySelectorAll<HTMLElement>('[data-segment-row]')) {
    const box = row.getBoundingClientRect();
    if (box.bottom > covered + 8) return { row, offset: box.top };
  }
  return null;
}
