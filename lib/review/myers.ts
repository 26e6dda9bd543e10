export type EditOp = 'equal' | 'delete' | 'insert';
export type Edit<T> = { op: EditOp; value: T };

/**
 * Beyond this many items left to compare (after the common prefix and suffix are set aside),
 * `diffSequences` gives up and reports one delete plus one insert. Worst-case work is about
 * (n + m) × D / 2 comparisons, so 10 000 items still finishes in well under a second, and a
 * text that differs that much is better shown as replaced anyway.
 */
export const DEFAULT_MAX_ITEMS = 10_000;

/**
 * A shortest edit script from `a` to `b` (Myers 1986, "An O(ND) Difference Algorithm"), using
 * the linear-space divide-and-conquer refinement: find the middle snake, recurse on each side.
 * Time O((n + m) · D), memory O(n + m), where D is the number of deleted plus inserted items.
 * Items are compared with ===.
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[], maxItems: number = DEFAULT_MAX_ITEMS): Edit<T>[] {
  // Compare small integers rather than arbitrary values: equal items get equal ids.
  const ids = new Map<T, number>();
  const idOf = (item: T) => {
    let id = ids.get(item);
    if (id === undefined) {
      id = ids.size;
      ids.set(item, id);
    }
    return id;
  };
  const x = Int32Array.from(a, idOf);
  const y = Int32Array.from(b, idOf);

  const script: EditOp[] = [];
  const emit = (op: EditOp, count: number) => {
    for (let i = 0; i < count; i++) script.push(op);
  };

  const prefix = commonPrefix(x, 0, x.length, y, 0, y.length);
  const suffix = commonSuffix(x, prefix, x.length, y, prefix, y.length);
  emit('equal', prefix);
  if (x.length - prefix - suffix + (y.length - prefix - suffix) > maxItems) {
    emit('delete', x.length - prefix - suffix);
    emit('insert', y.length - prefix - suffix);
  } else {
    diffRange(x, prefix, x.length - suffix, y, prefix, y.length - suffix, emit);
  }
  emit('equal', suffix);

  return attachValues(script, a, b);
}

type Emit = (op: EditOp, count: number) => void;

function diffRange(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number, emit: Emit): void {
  const prefix = commonPrefix(a, aLo, aHi, b, bLo, bHi);
  aLo += prefix;
  bLo += prefix;
  const suffix = commonSuffix(a, aLo, aHi, b, bLo, bHi);
  aHi -= suffix;
  bHi -= suffix;

  emit('equal', prefix);
  if (aLo === aHi) {
    emit('insert', bHi - bLo);
  } else if (bLo === bHi) {
    emit('delete', aHi - aLo);
  } else {
    const split = middleSnake(a, aLo, aHi, b, bLo, bHi);
    if (split === null) {
      emit('delete', aHi - aLo);
      emit('insert', bHi - bLo);
    } else {
      diffRange(a, aLo, aLo + split.x, b, bLo, bLo + split.y, emit);
      diffRange(a, aLo + split.x, aHi, b, bLo + split.y, bHi, emit);
    }
  }
  emit('equal', suffix);
}

/**
 * Runs the forward and backward searches until they meet and returns the meeting point, in
 * coordinates relative to aLo and bLo. Both ranges are non-empty and, having been trimmed, start
 * and end with different items, so the point lies strictly inside and both halves are smaller.
 * Null when the ranges share nothing at all.
 *
 * This follows diff-match-patch's `diff_bisect_` closely (including its bookkeeping of
 * diagonals that ran off the graph): that code has had a decade of use, so staying close to it
 * is worth more than any cleverness here.
 */
function middleSnake(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
): { x: number; y: number } | null {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD + 1;
  const size = 2 * maxD + 3;
  // vf[offset + k]: furthest x reached on diagonal k = x - y going forward from (0, 0).
  // vb[offset + k]: the same going backward from (n, m), x counted from the end.
  const vf = new Int32Array(size).fill(-1);
  const vb = new Int32Array(size).fill(-1);
  vf[offset + 1] = 0;
  vb[offset + 1] = 0;
  const get = (v: Int32Array, i: number) => v[i] ?? -1;
  const delta = n - m;
  // With an odd delta the paths can only meet after a forward step, with an even one after a backward step.
  const meetsForward = delta % 2 !== 0;
  // Diagonals at either end that ran off the graph and need not be extended again.
  let fStart = 0;
  let fEnd = 0;
  let bStart = 0;
  let bEnd = 0;

  for (let d = 0; d < maxD; d++) {
    for (let k = -d + fStart; k <= d - fEnd; k += 2) {
      const i = offset + k;
      let x = k === -d || (k !== d && get(vf, i - 1) < get(vf, i + 1)) ? get(vf, i + 1) : get(vf, i - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[aLo + x] === b[bLo + y]) {
        x++;
        y++;
      }
      vf[i] = x;
      if (x > n) {
        fEnd += 2;
      } else if (y > m) {
        fStart += 2;
      } else if (meetsForward) {
        const j = offset + delta - k;
        if (j >= 0 && j < size && get(vb, j) !== -1 && x >= n - get(vb, j)) return { x, y };
      }
    }
    for (let k = -d + bStart; k <= d - bEnd; k += 2) {
      const i = offset + k;
      let x = k === -d || (k !== d && get(vb, i - 1) < get(vb, i + 1)) ? get(vb, i + 1) : get(vb, i - 1) + 1;
      let y = x - k;
      while (x < n && y < m && a[aHi - 1 - x] === b[bHi - 1 - y]) {
        x++;
        y++;
      }
      vb[i] = x;
      if (x > n) {
        bEnd += 2;
      } else if (y > m) {
        bStart += 2;
      } else if (!meetsForward) {
        const j = offset + delta - k;
        if (j >= 0 && j < size && get(vf, j) !== -1) {
          const fx = get(vf, j);
          if (fx >= n - x) return { x: fx, y: fx - (delta - k) };
        }
      }
    }
  }
  return null;
}

function commonPrefix(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number): number {
  let i = 0;
  while (aLo + i < aHi && bLo + i < bHi && a[aLo + i] === b[bLo + i]) i++;
  return i;
}

function commonSuffix(a: Int32Array, aLo: number, aHi: number, b: Int32Array, bLo: number, bHi: number): number {
  let i = 0;
  while (aHi - i > aLo && bHi - i > bLo && a[aHi - 1 - i] === b[bHi - 1 - i]) i++;
  return i;
}

function attachValues<T>(script: readonly EditOp[], a: readonly T[], b: readonly T[]): Edit<T>[] {
  const edits: Edit<T>[] = [];
  let i = 0;
  let j = 0;
  for (const op of script) {
    // The script was built from these very arrays, so the indices are in range.
    if (op === 'equal') {
      edits.push({ op, value: a[i] as T });
      i++;
      j++;
    } else if (op === 'delete') {
      edits.push({ op, value: a[i++] as T });
    } else {
      edits.push({ op, value: b[j++] as T });
    }
  }
  return edits;
}
