import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  parsePreferences,
  preferenceAttributes,
  PREFERENCES_KEY,
  serializePreferences,
  withHidden,
  withPreference,
} from './preferences';

describe('parsePreferences', () => {
  it('gives the defaults for nothing stored, malformed JSON or a value that is not an object', () => {
    for (const raw of [null, undefined, '', '{', 'null', '42', '"dark"', '[1,2]']) {
      expect(parsePreferences(raw), String(raw)).toEqual(DEFAULT_PREFERENCES);
    }
  });

  it('keeps each known value and drops each unknown one on its own', () => {
    const raw = JSON.stringify({
      theme: 'dark',
      textSize: 'huge',
      leading: 'relaxed',
      hidden: ['zh', 'fr', 'zh', 3, 'ru'],
      reviewControls: 'off',
      interleave: 'word',
    });
    expect(parsePreferences(raw)).toEqual({
      theme: 'dark',
      textSize: 'normal',
      leading: 'relaxed',
      hidden: ['zh', 'ru'],
      reviewControls: 'off',
      interleave: 'segment',
    });
  });

  it('reads back what it wrote', () => {
    const preferences = withHidden(withPreference(DEFAULT_PREFERENCES, 'textSize', 'larger'), 'ru', true);
    expect(parsePreferences(serializePreferences(preferences))).toEqual(preferences);
  });
});

describe('withHidden', () => {
  it('hides and shows a column once each, leaving the others', () => {
    const one = withHidden(DEFAULT_PREFERENCES, 'zh', true);
    const two = withHidden(withHidden(one, 'ru', true), 'zh', true);
    expect(two.hidden).toEqual(['ru', 'zh']);
    expect(withHidden(two, 'ru', false).hidden).toEqual(['zh']);
  });
});

describe('preferenceAttributes', () => {
  it('sets no attribute for the defaults, so CSS (prefers-color-scheme, the phone query) decides', () => {
    expect(Object.values(preferenceAttributes(DEFAULT_PREFERENCES)).every((v) => v === null)).toBe(true);
  });

  it('names each chosen value', () => {
    const attributes = preferenceAttributes(
      parsePreferences(JSON.stringify({ theme: 'light', hidden: ['en', 'zh'], reviewControls: 'on' })),
    );
    expect(attributes).toMatchObject({
      'data-theme': 'light',
      'data-learner': 'en zh',
      'data-review-controls': 'on',
      'data-text-size': null,
    });
  });
});

/** What public/prefs.js sets on <html> for a stored text. */
function runHeadScript(stored: string | null, { storageThrows = false } = {}): Record<string, string | null> {
  const attributes: Record<string, string | null> = {
    'data-theme': 'stale',
    'data-text-size': 'stale',
    'data-leading': 'stale',
    'data-learner': 'stale',
    'data-review-controls': 'stale',
    'data-interleave': 'stale',
  };
  const localStorage = {
    getItem(key: string) {
      if (storageThrows) throw new Error('SecurityError');
      return key === PREFERENCES_KEY ? stored : null;
    },
  };
  const documentElement = {
    setAttribute: (name: string, value: string) => void (attributes[name] = value),
    removeAttribute: (name: string) => void (attributes[name] = null),
  };
  const script = readFileSync(new URL('../public/prefs.js', import.meta.url), 'utf8');
  runInNewContext(script, { window: { localStorage }, document: { documentElement }, JSON, Array });
  return attributes;
}

describe('public/prefs.js', () => {
  const cases = [
    null,
    '',
    'not json',
    '[]',
    '{}',
    JSON.stringify({ theme: 'dark' }),
    JSON.stringify({ theme: 'system', textSize: 'small', leading: 'compact' }),
    JSON.stringify({ theme: 'sepia', textSize: 7, leading: null, hidden: 'zh', reviewControls: 'auto' }),
    JSON.stringify({ hidden: ['ru', 'ru', 'de', 'en'], reviewControls: 'off', textSize: 'larger', leading: 'relaxed' }),
    JSON.stringify({ interleave: 'sentence' }),
    JSON.stringify({ interleave: 'word', theme: 'dark' }),
    serializePreferences(withHidden(withPreference(DEFAULT_PREFERENCES, 'theme', 'light'), 'zh', true)),
  ];

  it('sets on <html> exactly what preferenceAttributes gives for the same stored text', () => {
    for (const stored of cases) {
      expect(runHeadScript(stored), String(stored)).toEqual(preferenceAttributes(parsePreferences(stored)));
    }
  });

  it('falls back to the defaults when storage is blocked', () => {
    expect(runHeadScript('{"theme":"dark"}', { storageThrows: true })).toEqual(preferenceAttributes(DEFAULT_PREFERENCES));
  });
});
