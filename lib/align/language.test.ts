import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it('detects each script', () => {
    expect(detectLanguage('The river was wide.')).toBe('en');
    expect(detectLanguage('Река была широкой.')).toBe('ru');
    expect(detectLanguage('河面很宽。')).toBe('zh');
  });
  it('keeps Chinese with embedded Latin names Chinese', () => {
    expect(detectLanguage('丝绸之路经济带（SREB）和TPP谈判')).toBe('zh');
  });
  it('keeps Russian with acronyms Russian', () => {
    expect(detectLanguage('Проект SREB и соглашение TPP обсуждались.')).toBe('ru');
  });
  it('falls back to English without letters', () => {
    expect(detectLanguage('1 000 — 2 000')).toBe('en');
    expect(detectLanguage('')).toBe('en');
  });
});
