import { describe, expect, it } from 'vitest';
import { CHECK_IDS, isCheckId, QA_MESSAGE_KEYS, runChecks } from './index';
import { qaInput } from './testInput';

describe('runChecks', () => {
  it('finds nothing in a faithful translation into each language', () => {
    const source = 'On March 25–26, 2016, over 50 experts met in Shanghai (China).';
    expect(runChecks(qaInput(source, '2016年3月25日至26日，50余位专家在上海（中国）会面。', 'zh'))).toEqual([]);
    expect(
      runChecks(
        qaInput(source, '25–26\u00a0марта 2016\u00a0года более 50\u00a0экспертов встретились в\u00a0Шанхае (Китай).', 'ru'),
      ),
    ).toEqual([]);
    expect(runChecks(qaInput('2016年，50位专家会面。', 'In 2016, 50 experts met.', 'en', { sourceLang: 'zh' }))).toEqual([]);
  });
  it('puts errors first and knows every check it reports', () => {
    const found = runChecks(qaInput('In 2016, 50 experts met.', '2061年,50位专家会面', 'zh'));
    expect(found.map((f) => f.check)).toEqual(['numbers', 'numbers', 'end-punctuation', 'zh-punctuation']);
    expect(found.every((f) => isCheckId(f.check) && QA_MESSAGE_KEYS.includes(f.key))).toBe(true);
  });
  it('checks nothing on an empty translation or the source itself', () => {
    expect(runChecks(qaInput('In 2016.', '  ', 'zh'))).toEqual([]);
    expect(runChecks(qaInput('In 2016.', 'In 2061', 'en'))).toEqual([]);
  });
  it('has unique check ids', () => {
    expect(new Set(CHECK_IDS).size).toBe(CHECK_IDS.length);
  });
});
