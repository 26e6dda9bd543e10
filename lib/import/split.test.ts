import { describe, expect, it } from 'vitest';
import { cellText } from './draft';
import { splitCell } from './split';

const cell = ['One two.', 'Three four.'];
// cellText(cell) === 'One two.\n\nThree four.'; 'One two.' ends at 8, 'Three four.' starts at 10.

describe('splitCell', () => {
  it('cuts inside a paragraph, trimming the whitespace at the cut', () => {
    expect(splitCell(cell, 3)).toEqual([['One'], ['two.', 'Three four.']]);
    expect(splitCell(cell, 4)).toEqual([['One'], ['two.', 'Three four.']]);
    expect(splitCell(cell, 15)).toEqual([['One two.', 'Three'], ['four.']]);
  });

  it('splits between paragraphs anywhere on the separator', () => {
    for (const offset of [8, 9, 10]) expect(splitCell(cell, offset)).toEqual([['One two.'], ['Three four.']]);
  });

  it('counts offsets in the text the UI shows', () => {
    const text = cellText(cell);
    const offset = text.indexOf('four');
    expect(splitCell(cell, offset)).toEqual([['One two.', 'Three'], ['four.']]);
  });

  it('refuses the very start, the very end and offsets outside the text', () => {
    const length = cellText(cell).length;
    for (const offset of [0, length, -1, length + 1]) expect(splitCell(cell, offset)).toBeUndefined();
  });

  it('refuses a cut that leaves one side without text', () => {
    expect(splitCell(['a', '  '], 2)).toBeUndefined();
    expect(splitCell([' a'], 1)).toBeUndefined();
  });

  it('refuses fractional offsets and cuts through a surrogate pair', () => {
    expect(splitCell(cell, 2.5)).toBeUndefined();
    expect(splitCell(['a𠀀b'], 2)).toBeUndefined();
    expect(splitCell(['a𠀀b'], 3)).toEqual([['a𠀀'], ['b']]);
  });

  it('splits Chinese text without spaces', () => {
    expect(splitCell(['第一句。第二句。'], 4)).toEqual([['第一句。'], ['第二句。']]);
  });

  it('refuses an empty cell', () => {
    expect(splitCell([], 0)).toBeUndefined();
  });
});
