import { readFileSync } from 'node:fs';
import path from 'node:path';
import IntlMessageFormat from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  type CommandResult,
  describeResult,
  REFUSAL_REASONS,
  REVIEW_ACTIONS,
  SCHEMA_ERROR_KEYS,
  type TranslationState,
} from '@/lib/review';

type Tree = { [key: string]: string | Tree };
const LOCALES = ['en', 'zh', 'ru'] as const;
const messages = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(path.resolve(__dirname, `../../messages/${l}.json`), 'utf8')) as Tree]),
);

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const current: TranslationState = {
  documentId: 'd',
  segmentId: 's',
  lang: 'ru',
  text: 'Текст',
  status: 'draft',
  outdated: false,
  version: 4,
  updatedAt: '2026-12-01T10:00:00Z',
  updatedBy: { id: 'u1', name: 'Rita Reviewer' },
  textAuthorId: 'u1',
};

/** One result of every kind a command can end in. */
const RESULTS: CommandResult[] = [
  ...REVIEW_ACTIONS.map((action): CommandResult => ({
    ok: true,
    action,
    translation: current,
    affected: [],
    eventId: 1,
    comment: null,
    progress: {},
  })),
  ...REFUSAL_REASONS.map((reason): CommandResult => ({ ok: false, error: 'refused', reason })),
  ...SCHEMA_ERROR_KEYS.map((key): CommandResult => ({ ok: false, error: 'invalid', fieldErrors: { text: key } })),
  ...(['document', 'segment', 'language', 'event'] as const).map((what): CommandResult => ({
    ok: false,
    error: 'not-found',
    what,
  })),
  { ok: false, error: 'conflict', current },
];

describe('describeResult', () => {
  it.each(LOCALES)('gives a message that exists and formats in %s for every result', (locale) => {
    for (const result of RESULTS) {
      const message = describeResult(result);
      const text = lookup(messages[locale] as Tree, message.key);
      expect(text, `${locale}: ${message.key}`).toBeTypeOf('string');
      const values = message.tone === 'conflict' ? message.values : {};
      const formatted = new IntlMessageFormat(text ?? '', locale).format(values);
      expect(String(formatted).length, message.key).toBeGreaterThan(0);
    }
  });

  it('tells success from refusal from conflict', () => {
    expect(describeResult(RESULTS[0] as CommandResult).tone).toBe('success');
    expect(describeResult({ ok: false, error: 'refused', reason: 'self-check' })).toEqual({
      tone: 'error',
      key: 'Refusals.self-check',
    });
    expect(describeResult({ ok: false, error: 'conflict', current })).toEqual({
      tone: 'conflict',
      key: 'Results.conflict',
      values: { name: 'Rita Reviewer', version: 4 },
    });
  });

  it('names the first field that is wrong, with its own message', () => {
    expect(describeResult({ ok: false, error: 'invalid', fieldErrors: { comment: 'tooLong', text: 'required' } })).toEqual({
      tone: 'error',
      key: 'FieldErrors.tooLong',
      field: 'comment',
    });
  });

  it('says a conflict in words that name who saved and which version', () => {
    const text = lookup(messages.en as Tree, 'Results.conflict') ?? '';
    expect(new IntlMessageFormat(text, 'en').format({ name: 'Rita Reviewer', version: 4 })).toContain('Rita Reviewer');
  });
});
