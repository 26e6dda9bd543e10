/** How a document's segment list (ids in order) differs between the database and the files. */
export interface SegmentDiff {
  /** In the files only, in their order. */
  added: string[];
  /** In the database only, in its order. */
  removed: string[];
  /**
   * Segments in both whose place among the others changed: the fewest that, taken out and put
   * back, turn the old order into the new one (all but a longest run kept in order).
   */
  moved: string[];
}

export function diffSegments(before: readonly string[], after: readonly string[]): SegmentDiff {
  const inAfter = new Set(after);
  const oldIndex = new Map(before.map((id, i) => [id, i]));
  const common = after.filter((id) => oldIndex.has(id));
  const kept = new Set(longestIncreasingRun(common.map((id) => oldIndex.get(id) ?? 0)).map((i) => common[i]));
  return {
    added: after.filter((id) => !oldIndex.has(id)),
    removed: before.filter((id) => !inAfter.has(id)),
    moved: common.filter((id) => !kept.has(id)),
  };
}

/**
 * The new order when some segments the files removed stay (a conflict, or `--prefer db`): the
 * files' order, each staying segment placed after the one it followed in the database.
 */
export function mergeOrder(before: readonly string[], after: readonly string[], staying: ReadonlySet<string>): string[] {
  const order = [...after];
  for (const [i, id] of before.entries()) {
    if (!staying.has(id)) continue;
    const previous = i === 0 ? undefined : before[i - 1];
    const at = previous === undefined ? -1 : order.indexOf(previous);
    order.splice(at + 1, 0, id);
  }
  return order;
}

/** Indices of one longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasingRun(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  for (const [i, value] of values.entries()) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const run: number[] = [];
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] as number) run.push(i);
  return run.reverse();
}
