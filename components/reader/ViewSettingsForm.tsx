'use client';

import { type ChangeEvent, type ReactNode, useEffect, useRef } from 'react';
import { isLang } from '@/lib/languages';
import {
  type Preferences,
  parsePreferences,
  preferenceAttributes,
  PREFERENCES_KEY,
  serializePreferences,
  withHidden,
} from '@/lib/preferences';

/** A phone, where the reviewer's cell controls are off unless turned on (comfort.css, the same query). */
const PHONE = '(max-width: 767.98px)';

function load(): Preferences {
  try {
    return parsePreferences(window.localStorage.getItem(PREFERENCES_KEY));
  } catch {
    return parsePreferences(null);
  }
}

function apply(preferences: Preferences) {
  for (const [name, value] of Object.entries(preferenceAttributes(preferences))) {
    if (value === null) document.documentElement.removeAttribute(name);
    else document.documentElement.setAttribute(name, value);
  }
}

/**
 * The form of the view settings (ViewSettings renders its fields): ticks what this browser
 * stored, and on each change stores the new preferences and applies them to <html> at once.
 */
export function ViewSettingsForm({ children }: { children: ReactNode }) {
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const preferences = load();
    const showControls =
      preferences.reviewControls === 'auto' ? !window.matchMedia(PHONE).matches : preferences.reviewControls === 'on';
    for (const input of form.current?.querySelectorAll('input') ?? []) {
      if (input.name === 'hidden') input.checked = preferences.hidden.includes(input.value as Preferences['hidden'][number]);
      else if (input.name === 'reviewControls') input.checked = showControls;
      else input.checked = preferences[input.name as 'theme' | 'textSize' | 'leading' | 'interleave'] === input.value;
    }
    // A choice made in another tab shows here too.
    const onStorage = (event: StorageEvent) => {
      if (event.key === PREFERENCES_KEY) apply(load());
    };
    window.addEventListener('storage', onStorage);
    // A menu: Esc or a click elsewhere closes it (Esc gives focus back to its button).
    const menu = form.current?.closest('details');
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !menu?.open || !menu.contains(event.target as Node)) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    };
    const onClick = (event: MouseEvent) => {
      if (menu?.open && !menu.contains(event.target as Node)) menu.open = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('storage', onStorage);
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);

  function change(event: ChangeEvent<HTMLFormElement>) {
    const input = event.target as unknown as HTMLInputElement;
    let preferences = load();
    if (input.name === 'hidden' && isLang(input.value)) {
      preferences = withHidden(preferences, input.value, input.checked);
      // Hiding a column again hides what was revealed in it.
      for (const cell of document.querySelectorAll(`.cell[data-lang="${input.value}"][data-revealed]`))
        cell.removeAttribute('data-revealed');
    } else if (input.name === 'reviewControls') {
      preferences = { ...preferences, reviewControls: input.checked ? 'on' : 'off' };
    } else if (input.name === 'theme' || input.name === 'textSize' || input.name === 'leading' || input.name === 'interleave') {
      preferences = parsePreferences(serializePreferences({ ...preferences, [input.name]: input.value }));
    }
    try {
      window.localStorage.setItem(PREFERENCES_KEY, serializePreferences(preferences));
    } catch {
      // Storage full or blocked: the choice holds for this page only.
    }
    apply(preferences);
  }

  return (
    <form ref={form} className="view-settings-panel" onChange={change} onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}
