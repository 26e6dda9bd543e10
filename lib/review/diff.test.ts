import { describe, expect, it } from 'vitest';
import { diffWords, type DiffOp } from './diff';

const rebuildBefore = (ops: DiffOp[]) =>
  ops
    .filter((o) => o.op !== 'insert')
    .map((o) => o.text)
    .join('');
const rebuildAfter = (ops: DiffOp[]) =>
  ops
    .filter((o) => o.op !== 'delete')
    .map((o) => o.text)
    .join('');

/** The properties every diff must have, whatever the input. */
function expectWellFormed(before: string, after: string, ops: DiffOp[]): void {
  expect(rebuildBefore(ops)).toBe(before);
  expect(rebuildAfter(ops)).toBe(after);
  expect(ops.every((o) => o.text !== '')).toBe(true);
  for (let i = 1; i < ops.length; i++) {
    const [prev, cur] = [ops[i - 1], ops[i]];
    // Merged: never two of a kind in a row, and deletions come before insertions.
    expect(prev?.op === cur?.op).toBe(false);
    expect(prev?.op === 'insert' && cur?.op === 'delete').toBe(false);
  }
}

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('diffWords', () => {
  it('returns nothing for two empty texts and one equal part for identical texts', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('Same text.', 'Same text.')).toEqual([{ op: 'equal', text: 'Same text.' }]);
  });

  it('reports a whole insertion or deletion', () => {
    expect(diffWords('', 'New text')).toEqual([{ op: 'insert', text: 'New text' }]);
    expect(diffWords('Old text', '')).toEqual([{ op: 'delete', text: 'Old text' }]);
  });

  it('shows a changed English word as a word, not as letters', () => {
    expect(diffWords('The treaty was signed in 2001.', 'The treaty was ratified in 2001.')).toEqual([
      { op: 'equal', text: 'The treaty was ' },
      { op: 'delete', text: 'signed' },
      { op: 'insert', text: 'ratified' },
      { op: 'equal', text: ' in 2001.' },
    ]);
  });

  it('shows a changed Russian word as a word', () => {
    expect(diffWords('Договор подписан в 2001 году.', 'Договор ратифицирован в 2001 году.')).toEqual([
      { op: 'equal', text: 'Договор ' },
      { op: 'delete', text: 'подписан' },
      { op: 'insert', text: 'ратифицирован' },
      { op: 'equal', text: ' в 2001 году.' },
    ]);
  });

  it('shows a changed Chinese character as one character', () => {
    expect(diffWords('中俄关系进入新时代。', '中美关系进入新时代。')).toEqual([
      { op: 'equal', text: '中' },
      { op: 'delete', text: '俄' },
      { op: 'insert', text: '美' },
      { op: 'equal', text: '关系进入新时代。' },
    ]);
  });

  it('finds an insertion inside Chinese text without spaces', () => {
    expect(diffWords('两国关系', '两国全面关系')).toEqual([
      { op: 'equal', text: '两国' },
      { op: 'insert', text: '全面' },
      { op: 'equal', text: '关系' },
    ]);
  });

  it('shows a punctuation-only change as just that mark', () => {
    expect(diffWords('Hello, world', 'Hello; world')).toEqual([
      { op: 'equal', text: 'Hello' },
      { op: 'delete', text: ',' },
      { op: 'insert', text: ';' },
      { op: 'equal', text: ' world' },
    ]);
  });

  it('folds a lone space between two replacements into one replacement', () => {
    expect(diffWords('I saw the cat today', 'I saw a dog today')).toEqual([
      { op: 'equal', text: 'I saw ' },
      { op: 'delete', text: 'the cat' },
      { op: 'insert', text: 'a dog' },
      { op: 'equal', text: ' today' },
    ]);
  });

  it('keeps a shared space visible next to pure insertions', () => {
    expect(diffWords('a b', 'a x y b')).toEqual([
      { op: 'equal', text: 'a ' },
      { op: 'insert', text: 'x y ' },
      { op: 'equal', text: 'b' },
    ]);
  });

  it('keeps a shared word between two replacements', () => {
    const ops = diffWords('red apple pie', 'green apple tart');
    expect(ops).toContainEqual({ op: 'equal', text: ' apple ' });
  });

  it('falls back to one deletion and one insertion beyond the size guard, keeping common ends', () => {
    expect(diffWords('Start one two three end', 'Start four five six end', { maxTokens: 4 })).toEqual([
      { op: 'equal', text: 'Start ' },
      { op: 'delete', text: 'one two three' },
      { op: 'insert', text: 'four five six' },
      { op: 'equal', text: ' end' },
    ]);
  });

  it('rebuilds both texts on hand-picked inputs in all three languages', () => {
    const pairs: [string, string][] = [
      ['中俄两国', 'Russia and China'],
      ['Россия и Китай', 'Китай и Россия'],
      ['“一带一路”倡议于2013年提出。', '“一带一路”倡议于2013年9月提出！'],
      ['Sino-Russian relations', 'Russo-Chinese  relations\n'],
      ['l’homme d’État', "l'homme d’État"],
      ['𠀀𪚥𠀀', '𪚥𠀀𪚥'],
      ['й', 'и\u0306'],
      ['   ', ' '],
      ['a', 'a a a a'],
    ];
    for (const [before, after] of pairs) {
      expectWellFormed(before, after, diffWords(before, after));
      expectWellFormed(after, before, diffWords(after, before));
    }
  });

  it('rebuilds both texts on many random edits of mixed Chinese, Russian and English text', () => {
    const pieces = [
      '中',
      '俄',
      '关',
      '系',
      '。',
      '，',
      '新',
      '时',
      '代',
      '𠀀',
      'Россия',
      'Китай',
      'и',
      'отношения',
      '—',
      '«',
      '»',
      'Russia',
      'China',
      'relations',
      "don't",
      ',',
      '.',
      '!',
      ' ',
      ' ',
      ' ',
      '  ',
      '\n',
      '2019',
      'и\u0306',
    ];
    const next = random(42);
    const pick = () => pieces[Math.floor(next() * pieces.length)] ?? '';
    for (let round = 0; round < 1500; round++) {
      const words = Array.from({ length: Math.floor(next() * 30) }, pick);
      const edited = [...words];
      for (let e = Math.floor(next() * 6); e > 0; e--) {
        const at = Math.floor(next() * (edited.length + 1));
        const roll = next();
        if (roll < 0.33) edited.splice(at, 1);
        else if (roll < 0.66) edited.splice(at, 0, pick());
        else edited.splice(at, 1, pick());
      }
      const before = words.join('');
      const after = edited.join('');
      expectWellFormed(before, after, diffWords(before, after));
      expectWellFormed(before, after, diffWords(before, after, { maxTokens: 5 }));
    }
  });

  it('copes with a paragraph of a few thousand tokens', () => {
    const next = random(3);
    const words = ['сотрудничество', 'cooperation', '合', '作', 'the', 'и', ' ', ', ', '。'];
    const before = Array.from({ length: 3000 }, () => words[Math.floor(next() * words.length)] ?? '').join('');
    const after = before.replace(/cooperation/g, (m) => (next() < 0.2 ? 'partnership' : m));
    const started = performance.now();
    const ops = diffWords(before, after);
    expect(performance.now() - started).toBeLessThan(2000);
    expectWellFormed(before, after, ops);
  });
});
