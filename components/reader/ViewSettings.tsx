import { getTranslations } from 'next-intl/server';
import { INTERLEAVES, LEADINGS, TEXT_SIZES, THEMES } from '@/lib/preferences';
import type { Lang } from '@/lib/languages';
import { ViewSettingsForm } from './ViewSettingsForm';

const SIZE_KEYS = { small: 'textSizeSmall', normal: 'textSizeNormal', large: 'textSizeLarge', larger: 'textSizeLarger' } as const;
const LEADING_KEYS = { compact: 'leadingCompact', normal: 'leadingNormal', relaxed: 'leadingRelaxed' } as const;
const THEME_KEYS = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const;
const INTERLEAVE_KEYS = { segment: 'interleaveSegment', sentence: 'interleaveSentence' } as const;

// Smallest first on screen; the lists in lib/preferences.ts start with the default.
const SIZES = ['small', 'normal', 'large', 'larger'] as const satisfies readonly (typeof TEXT_SIZES)[number][];
const SPACINGS = ['compact', 'normal', 'relaxed'] as const satisfies readonly (typeof LEADINGS)[number][];

interface Props {
  columns: readonly Lang[];
  /** A signed-in reviewer: offer to show or hide the check and reject buttons under the cells. */
  reviewer: boolean;
}

/**
 * The reader's personal settings (lib/preferences.ts): text size, line spacing, colours,
 * columns hidden for self-test, the reviewer's cell controls. A disclosure with native radio
 * groups and checkboxes, rendered the same for everyone (the cached reader); ViewSettingsForm
 * ticks what this browser stored and saves each change. It needs JavaScript, so without it
 * the menu is not shown (comfort.css).
 */
export async function ViewSettings({ columns, reviewer }: Props) {
  const t = await getTranslations('ReaderComfort');
  const tLang = await getTranslations('Languages');

  const radios = (name: string, values: readonly string[], label: (value: string) => string, fallback: string) =>
    values.map((value) => (
      <label key={value} className="choice">
        <input type="radio" name={name} value={value} defaultChecked={value === fallback} />
        {label(value)}
      </label>
    ));

  return (
    <details className="view-settings">
      <summary>{t('viewSettings')}</summary>
      <ViewSettingsForm>
        <fieldset>
          <legend>{t('textSize')}</legend>
          {radios('textSize', SIZES, (v) => t(SIZE_KEYS[v as keyof typeof SIZE_KEYS]), TEXT_SIZES[0])}
        </fieldset>
        <fieldset>
          <legend>{t('leading')}</legend>
          {radios('leading', SPACINGS, (v) => t(LEADING_KEYS[v as keyof typeof LEADING_KEYS]), LEADINGS[0])}
        </fieldset>
        <fieldset>
          <legend>{t('theme')}</legend>
          {radios('theme', THEMES, (v) => t(THEME_KEYS[v as keyof typeof THEME_KEYS]), THEMES[0])}
        </fieldset>
        <fieldset className="phone-only">
          <legend>{t('interleave')}</legend>
          {radios('interleave', INTERLEAVES, (v) => t(INTERLEAVE_KEYS[v as keyof typeof INTERLEAVE_KEYS]), INTERLEAVES[0])}
        </fieldset>
        <fieldset>
          <legend>{t('selfTest')}</legend>
          {columns.map((lang) => (
            <label key={lang} className="choice">
              <input type="checkbox" name="hidden" value={lang} />
              {t('hideColumn', { language: tLang(lang) })}
            </label>
          ))}
          <p className="hint">{t('selfTestHint')}</p>
        </fieldset>
        {reviewer ? (
          <fieldset>
            <legend>{t('reviewing')}</legend>
            <label className="choice">
              <input type="checkbox" name="reviewControls" value="on" />
              {t('reviewControls')}
            </label>
          </fieldset>
        ) : null}
        <button type="button" className="link-button" data-open-shortcuts>
          {t('shortcuts')}
        </button>
      </ViewSettingsForm>
    </details>
  );
}
