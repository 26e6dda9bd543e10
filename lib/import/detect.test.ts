import { describe, expect, it } from 'vitest';
import { detectTextLanguage, languageMismatch } from './detect';

const english = 'Every Saturday since 1987, a flat-bottomed boat has carried books up the Qingshui River.';
const russian = 'Каждую субботу с 1987 года плоскодонная лодка везёт книги вверх по реке Циншуй.';
const chinese = '自1987年以来，每逢星期六，一条平底船都会载着书沿清水河而上。';

describe('detectTextLanguage', () => {
  it('tells the three languages by script', () => {
    expect(detectTextLanguage(english)?.lang).toBe('en');
    expect(detectTextLanguage(russian)?.lang).toBe('ru');
    expect(detectTextLanguage(chinese)?.lang).toBe('zh');
  });

  it('counts a Chinese text quoting English names as Chinese', () => {
    expect(detectTextLanguage('周敏在Shiqiao码头等了一个下午，来了六个孩子。UNESCO也来了。')?.lang).toBe('zh');
  });

  it('says nothing when there are too few letters', () => {
    expect(detectTextLanguage('1987 — 2024')).toBeUndefined();
    expect(detectTextLanguage('OK')).toBeUndefined();
  });
});

describe('languageMismatch', () => {
  it('warns when the menu says English and the text is Russian, and the other way round', () => {
    expect(languageMismatch(russian, 'en')).toBe('ru');
    expect(languageMismatch(english, 'ru')).toBe('en');
    expect(languageMismatch(chinese, 'ru')).toBe('zh');
  });

  it('stays quiet when they agree, when nothing is chosen, and on a mixed text with no clear winner', () => {
    expect(languageMismatch(russian, 'ru')).toBeUndefined();
    expect(languageMismatch(russian, '')).toBeUndefined();
    expect(languageMismatch(`${english} ${russian}`, 'en')).toBeUndefined();
  });
});
