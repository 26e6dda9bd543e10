import { describe, expect, it } from 'vitest';
import { checkRuNbsp } from './ruNbsp';
import { qaInput } from './testInput';

describe('checkRuNbsp', () => {
  it('accepts non-breaking spaces after numbers and short words and before dashes', () => {
    const text = 'Более 50\u00a0экспертов из\u00a0Китая и\u00a0России\u00a0— это же немало.';
    expect(checkRuNbsp(qaInput('x', text, 'ru'))).toEqual([]);
  });
  it('lists where an ordinary space lets a line break strand a word', () => {
    const found = checkRuNbsp(qaInput('x', 'Более 50 экспертов из Китая и России — немало.', 'ru'));
    expect(found.map((f) => [f.severity, f.values.items])).toEqual([['info', '50, из, и, —']]);
  });
  it('does not apply to English or Chinese', () => {
    expect(checkRuNbsp(qaInput('x', 'over 50 experts in a room', 'en', { sourceLang: 'ru' }))).toEqual([]);
    expect(checkRuNbsp(qaInput('x', '50 位专家', 'zh'))).toEqual([]);
  });
});
