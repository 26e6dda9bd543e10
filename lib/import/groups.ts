import type { Bead } from '../align';

/**
 * Row of each source paragraph: the finest partition of the source into contiguous groups
 * such that no bead of any alignment straddles two groups. A 2-1 bead against one target
 * joins two source paragraphs into one row for every language, because a row must say the
 * same thing in every column.
 */
export function sourceGroups(sourceCount: number, alignments: readonly (readonly Bead[])[]): number[] {
  // joined[i]: source paragraphs i and i + 1 share a row.
  const joined = new Array<boolean>(Math.max(0, sourceCount - 1)).fill(false);
  for (const beads of alignments) {
    for (const [src] of beads) {
      if (src.length < 2) continue;
      const first = Math.min(...src);
      const last = Math.max(...src);
      for (let i = first; i < last; i++) joined[i] = true;
    }
  }
  const groupOf: number[] = [];
  let group = 0;
  for (let i = 0; i < sourceCount; i++) {
    if (i > 0 && !joined[i - 1]) group += 1;
    groupOf.push(group);
  }
  return groupOf;
}
