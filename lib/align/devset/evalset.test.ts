import { describe, expect, it } from 'vitest';
import { htmlParagraphs, loadEvalSet } from './evalset';

describe('evaluation set', () => {
  it('reads the paragraphs of an HTML page', () => {
    expect(
      htmlParagraphs(
        '<div><p class="x">Use <code>apt</code>&nbsp;to &lt;install&gt;\n it.</p><p> </p><p>Второй &#171;абзац&#187;</p>',
      ),
    ).toEqual(['Use apt to <install> it.', 'Второй «абзац»']);
  });

  it('has three real texts in en, ru and zh, translated paragraph by paragraph', () => {
    const texts = loadEvalSet();
    expect(texts.map((t) => t.id)).toEqual(['debian-faq', 'maint-guide', 'installation-guide']);
    for (const t of texts) {
      expect(t.units.length).toBeGreaterThanOrEqual(300);
      for (const u of t.units) {
        expect(u.ru).toMatch(/[А-Яа-я]/);
        expect(u.zh).toMatch(/[\u4E00-\u9FFF]/);
      }
    }
  });
});
