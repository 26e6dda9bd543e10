import { describe, expect, it } from 'vitest';
import { planImport } from './plan';
import { sampleDocument } from './sample';
import { readTxt, writeTxt } from './txt';

describe('writeTxt', () => {
  it('writes one labelled block per segment, line breaks continued with an indent', () => {
    const txt = writeTxt(sampleDocument(), 'zh');
    expect(txt.startsWith('# tea-road\n\n[title]\nen: Tea & the <Silk> Road\nzh: 茶与<丝绸>之路\n\n')).toBe(true);
    expect(txt).toContain('[p2]\nen: Line one\n  line two\twith a tab.\nzh: 第一行\n  第二行\t带制表符。\n');
    expect(txt).toContain('[p4]\nen: An untranslated closing line.\n');
  });
});

describe('readTxt', () => {
  it('round trip: unchanged, multi-line texts exact', () => {
    const parsed = readTxt(writeTxt(sampleDocument()), 'en');
    expect(parsed.documentId).toBe('tea-road');
    expect(parsed.entries.find((e) => e.segmentId === 'p2' && e.lang === 'ru')?.text).toBe(
      'Строка один\nстрока два\tс табуляцией.',
    );
    expect(planImport(sampleDocument(), parsed)).toMatchObject({ added: [], changed: [], conflicting: [], unchanged: 7 });
  });

  it('refuses stray lines, unknown languages and duplicate ids, naming the line', () => {
    expect(() => readTxt('# d\n\nhello\n', 'en')).toThrow('line 3: expected "[segment-id]" or "lang: text"');
    expect(() => readTxt('[p1]\nde: Hallo\n', 'en')).toThrow('line 2: "de" is not a language Triglot reads (en, zh, ru)');
    expect(() => readTxt('[p1]\nen: a\n\n[p1]\nen: a\n', 'en')).toThrow('line 4: segment id "p1" appears twice (also line 1)');
  });

  it('an edited source is a conflict, not a silent change', () => {
    const edited = writeTxt(sampleDocument(), 'zh').replace(
      'en: Prices rose by 5 %.\nzh: 价格上涨了5%。',
      'en: Prices rose by 6 %.\nzh: 价格上涨了6%。',
    );
    const plan = planImport(sampleDocument(), readTxt(edited, 'en'));
    expect(plan.conflicting).toEqual([expect.objectContaining({ segmentId: 'p3', reason: 'source-changed' })]);
  });
});
