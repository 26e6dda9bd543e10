import { describe, expect, it } from 'vitest';
import { addSoftHyphens } from './hyphenate';
import { SOFT_HYPHEN, STRESS_MARK, stripReadingMarks, stripSoftHyphens } from './marks';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

describe('soft hyphens', () => {
  it('break long Russian words at their syllables', () => {
    expect(shown(addSoftHyphens('сотрудничество', 'ru'))).toBe('со|труд|ни|че|ство');
    expect(shown(addSoftHyphens('экономического развития', 'ru'))).toBe('эко|но|ми|че|ско|го раз|ви|тия');
    expect(shown(addSoftHyphens('Стратегическое партнёрство', 'ru'))).toBe('Стра|те|ги|че|ское парт|нёр|ство');
  });

  it('break long English words', () => {
    expect(shown(addSoftHyphens('international cooperation', 'en'))).toBe('in|ter|na|tion|al co|op|er|a|tion');
  });

  it('leave short words and acronyms whole', () => {
    expect(addSoftHyphens('мир и дом', 'ru')).toBe('мир и дом');
    expect(addSoftHyphens('ШОС БРИКС UNESCO', 'ru')).toBe('ШОС БРИКС UNESCO');
    expect(addSoftHyphens('a small cat', 'en')).toBe('a small cat');
  });

  it('keep a stress mark with its vowel', () => {
    const text = `сотру${STRESS_MARK}дничество`;
    expect(shown(addSoftHyphens(text, 'ru'))).toBe(`со|тру${STRESS_MARK}д|ни|че|ство`);
  });

  it('change nothing but the hyphens they add', () => {
    const text = 'Всестороннее партнёрство и стратегическое взаимодействие — 2024 г. (ШОС), «Один пояс, один путь».';
    expect(stripSoftHyphens(addSoftHyphens(text, 'ru'))).toBe(text);
    const en = 'Comprehensive strategic partnership, 2024: the Belt-and-Road initiative.';
    expect(stripReadingMarks(addSoftHyphens(en, 'en'))).toBe(en);
  });
});
