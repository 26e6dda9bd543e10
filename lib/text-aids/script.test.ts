import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { toTraditional } from './script';

const toSimplified = Converter({ from: 'tw', to: 'cn' });

describe('Simplified to Traditional', () => {
  it('converts characters, not wording', () => {
    expect(toTraditional('中国国家发展')).toBe('中國國家發展');
    expect(toTraditional('头发')).toBe('頭髮');
    expect(toTraditional('软件')).toBe('軟件');
  });

  it('round-trips sample text back to the stored Simplified', () => {
    const sample =
      '中俄两国是最大的邻国，也是全面战略协作伙伴。两国在经济、能源、科技和人文领域的合作不断深化，为地区和世界的和平与发展作出了贡献。';
    const shown = toTraditional(sample);
    expect(shown).not.toBe(sample);
    expect([...shown]).toHaveLength([...sample].length);
    expect(toSimplified(shown)).toBe(sample);
  });

  it('leaves text without Chinese as it is', () => {
    expect(toTraditional('Russia, 2024 — Россия')).toBe('Russia, 2024 — Россия');
  });
});
