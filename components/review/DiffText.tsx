import type { DiffOp } from '@/lib/review';

/**
 * A word diff as inline text: removed words struck through, added words highlighted, the rest
 * plain. Screen readers announce <del> and <ins> unevenly, so each carries its kind in words
 * (data-label), read out through visually hidden generated content that copying leaves out.
 */
export function DiffText({ ops, lang, removed, added }: { ops: DiffOp[]; lang: string; removed: string; added: string }) {
  return (
    <p lang={lang} className="diff-text">
      {ops.map((op, i) =>
        op.op === 'equal' ? (
          <span key={i}>{op.text}</span>
        ) : op.op === 'delete' ? (
          <del key={i} data-label={removed}>
            {op.text}
          </del>
        ) : (
          <ins key={i} data-label={added}>
            {op.text}
          </ins>
        ),
      )}
    </p>
  );
}
