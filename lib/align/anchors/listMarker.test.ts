import { describe, expect, it } from 'vitest';
import { listMarker } from './listMarker';

describe('listMarker', () => {
  it.each([
    ['3. Buy bread', 3],
    ['(3) Купить хлеб', 3],
    ['3) item', 3],
    ['III. Methods', 3],
    ['三、研究方法', 3],
    ['（三）研究方法', 3],
    ['３．买面包', 3],
    ['第三章 归来', 3],
    ['第12章', 12],
    ['Chapter 3', 3],
    ['Глава III', 3],
    ['c) third', 3],
    ['в) третье', 3],
    ['③ 第三项', 3],
  ])('reads %s', (text, n) => {
    expect(listMarker(text)).toBe(n);
  });
  it.each(['2016 was a year.', 'It was 3.14.', 'I went home.', '一个人走了。', 'Intro'])('ignores %s', (text) => {
    expect(listMarker(text)).toBeUndefined();
  });
});
