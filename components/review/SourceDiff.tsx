import type { DiffOp } from '@/lib/review';

/** What changed in the source since the translation was last written or checked. */
export function SourceDiff({ ops, lang, label }: { ops: DiffOp[]; lang: string; label: string }) {
  return (
    <div className="source-diff">
      <p className="source-diff-label">{label}</p>
      <p lang={lang}>
        {ops.map((op, i) =>
          op.op === 'equal' ? (
            <span key={i}>{op.text}</span>
          ) : op.op === 'delete' ? (
            <del key={i}>{op.text}</del>
          ) : (
            <ins key={i}>{op.text}</ins>
          ),
        )}
      </p>
    </div>
  );
}
