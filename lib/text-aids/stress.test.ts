import { describe, expect, it } from 'vitest';
import { STRESS_MARK, stripStress } from './marks';
import { addStressMarks, parseStressDictionary, stressIndex } from './stress';

// Lines in the form of festvox-ru's lexicon, with the kinds of entry it has.
const SOURCE = [
  'MNCL',
  '("сотрудничество" n (2))',
  '("экономического" adj (4))',
  '("города" n (1))',
  '("вода" n (2))',
  '("ещё" aux (2))',
  '("еще" aux (2) fix_yo)',
  '("замок" n (1))',
  '("замок" n (2))',
  '("дом" n (1))',
  '("развитие" n (2))',
  '("россия" n (2))',
  '("китай" n (2))',
  '("слово" n (9))',
  'junk',
  '',
].join('\n');

const dictionary = parseStressDictionary(SOURCE);
const mark = STRESS_MARK;

describe('stress marks', () => {
  it('reads the dictionary, dropping forms listed with two stresses', () => {
    expect(dictionary.vowelOf('сотрудничество')).toBe(2);
    expect(dictionary.vowelOf('экономического')).toBe(4);
    expect(dictionary.vowelOf('замок')).toBeUndefined();
    expect(dictionary.vowelOf('неизвестно')).toBeUndefined();
    expect(dictionary.size).toBe(12);
  });

  it('puts U+0301 after the stressed vowel of the words it knows', () => {
    expect(addStressMarks('Сотрудничество экономического развития', dictionary)).toBe(
      `Сотру${mark}дничество экономи${mark}ческого развития`,
    );
    expect(addStressMarks('Города России и Китая.', dictionary)).toBe(`Го${mark}рода России и Китая.`);
    expect(addStressMarks('Россия, Китай', dictionary)).toBe(`Росси${mark}я, Кита${mark}й`);
  });

  it('never marks ё, a word of one vowel, an acronym, a marked word, or a stress out of range', () => {
    expect(addStressMarks('ещё дом', dictionary)).toBe('ещё дом');
    expect(stressIndex('еще', dictionary)).toBe(2);
    expect(addStressMarks('ВОДА', dictionary)).toBe('ВОДА');
    expect(addStressMarks('Вода', dictionary)).toBe(`Вода${mark}`);
    expect(addStressMarks(`во${mark}да`, dictionary)).toBe(`во${mark}да`);
    expect(addStressMarks('слово', dictionary)).toBe('слово');
    expect(addStressMarks('замок', dictionary)).toBe('замок');
  });

  it('changes nothing but the marks it adds', () => {
    const text = 'Сотрудничество — «экономического» развития; ещё города, 2024 г., ООН и Wi-Fi.';
    expect(stripStress(addStressMarks(text, dictionary))).toBe(text);
  });
});
