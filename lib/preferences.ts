import { isLang, type Lang } from './languages';

/**
 * A reader's personal preferences, kept in this browser only (localStorage, no account): the
 * theme, text size and line spacing of the whole site, the reader columns hidden for self-test,
 * and whether a reviewer's check/reject controls show under the cells. They are applied as data
 * attributes on <html>, by public/prefs.js before the first paint and by the view settings after
 * a change, so the same HTML (the cached reader) serves everyone and CSS does the rest.
 */
export const PREFERENCES_KEY = 'triglot:prefs';

// The first of each list is the default, which no attribute stands for.
export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['normal', 'small', 'large', 'larger'] as const;
export const LEADINGS = ['normal', 'compact', 'relaxed'] as const;
/** `auto`: shown on wide screens, hidden on phones (a CSS media query decides, so there is no flash). */
export const REVIEW_CONTROLS = ['auto', 'on', 'off'] as const;
/** On a phone, the languages of a segment follow each other paragraph by paragraph, or sentence by sentence. */
export const INTERLEAVES = ['segment', 'sentence'] as const;

export type Theme = (typeof THEMES)[number];
export type TextSize = (typeof TEXT_SIZES)[number];
export type Leading = (typeof LEADINGS)[number];
export type ReviewControls = (typeof REVIEW_CONTROLS)[number];
export type Interleave = (typeof INTERLEAVES)[number];

export interface Preferences {
  theme: Theme;
  textSize: TextSize;
  leading: Leading;
  /** Languages whose reader column is hidden until a segment is revealed (learner mode). */
  hidden: Lang[];
  reviewControls: ReviewControls;
  interleave: Interleave;
}

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  textSize: 'normal',
  leading: 'normal',
  hidden: [],
  reviewControls: 'auto',
  interleave: 'segment',
};

function pick<T extends string>(value: unknown, allowed: readonly T[]): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : (allowed[0] as T);
}

/**
 * The stored preferences, each field on its own: whatever is missing, malformed or unknown
 * (another version's value, a hand-edited store) falls back to its default, never an error.
 */
export function parsePreferences(raw: string | null | undefined): Preferences {
  let value: unknown;
  try {
    value = raw ? JSON.parse(raw) : null;
  } catch {
    value = null;
  }
  const stored = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const hidden = Array.isArray(stored.hidden) ? [...new Set(stored.hidden.filter(isLang))] : [];
  return {
    theme: pick(stored.theme, THEMES),
    textSize: pick(stored.textSize, TEXT_SIZES),
    leading: pick(stored.leading, LEADINGS),
    hidden,
    reviewControls: pick(stored.reviewControls, REVIEW_CONTROLS),
    interleave: pick(stored.interleave, INTERLEAVES),
  };
}

export function serializePreferences(preferences: Preferences): string {
  return JSON.stringify(preferences);
}

/** One preference changed, the others kept. */
export function withPreference<K extends keyof Preferences>(
  preferences: Preferences,
  key: K,
  value: Preferences[K],
): Preferences {
  return { ...preferences, [key]: value };
}

/** A column hidden or shown for self-test. */
export function withHidden(preferences: Preferences, lang: Lang, hide: boolean): Preferences {
  const others = preferences.hidden.filter((l) => l !== lang);
  return { ...preferences, hidden: hide ? [...others, lang] : others };
}

/**
 * The data attributes on <html> that stand for the preferences; null means "remove it" (the
 * default, left to CSS: `prefers-color-scheme`, the base type scale, the phone media query).
 * public/prefs.js computes the same from the same stored text (preferences.test.ts holds them equal).
 */
export function preferenceAttributes(preferences: Preferences): Record<string, string | null> {
  const unlessDefault = <T extends string>(value: T, allowed: readonly T[]) => (value === allowed[0] ? null : value);
  return {
    'data-theme': unlessDefault(preferences.theme, THEMES),
    'data-text-size': unlessDefault(preferences.textSize, TEXT_SIZES),
    'data-leading': unlessDefault(preferences.leading, LEADINGS),
    'data-learner': preferences.hidden.length > 0 ? preferences.hidden.join(' ') : null,
    'data-review-controls': unlessDefault(preferences.reviewControls, REVIEW_CONTROLS),
    'data-interleave': unlessDefault(preferences.interleave, INTERLEAVES),
  };
}
