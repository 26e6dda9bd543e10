'use client';

import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { useRouter } from '@/i18n/navigation';
import type { Lang } from '@/lib/languages';
import { type Actor, decide } from '@/lib/review';
import type { Status } from '@/lib/content/model';
import { RejectForm } from '@/components/review/RejectForm';
import { checkTranslation, rejectTranslation, type ActionResult } from '@/server/actions/review';

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

/** Check or reject one cell while reading, through the same server actions as the workspace. */
export function CellReviewControls(props: Props) {
  const { documentId, segmentId, number, lang, language, version, viewer } = props;
  const t = useTranslations('ReaderReview');
  const tRefusal = useTranslations('Refusals');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [rejecting, setRejecting] = useState(false);
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const current = { status: props.status, outdated: props.outdated, textAuthorId: props.textAuthorId };
  const base = { actor: viewer, lang, isSource: false, current, settings: { allowSelfCheck: props.allowSelfCheck } };
  const check = decide({ ...base, action: 'check' });
  const reject = decide({ ...base, action: 'reject', comment: 'x' });
  if (!check.ok && check.reason !== 'self-check' && !reject.ok) return null;

  function handle(result: ActionResult) {
    if (result.ok) {
      setRejecting(false);
      setComment('');
      setMessage(null);
    } else if (result.error === 'conflict') {
      setMessage(t('changed'));
    } else if (result.error === 'refused') {
      setMessage(tRefusal(result.reason));
    } else if (result.error === 'invalid') {
      setMessage(tRefusal('comment-required'));
      return;
    }
    router.refresh();
  }

  const target = { documentId, segmentId, lang, version };
  return (
    <div className="cell-review">
      {check.ok || check.reason === 'self-check' ? (
        <button
          type="button"
          className="small-button primary"
          disabled={!check.ok || pending}
          title={check.ok ? undefined : tRefusal('self-check')}
          aria-label={t('check', { language, number })}
          onClick={() => startTransition(async () => handle(await checkTranslation(target)))}
        >
          {t('checkShort')}
        </button>
      ) : null}
      {reject.ok && !rejecting ? (
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
      {rejecting ? (
        <RejectForm
          comment={comment}
          onComment={setComment}
          pending={pending}
          onCancel={() => setRejecting(false)}
          onSend={() => startTransition(async () => handle(await rejectTranslation({ ...target, comment })))}
        />
      ) : null}
      {message ? (
        <p role="alert" className="form-error">
          {message}
        </p>
      ) : null}
    </div>
  );
}
