import { describe, expect, it } from 'vitest';
import { diffSequences, type Edit } from './myers';

/** Deterministic PRNG so a failure can be replayed (mulberry32). */
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

/** Length of the longest common subsequence by the textbook O(n·m) table: the reference. */
function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const item of a) {
    const row = [0];
    for (let j = 0; j < b.length; j++) row.push(item === b[j] ? (prev[j] ?? 0) + 1 : Math.max(prev[j + 1] ?? 0, row[j] ?? 0));
    prev = row;
  }
  return prev[b.length] ?? 0;
}

const side = <T>(edits: Edit<T>[], keep: 'delete' | 'insert') => edits.filter((e) => e.op !== keep).map((e) => e.value);
const before = <T>(edits: Edit<T>[]) => side(edits, 'insert');
const after = <T>(edits: Edit<T>[]) => side(edits, 'delete');
const equalCount = <T>(edits: Edit<T>[]) => edits.filter((e) => e.op === 'equal').length;

function check<T>(a: T[], b: T[]): Edit<T>[] {
  const edits = diffSequences(a, b);
  expect(before(edits)).toEqual(a);
  expect(after(edits)).toEqual(b);
  // Minimal: it keeps as many items as any common subsequence can.
  expect(equalCount(edits)).toBe(lcsLength(a, b));
  return edits;
}

describe('diffSequences', () => {
  it('handles empty sequences', () => {
    expect(diffSequences([], [])).toEqual([]);
    expect(diffSequences([], ['a'])).toEqual([{ op: 'insert', value: 'a' }]);
    expect(diffSequences(['a'], [])).toEqual([{ op: 'delete', value: 'a' }]);
  });

  it('reports identical sequences as all equal', () => {
    expect(diffSequences(['a', 'b'], ['a', 'b'])).toEqual([
      { op: 'equal', value: 'a' },
      { op: 'equal', value: 'b' },
    ]);
  });

  it('finds a single change in the middle', () => {
    expect(diffSequences(['a', 'b', 'c'], ['a', 'x', 'c'])).toEqual([
      { op: 'equal', value: 'a' },
      { op: 'delete', value: 'b' },
      { op: 'insert', value: 'x' },
      { op: 'equal', value: 'c' },
    ]);
  });

  it('reports sequences with nothing in common as delete then insert', () => {
    expect(diffSequences(['a', 'b'], ['x', 'y']).map((e) => e.op)).toEqual(['delete', 'delete', 'insert', 'insert']);
  });

  it('is minimal on the classic example from the Myers paper', () => {
    const edits = check([...'ABCABBA'], [...'CBABAC']);
    expect(edits.filter((e) => e.op !== 'equal')).toHaveLength(5);
  });

  it('is correct and minimal on thousands of random pairs', () => {
    const next = random(20240601);
    for (let round = 0; round < 3000; round++) {
      const alphabet = 1 + Math.floor(next() * 5);
      const make = () => Array.from({ length: Math.floor(next() * 14) }, () => Math.floor(next() * alphabet));
      check(make(), make());
    }
  });

  it('is correct and minimal on random edits of a longer sequence', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: 60 + Math.floor(next() * 60) }, () => Math.floor(next() * 20));
      const b = [...a];
      for (let e = Math.floor(next() * 12); e > 0; e--) {
        const at = Math.floor(next() * (b.length + 1));
        if (next() < 0.5) b.splice(at, 1);
        else b.splice(at, 0, Math.floor(next() * 25));
      }
      check(a, b);
    }
  });

  it('compares by identity, so strings work as items', () => {
    check(['中', '俄', '关', '系'], ['中', '美', '关', '系']);
  });

  it('handles a few thousand items quickly', () => {
    const next = random(99);
    const a = Array.from({ length: 4000 }, () => Math.floor(next() * 500));
    const b = a.map((x) => (next() < 0.05 ? x + 1000 : x));
    const started = performance.now();
    const edits = diffSequences(a, b);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(before(edits)).toEqual(a);
    expect(after(edits)).toEqual(b);
  });

  it('falls back to delete + insert of the differing middle beyond the size guard', () => {
    const edits = diffSequences([1, 2, 3, 4, 5, 9], [1, 6, 3, 7, 5, 9], 4);
    // 1 is a common prefix and 5, 9 a common suffix; the six items between exceed the limit of 4.
    expect(edits).toEqual([
      { op: 'equal', value: 1 },
      { op: 'delete', value: 2 },
      { op: 'delete', value: 3 },
      { op: 'delete', value: 4 },
      { op: 'insert', value: 6 },
      { op: 'insert', value: 3 },
      { op: 'insert', value: 7 },
      { op: 'equal', value: 5 },
      { op: 'equal', value: 9 },
    ]);
    // Without the guard the shared 3 is found.
    expect(equalCount(diffSequences([1, 2, 3, 4, 5, 9], [1, 6, 3, 7, 5, 9]))).toBe(4);
    // At the limit it still diffs properly.
    expect(equalCount(diffSequences([1, 2, 9], [1, 3, 9], 2))).toBe(2);
  });

  it('stays fast on completely different inputs at the default guard', () => {
    const a = Array.from({ length: 5000 }, (_, i) => i);
    const b = Array.from({ length: 5000 }, (_, i) => -1 - i);
    const started = performance.now();
    const edits = diffSequences(a, b);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(equalCount(edits)).toBe(0);
  });
});
