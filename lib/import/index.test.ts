import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../align';
import type { Lang } from '../languages';
import { buildDraft, cellOf, cellText, draftToDocument, splitAt, type EditResult, type ImportDraft } from './index';

const dir = fileURLToPath(new URL('../../tests/fixtures/import/zh-merged/', import.meta.url));
const LANGS: Lang[] = ['en', 'zh', 'ru'];
const read = (lang: Lang) => splitParagraphs(readFileSync(`${dir}${lang}.txt`, 'utf8'));

function unwrap(result: EditResult): ImportDraft {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.draft;
}

describe('import wizard flow', () => {
  it('lets a person undo a merge by splitting every column of the row, then creates the document', () => {
    const draft = buildDraft({ lang: 'en', paragraphs: read('en') }, [
      { lang: 'zh', paragraphs: read('zh') },
      { lang: 'ru', paragraphs: read('ru') },
    ]);
    expect(draft.rows).toHaveLength(8);
    const row = draft.rows[2];
    if (!row) throw new Error('row 3 is missing');

    // Split each column of row 3 where its second paragraph starts, as the UI would.
    const at = (lang: Lang, marker: string) => cellText(cellOf(row, lang)).indexOf(marker);
    let fixed = unwrap(splitAt(draft, 2, 'en', at('en', 'On the first trip')));
    fixed = unwrap(splitAt(fixed, 2, 'zh', at('zh', '第一次出航时')));
    fixed = unwrap(splitAt(fixed, 2, 'ru', at('ru', 'В первый рейс')));
    expect(fixed.rows).toHaveLength(9);
    expect(fixed.rows.every((r) => LANGS.every((l) => cellOf(r, l).length === 1))).toBe(true);
    expect(fixed.rows[3]?.cells.zh).toEqual([
      '第一次出航时，只有六个孩子来到石桥码头。到夏天结束时，来的孩子已经超过四十个，他们的父母也开始借书了。',
    ]);

    const result = draftToDocument(fixed, { id: 'floating-library' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.document.segments.map((s) => `${s.id}:${s.kind}`)).toEqual([
      'p1:title',
      'p2:paragraph',
      'p3:paragraph',
      'p4:paragraph',
      'p5:heading',
      'p6:paragraph',
      'p7:paragraph',
      'p8:heading',
      'p9:paragraph',
    ]);
    expect(result.document.texts.ru?.p5).toBe('1. Лодка и её маршрут');
  });
});
