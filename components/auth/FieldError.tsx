import { useTranslations } from 'next-intl';

/** A field's error, tied to its input by id for screen readers (aria-describedby). */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const t = useTranslations('FieldErrors');
  if (!error) return null;
  return (
    <p id={id} className="field-error">
      {t.has(error as 'invalid') ? t(error as 'invalid') : t('invalid')}
    </p>
  );
}
