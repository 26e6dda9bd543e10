import { DEFAULT_MAX_ITEMS, diffSequences } from './myers';
import { tokenize } from './tokenize';

export type DiffOp = { op: 'equal' | 'insert' | 'delete'; text: string };

export type DiffOptions = {
  /** Size guard in tokens (after the common start and end are set aside); see DEFAULT_MAX_ITEMS. */
  maxTokens?: number;
};

/**
 * What changed in a source text since a translation was checked, word by word (character by
 * character for Chinese). Adjacent operations of one kind are merged and, between two
 * unchanged stretches, the deletion always comes before the insertion. Joining the equal and
 * delete parts gives `before`; joining the equal and insert parts gives `after`.
 */
export function diffWords(before: string, after: string, options: DiffOptions = {}): DiffOp[] {
  if (before === after) return before === '' ? [] : [{ op: 'equal', text: before }];
  const edits = diffSequences(tokenize(before), tokenize(after), options.maxTokens ?? DEFAULT_MAX_ITEMS);

  const chunks: Chunk[] = [];
  for (const edit of edits) {
    const last = chunks[chunks.length - 1];
    if (edit.op === 'equal') {
      if (last?.kind === 'equal') last.text += edit.value;
      else chunks.push({ kind: 'equal', text: edit.value });
    } else {
      const change = last?.kind === 'change' ? last : pushChange(chunks);
      if (edit.op === 'delete') change.deleted += edit.value;
      else change.inserted += edit.value;
    }
  }
  return toOps(absorbSpaces(chunks));
}

type Chunk = { kind: 'equal'; text: string } | Change;
type Change = { kind: 'change'; deleted: string; inserted: string };

function pushChange(chunks: Chunk[]): Change {
  const change: Change = { kind: 'change', deleted: '', inserted: '' };
  chunks.push(change);
  return change;
}

const isReplacement = (chunk: Chunk | undefined): chunk is Change =>
  chunk?.kind === 'change' && chunk.deleted !== '' && chunk.inserted !== '';

/**
 * "the cat" → "a dog" diffs as two replacements around an unchanged space, which reads as
 * noise: [the→a] [cat→dog]. A space alone between two replacements is folded into one
 * replacement, [the cat→a dog]. Only whitespace, and only between replacements, so a real
 * shared word or a pure insertion is never hidden.
 */
function absorbSpaces(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (chunk === undefined) continue;
    const previous = out[out.length - 1];
    const next = chunks[i + 1];
    if (chunk.kind === 'equal' && /^\s+$/u.test(chunk.text) && isReplacement(previous) && isReplacement(next)) {
      previous.deleted += chunk.text + next.deleted;
      previous.inserted += chunk.text + next.inserted;
      i++; // `next` is now part of `previous`
    } else {
      out.push(chunk);
    }
  }
  return out;
}

function toOps(chunks: Chunk[]): DiffOp[] {
  const ops: DiffOp[] = [];
  for (const chunk of chunks) {
    if (chunk.kind === 'equal') {
      ops.push({ op: 'equal', text: chunk.text });
    } else {
      if (chunk.deleted !== '') ops.push({ op: 'delete', text: chunk.deleted });
      if (chunk.inserted !== '') ops.push({ op: 'insert', text: chunk.inserted });
    }
  }
  return ops;
}
