import { describe, expect, it } from 'vitest';
import { alignParagraphs } from './paragraphs';
import { pathPosteriors } from './pathPosteriors';
import type { Bead } from './types';

const en = [
  'The Floating Library',
  'Every Saturday since 1987, a flat-bottomed boat has carried books up the Qingshui River to villages that have no library of their own.',
  'The idea came from Zhou Min, a primary-school teacher who noticed that her pupils read everything they could find.',
  'On the first trip only six children came down to the landing. By the end of the summer there were more than forty, and some of them had walked for an hour.',
  'Today the boat carries about 3,000 books.',
];
const ru = [
  'Плавучая библиотека',
  'Каждую субботу с 1987 года плоскодонная лодка везёт книги вверх по реке Циншуй в деревни, где нет своей библиотеки.',
  'Идея принадлежала Чжоу Минь, учительнице начальной школы, которая заметила, что её ученики читают всё, что находят.',
  'В первый рейс к пристани пришли только шестеро детей. К концу лета их было больше сорока, и некоторые шли пешком целый час.',
  'Сегодня лодка возит около 3000 книг.',
];
const diagonal: Bead[] = en.map((_, i) => [[i], [i]]);

describe('pathPosteriors', () => {
  it('agrees with the aligner on the alignment the aligner itself finds', () => {
    const aligned = alignParagraphs(en, ru);
    expect(aligned.beads).toEqual(diagonal);
    const mine = pathPosteriors(en, ru, aligned.beads, { ratio: aligned.ratio });
    mine.forEach((p, k) => expect(p).toBeCloseTo(aligned.confidence[k] ?? 0, 6));
    for (const p of mine) expect(p).toBeGreaterThan(0.9);
  });

  it('gives low values to the pairs a split has shifted by one row, and not to the rows above', () => {
    // Russian paragraph 2 split in two: every Russian paragraph below it pairs with the wrong English one.
    const split = [
      ...ru.slice(0, 2),
      'Идея принадлежала Чжоу Минь,',
      'учительнице начальной школы, которая заметила, что её ученики читают всё, что находят.',
      ...ru.slice(3),
    ];
    const shifted: Bead[] = [
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
      [[4], [4, 5]],
    ];
    const p = pathPosteriors(en, split, shifted);
    expect(p[0]).toBeGreaterThan(0.9);
    expect(p[1]).toBeGreaterThan(0.5);
    expect(p[2]).toBeLessThan(0.5);
    expect(p[3]).toBeLessThan(0.5);
    // Once the halves are one bead again (a person merged them), it is sure again.
    const merged: Bead[] = [
      [[0], [0]],
      [[1], [1]],
      [[2], [2, 3]],
      [[3], [4]],
      [[4], [5]],
    ];
    for (const q of pathPosteriors(en, split, merged)) expect(q).toBeGreaterThan(0.5);
  });

  it('gives 0 to a bead of a shape the model has no type for, and refuses a path that does not cover the texts', () => {
    const odd: Bead[] = [
      [[0, 1, 2, 3], [0]],
      [[4], [1, 2, 3, 4]],
    ];
    expect(pathPosteriors(en, ru, odd)).toEqual([0, 0]);
    expect(() => pathPosteriors(en, ru, diagonal.slice(0, 3))).toThrow(RangeError);
    expect(pathPosteriors([], [], [])).toEqual([]);
  });
});
