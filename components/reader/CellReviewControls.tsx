'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, useTransition } from 'react';
import { RejectForm } from '@/components/review/RejectForm';
import { type Outcome, ResultMessage } from '@/components/review/ResultMessage';
import { useRouter } from '@/i18n/navigation';
import type { Status } from '@/lib/content/model';
import type { Lang } from '@/lib/languages';
import type { TranslationCommandInput } from '@/lib/review/commands';
import { allowedActions } from '@/lib/review/machine';
import type { Actor } from '@/lib/review/roles';
import { runTranslationCommand } from '@/server/actions/translations';

interface Props {
  documentId: string;
  segmentId: string;
  number: number;
  lang: Lang;
  language: string;
  version: number;
  status: Status;
  outdated: boolean;
  textAuthorId: string | null;
  viewer: Actor;
  allowSelfCheck: boolean;
}

/** Check or reject one cell while reading, through the same write path as the workspace. */
export function CellReviewControls(props: Props) {
  const { documentId, segmentId, number, lang, language, version, viewer } = props;
  const t = useTranslations('ReaderReview');
  const tRefusal = useTranslations('Refusals');
  const router = useRouter();
  const reasonId = useId();
  const [pending, startTransition] = useTransition();
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const permissions = allowedActions({
    actor: viewer,
    lang,
    isSource: false,
    current: { status: props.status, outdated: props.outdated, textAuthorId: props.textAuthorId },
    settings: { allowSelfCheck: props.allowSelfCheck },
  });
  const check = permissions.check;
  const selfCheck = !check.ok && check.reason === 'self-check';
  if (!check.ok && !selfCheck && !permissions.reject.ok) return null;

  const target = { documentId, segmentId, lang, version };
  const send = (command: TranslationCommandInput) =>
    startTransition(async () => {
      try {
        const result = await runTranslationCommand(command);
        // A success shows in the refreshed cell; a refusal or conflict is said here.
        setOutcome(result.ok ? null : result);
        if (result.ok) {
          setRejecting(false);
          setComment('');
        }
        if (result.ok || result.error === 'conflict') router.refresh();
      } catch {
        setOutcome('failed');
      }
    });
  const invalid = outcome !== null && outcome !== 'failed' && !outcome.ok && outcome.error === 'invalid' ? outcome : null;

  return (
    <div className="cell-review">
      {check.ok || selfCheck ? (
        <button
          type="button"
          className="small-button primary"
          disabled={!check.ok || pending}
          aria-label={t('check', { language, number })}
          aria-describedby={selfCheck ? reasonId : undefined}
          onClick={() => send({ action: 'check', ...target })}
        >
          {t('checkShort')}
        </button>
      ) : null}
      {permissions.reject.ok && !rejecting ? (
        <button
          type="button"
          className="small-button"
          disabled={pending}
          aria-label={t('reject', { language, number })}
          onClick={() => setRejecting(true)}
        >
          {t('rejectShort')}
        </button>
      ) : null}
      {selfCheck ? (
        <p id={reasonId} className="refusal-reason">
          {tRefusal('self-check')}
        </p>
      ) : null}
      {rejecting ? (
        <RejectForm
          comment={comment}
          onComment={setComment}
          pending={pending}
          error={invalid?.fieldErrors.comment}
          onCancel={() => setRejecting(false)}
          onSend={() => send({ action: 'reject', ...target, comment })}
        />
      ) : null}
      {invalid?.fieldErrors.comment ? null : <ResultMessage outcome={outcome} />}
    </div>
  );
}
