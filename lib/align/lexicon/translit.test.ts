import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, nameSkeleton, transliteratedNames } from './translit';

describe('transliterated names', () => {
  it('meets across Latin and Cyrillic spellings', () => {
    expect(nameSkeleton('Anderson')).toBe(nameSkeleton(cyrillicToLatin('Андерсон')));
    expect(transliteratedNames('Anders Holm wrote it down.', 'latin')).toEqual(
      transliteratedNames('Андерс Холм записал это.', 'cyrillic'),
    );
  });

  it('ignores Russian case endings and short or lower-case words', () => {
    expect(transliteratedNames('у Андерсона', 'cyrillic')).toEqual(transliteratedNames('Anderson', 'latin'));
    expect(transliteratedNames('Ann went home and saw nothing.', 'latin')).toEqual([]);
  });
});
