import { segmentAt } from '@/lib/dictionary/text';
import { isLang, type Lang } from '@/lib/languages';
import type { LookupTarget } from './types';

const TEXT = '.segment-text';
const MARKS = /[\u00AD\u0300\u0301]/;
/** Characters of Chinese text sent on each side of a click: enough for the longest words. */
const CONTEXT = 12;

/** What to ask the server, and where the word is on the page. */
export interface LookupRequest {
  lang: Lang;
  q: string;
  at: number | null;
  /** The word as the client sees it (Intl.Segmenter), shown until the answer comes. */
  word: string;
  /** The page's text of the word (for its highlight and the popover's place). */
  range: Range;
  block: Element;
  /** For Chinese: the clicked character's index in the paragraph's text as read. */
  clicked: number | null;
}

/**
 * The text of a paragraph as read: pinyin annotations (<rt>, <rp>) left out, soft hyphens and
 * stress marks removed. `at(i)` finds the DOM position of the i-th character of that text.
 */
function readBlock(block: Element) {
  const nodes: { node: Text; start: number }[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('rt, rp') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let raw = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: raw.length });
    raw += (n as Text).data;
  }
  // For each character kept, its index in the raw text.
  const kept: number[] = [];
  let text = '';
  for (let i = 0; i < raw.length; i++) {
    if (MARKS.test(raw[i] as string)) continue;
    kept.push(i);
    text += raw[i];
  }
  const rawIndex = (node: Node, offset: number): number | null => {
    const own = nodes.find((n) => n.node === node);
    if (own) return own.start + offset;
    // A click on pinyin or between elements: the first text that follows that point.
    const point = document.createRange();
    point.setStart(node, offset);
    const ruby = (node instanceof Element ? node : node.parentElement)?.closest('ruby');
    const next = nodes.find((n) => (ruby ? ruby.contains(n.node) : point.comparePoint(n.node, 0) >= 0));
    return next ? next.start : null;
  };
  const toPlain = (rawAt: number) => {
    const i = kept.findIndex((k) => k >= rawAt);
    return i < 0 ? text.length : i;
  };
  const domAt = (plain: number): [Text, number] | null => {
    const r = plain >= kept.length ? raw.length : (kept[plain] as number);
    for (let i = nodes.length - 1; i >= 0; i--) {
      const n = nodes[i] as { node: Text; start: number };
      if (n.start <= r) return [n.node, Math.min(r - n.start, n.node.length)];
    }
    return null;
  };
  const rangeOf = (start: number, end: number): Range | null => {
    const a = domAt(start);
    const b = end > 0 ? domAt(end - 1) : null;
    if (!a || !b) return null;
    const range = document.createRange();
    range.setStart(...a);
    range.setEnd(b[0], b[1] + 1);
    return range;
  };
  return { text, rawIndex, toPlain, rangeOf };
}

/** The character under the pointer: the caret may sit on either side of it. */
function characterHit(node: Node, offset: number, x: number, y: number): number | null {
  if (!(node instanceof Text)) return offset;
  const r = document.createRange();
  for (const o of [offset, offset - 1]) {
    if (o < 0 || o >= node.length) continue;
    r.setStart(node, o);
    r.setEnd(node, o + 1);
    for (const rect of r.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return o;
    }
  }
  return null;
}

function langOf(block: Element): Lang | null {
  const tag = block.closest('[lang]')?.getAttribute('lang')?.slice(0, 2) ?? '';
  return isLang(tag) ? tag : null;
}

/** The look-up a click or selection asks for; null where there is no word to look up. */
export function lookupRequest(target: LookupTarget): LookupRequest | null {
  const start = target.kind === 'point' ? target.node : target.range.startContainer;
  const block = (start instanceof Element ? start : start.parentElement)?.closest(TEXT);
  const lang = block && langOf(block);
  if (!block || !lang) return null;
  const read = readBlock(block);

  if (target.kind === 'selection') {
    const from = read.rawIndex(target.range.startContainer, target.range.startOffset);
    const to = block.contains(target.range.endContainer)
      ? read.rawIndex(target.range.endContainer, target.range.endOffset)
      : null;
    if (from === null) return null;
    const a = read.toPlain(from);
    const b = to === null ? read.text.length : read.toPlain(to);
    const q = read.text.slice(a, b).trim();
    if (!q || [...q].length > 64) return null;
    return { lang, q, at: null, word: q, range: target.range, block, clicked: null };
  }

  const hit = characterHit(target.node, target.offset, target.x, target.y);
  if (hit === null) return null;
  const raw = read.rawIndex(target.node, hit);
  if (raw === null) return null;
  const at = read.toPlain(raw);
  if (!/[\p{L}\p{N}]/u.test(read.text[at] ?? '')) return null;
  const found = segmentAt(read.text, at, lang === 'zh' ? 'zh' : lang);
  if (!found) return null;
  const range = read.rangeOf(found.start, found.start + found.word.length);
  if (!range) return null;
  if (lang !== 'zh') return { lang, q: found.word, at: null, word: found.word, range, block, clicked: null };
  // Chinese: the server finds the longest dictionary word around the clicked character.
  const from = Math.max(0, at - CONTEXT);
  const q = read.text.slice(from, Math.min(read.text.length, at + CONTEXT + 1));
  return { lang, q, at: at - from, word: found.word, range, block, clicked: at };
}

/** The range of the word the server found around the clicked Chinese character. */
export function wordRange(request: LookupRequest, word: string): Range | null {
  if (request.clicked === null || word === request.word) return null;
  const read = readBlock(request.block);
  for (let s = Math.max(0, request.clicked - word.length + 1); s <= request.clicked; s++) {
    if (read.text.startsWith(word, s)) return read.rangeOf(s, s + word.length);
  }
  return null;
}
