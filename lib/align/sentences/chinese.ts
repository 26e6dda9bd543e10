import { CLOSERS, OPENERS } from './chars';

const STOPS = '。！？!?';
/** A quoted line followed by a short attribution ending the sentence: “好！”他说。 */
const ATTRIBUTION = /^[^。！？!?“「『"]{0,6}[说问道喊叫答][^。！？!?“「『"]{0,3}[。！？]/u;

/**
 * Offsets where Chinese sentences end: after 。！？ (and ASCII !?) or a
 * double ellipsis ……, with any closing quotes or brackets that follow.
 */
export function chineseBoundaries(text: string): number[] {
  const out: number[] = [];
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const ch = text[i] ?? '';
    const ellipsis = ch === '…' && text[i + 1] === '…';
    if (!STOPS.includes(ch) && !ellipsis) continue;
    let end = i;
    while (end < len && (STOPS.includes(text[end] ?? '') || text[end] === '…')) end++;
    let close = end;
    while (close < len && CLOSERS.has(text[close] ?? '')) close++;
    i = close - 1;
    if (close >= len) break;
    // Keep “……！”他说。 together, as English keeps "...!" he said.
    if (close > end && !OPENERS.has(text[close] ?? '') && ATTRIBUTION.test(text.slice(close))) continue;
    out.push(close);
  }
  return out;
}
