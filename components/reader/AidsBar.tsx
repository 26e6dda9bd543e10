import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Lang } from '@/lib/languages';
import { NO_AIDS, type ReadingAids } from '@/lib/reader/aids';
import { type ReaderState, readerHref } from './href';

interface Props {
  documentId: string;
  state: ReaderState & { columns: Lang[] };
  /** The stress lexicon is installed. */
  stressOffered: boolean;
}

interface Choice {
  label: string;
  aids: Partial<ReadingAids>;
  current: boolean;
}

/** Whether any reading aid applies to these columns. */
export function offersAids(columns: readonly Lang[], stressOffered: boolean): boolean {
  return columns.includes('zh') || (columns.includes('ru') && stressOffered);
}

/**
 * The reading aids of the columns shown: pinyin and the script over Chinese, stress marks over
 * Russian. Each choice is a plain link to the view with it (no JavaScript; the view stays
 * shareable), and the one in force is marked aria-current.
 */
export async function AidsBar({ documentId, state, stressOffered }: Props) {
  const t = await getTranslations('Reader');
  const aids = state.aids ?? NO_AIDS;
  const groups: { id: string; name: string; choices: Choice[] }[] = [];
  if (state.columns.includes('zh')) {
    groups.push({
      id: 'aid-pinyin',
      name: t('pinyin'),
      choices: [
        { label: t('aidOff'), aids: { pinyin: 'off' }, current: aids.pinyin === 'off' },
        { label: t('aidOn'), aids: { pinyin: 'on' }, current: aids.pinyin === 'on' },
        { label: t('pinyinTones'), aids: { pinyin: 'tone' }, current: aids.pinyin === 'tone' },
      ],
    });
    groups.push({
      id: 'aid-script',
      name: t('script'),
      choices: [
        { label: t('simplified'), aids: { script: 'hans' }, current: aids.script === 'hans' },
        { label: t('traditional'), aids: { script: 'hant' }, current: aids.script === 'hant' },
      ],
    });
  }
  if (state.columns.includes('ru') && stressOffered) {
    groups.push({
      id: 'aid-stress',
      name: t('stress'),
      choices: [
        { label: t('aidOff'), aids: { stress: false }, current: !aids.stress },
        { label: t('aidOn'), aids: { stress: true }, current: aids.stress },
      ],
    });
  }
  if (groups.length === 0) return null;

  return (
    <div className="aids-bar" role="group" aria-label={t('aids')}>
      {groups.map((group) => (
        <div key={group.id} className="aid" role="group" aria-labelledby={group.id}>
          <span id={group.id} className="aid-name">
            {group.name}
          </span>
          {group.choices.map((choice) => (
            <Link
              key={choice.label}
              href={readerHref(documentId, { ...state, aids: { ...aids, ...choice.aids } })}
              aria-current={choice.current ? 'true' : undefined}
              scroll={false}
              data-keep-place
            >
              {choice.label}
            </Link>
          ))}
        </div>
      ))}
    </div>
  );
}
