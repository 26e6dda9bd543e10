import { describe, expect, it } from 'vitest';
import { compileFind, planReplace, replaceSchema, summarise, type ReplaceCandidate } from './replace';

const row = (
  segmentId: string,
  text: string,
  status: ReplaceCandidate['status'] = 'draft',
  outdated = false,
): ReplaceCandidate => ({
  segmentId,
  number: 1,
  text,
  status,
  outdated,
  version: 3,
});

function plan(
  rows: ReplaceCandidate[],
  find: string,
  replacement: string,
  options: Partial<{ regex: boolean; matchCase: boolean; includeChecked: boolean }> = {},
) {
  const compiled = compileFind(find, { regex: options.regex ?? false, matchCase: options.matchCase ?? false });
  if (!compiled.ok) throw new Error(compiled.detail);
  return planReplace(rows, compiled.pattern, replacement, {
    regex: options.regex ?? false,
    includeChecked: options.includeChecked ?? false,
  });
}

describe('search and replace', () => {
  it('replaces literal text, special characters and all, and counts the matches', () => {
    const [change] = plan([row('a', 'Costs rose by 5.0$ (5.0$ in 2016).')], '5.0$', '$1 5,0 ₽');
    expect(change).toMatchObject({ segmentId: 'a', matches: 2, after: 'Costs rose by $1 5,0 ₽ ($1 5,0 ₽ in 2016).', skip: null });
  });

  it('leaves rows without a match out of the plan', () => {
    expect(plan([row('a', 'Нет совпадений'), row('b', 'Москва')], 'Пекин', 'Шанхай')).toEqual([]);
  });

  it('ignores case in Cyrillic and Latin unless asked to match it', () => {
    expect(plan([row('a', 'МОСКВА и москва')], 'москва', 'Пекин')[0]?.after).toBe('Пекин и Пекин');
    expect(plan([row('a', 'МОСКВА и москва')], 'москва', 'Пекин', { matchCase: true })[0]?.after).toBe('МОСКВА и Пекин');
  });

  it('expands groups in regex mode', () => {
    const [change] = plan([row('a', '增长了50 %，达到7 %')], '(\\d+) %', '$1%', { regex: true });
    expect(change?.after).toBe('增长了50%，达到7%');
    expect(change?.matches).toBe(2);
  });

  it('finds Han text without word boundaries', () => {
    expect(plan([row('a', '中俄合作，深化合作。')], '合作', '协作')[0]?.after).toBe('中俄协作，深化协作。');
  });

  it('leaves checked translations alone unless the reviewer includes them; an outdated check is not checked', () => {
    const rows = [row('checked', 'Moscow', 'checked'), row('outdated', 'Moscow', 'checked', true), row('draft', 'Moscow')];
    expect(plan(rows, 'Moscow', 'Beijing').map((c) => [c.segmentId, c.skip])).toEqual([
      ['checked', 'checked'],
      ['outdated', null],
      ['draft', null],
    ]);
    expect(plan(rows, 'Moscow', 'Beijing', { includeChecked: true }).every((c) => c.skip === null)).toBe(true);
  });

  it('never empties a translation, and stores the text as an edit would (trimmed)', () => {
    expect(plan([row('a', 'Moscow')], 'Moscow', '')[0]?.skip).toBe('empty');
    const [trimmed] = plan([row('a', 'Moscow is big')], ' is big', '  ');
    expect(trimmed).toMatchObject({ after: 'Moscow', skip: null });
  });

  it('marks a replacement that changes nothing', () => {
    expect(plan([row('a', 'Moscow')], 'moscow', 'Moscow')[0]?.skip).toBe('unchanged');
  });

  it('says where a regular expression is malformed', () => {
    const compiled = compileFind('(unclosed', { regex: true, matchCase: false });
    expect(compiled).toMatchObject({ ok: false, error: 'invalidPattern' });
    expect(compiled.ok ? '' : compiled.detail).toContain('(unclosed');
    // The same text is fine as a literal search.
    expect(compileFind('(unclosed', { regex: false, matchCase: false }).ok).toBe(true);
  });

  it('runs a pattern that would backtrack catastrophically in linear time', () => {
    // (a+)+$ against a long run of a's and one other letter stalls a backtracking engine for ever.
    const text = `${'a'.repeat(20_000)}!`;
    expect(plan([row('a', text)], '(a+)+$', 'x', { regex: true })).toEqual([]);
  });

  it('parses a request: find is required and kept with its spaces; junk gets keys, not prose', () => {
    const parsed = replaceSchema.parse({ documentId: 'doc', lang: 'ru', find: ' и ', replace: '' });
    expect(parsed).toMatchObject({ find: ' и ', replace: '', regex: false, matchCase: false, includeChecked: false });
    const bad = replaceSchema.safeParse({ documentId: 'no spaces', lang: 'fr', find: '', regex: 'yes' });
    expect(bad.success).toBe(false);
    const messages = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(messages).toEqual({ documentId: 'invalidId', lang: 'invalidLang', find: 'required', regex: 'invalidType' });
  });
});

describe('summarise', () => {
  it('counts translations, matches, what changes and what is left alone', () => {
    const rows = [row('a', 'Moscow, Moscow'), row('b', 'Moscow', 'checked'), row('c', 'Moscow')];
    expect(summarise(plan(rows, 'Moscow', ''))).toEqual({
      translations: 3,
      matches: 4,
      toChange: 1,
      checked: 1,
      empty: 1,
      tooLong: 0,
      unchanged: 0,
    });
  });
});
