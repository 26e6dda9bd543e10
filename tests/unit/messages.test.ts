import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';

const LOCALES = ['en', 'zh', 'ru'] as const;
type Tree = { [key: string]: string | Tree };

function load(locale: string): Tree {
  return JSON.parse(readFileSync(path.resolve(__dirname, `../../messages/${locale}.json`), 'utf8'));
}

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

/** Argument names a message uses, including those inside plural and select branches. */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
      found.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      found.add(el.value);
      for (const option of Object.values(el.options)) placeholders(option.value, found);
    }
    if (el.type === TYPE.tag) placeholders(el.children, found);
  }
  return found;
}

const messages = Object.fromEntries(LOCALES.map((l) => [l, flatten(load(l))]));

describe('UI messages', () => {
  it.each(['zh', 'ru'] as const)('%s has exactly the keys of en', (locale) => {
    expect(Object.keys(messages[locale]!).sort()).toEqual(Object.keys(messages.en!).sort());
  });

  it.each(LOCALES)('%s: every message is valid ICU with the same placeholders as en', (locale) => {
    for (const [key, text] of Object.entries(messages[locale]!)) {
      const english = messages.en![key];
      if (english === undefined) continue;
      let own: Set<string>;
      try {
        own = placeholders(parse(text));
      } catch (error) {
        throw new Error(`messages/${locale}.json ${key}: not valid ICU: ${(error as Error).message}`);
      }
      expect([...own].sort(), `messages/${locale}.json ${key}`).toEqual([...placeholders(parse(english))].sort());
    }
  });

  it('zh and ru are translated, not copies of en', () => {
    for (const locale of ['zh', 'ru'] as const) {
      const same = Object.entries(messages[locale]!).filter(
        // Names and messages of placeholders and punctuation alone ("{language}: ") may be the same.
        ([key, text]) =>
          text === messages.en![key] && !['Metadata.siteName'].includes(key) && /\p{L}/u.test(text.replace(/\{[^}]*\}/g, '')),
      );
      expect(
        same.map(([key]) => key),
        `untranslated keys in messages/${locale}.json`,
      ).toEqual([]);
    }
  });
});
