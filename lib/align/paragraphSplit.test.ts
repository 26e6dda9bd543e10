import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphSplit';

describe('splitParagraphs', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(splitParagraphs('One\ntwo.\n\n  \nThree.\r\n\r\nFour.\n')).toEqual(['One two.', 'Three.', 'Four.']);
  });
  it('takes every non-blank line with perLine', () => {
    expect(splitParagraphs('a\r\nb\n\nc', true)).toEqual(['a', 'b', 'c']);
  });
  it('returns nothing for blank text', () => {
    expect(splitParagraphs(' \n\n\t')).toEqual([]);
  });
});
