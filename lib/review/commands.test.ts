import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  bulkCheckCommands,
  bulkCheckSchema,
  MAX_BATCH_SIZE,
  MAX_COMMENT_LENGTH,
  MAX_TEXT_LENGTH,
  SCHEMA_ERROR_KEYS,
  translationCommandSchema as commandSchema,
} from './commands';

const target = { documentId: 'sino-russian-treaty-2001', segmentId: 'p-12', lang: 'ru', version: 3 };

/** The error keys by field path, or 'ok' when the input is valid. */
function errors(schema: z.ZodType, value: unknown): Record<string, string> | 'ok' {
  const result = schema.safeParse(value);
  if (result.success) return 'ok';
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) out[issue.path.join('.')] ??= issue.message;
  return out;
}

/** A valid command of each action: they share the target fields. */
const COMMANDS: [string, Record<string, unknown>][] = [
  ['edit', { action: 'edit', ...target, text: 'Договор о добрососедстве' }],
  ['check', { action: 'check', ...target }],
  ['reject', { action: 'reject', ...target, comment: 'Wrong term' }],
  ['reopen', { action: 'reopen', ...target }],
  ['revert', { action: 'revert', ...target, eventId: 1042 }],
  ['editSource', { action: 'editSource', ...target, lang: 'zh', text: '中俄睦邻友好合作条约', change: 'meaning' }],
];

describe('the action', () => {
  it('picks the command; an unknown or missing one is named as such', () => {
    expect(errors(commandSchema, { ...target, action: 'approve' })).toEqual({ action: 'invalidAction' });
    expect(errors(commandSchema, { ...target, action: 7 })).toEqual({ action: 'invalidAction' });
    expect(errors(commandSchema, { ...target })).toEqual({ action: 'required' });
  });

  it('keeps what each command needs and nothing of the others', () => {
    const parsed = commandSchema.parse({ action: 'check', ...target, text: 'ignored', eventId: 3 });
    expect(parsed).toEqual({ action: 'check', ...target });
  });
});

describe.each(COMMANDS)('%s command', (_name, valid) => {
  const schema = commandSchema;
  it('accepts a valid input', () => {
    expect(errors(schema, valid)).toBe('ok');
  });

  it('accepts every language', () => {
    for (const lang of ['en', 'zh', 'ru']) expect(errors(schema, { ...valid, lang })).toBe('ok');
  });

  it('refuses an unknown language, or a language tag in another form', () => {
    for (const lang of ['de', 'ZH', 'zh-Hans', '']) expect(errors(schema, { ...valid, lang })).toEqual({ lang: 'invalidLang' });
  });

  it('refuses malformed ids', () => {
    for (const id of ['P-12', 'p_12', 'p--12', '-p', 'p-', 'p 12', 'п-12', '../etc']) {
      expect(errors(schema, { ...valid, segmentId: id })).toEqual({ segmentId: 'invalidId' });
      expect(errors(schema, { ...valid, documentId: id })).toEqual({ documentId: 'invalidId' });
    }
  });

  it('reports a missing or empty id as required, once', () => {
    expect(errors(schema, { ...valid, segmentId: undefined })).toEqual({ segmentId: 'required' });
    expect(errors(schema, { ...valid, segmentId: '' })).toEqual({ segmentId: 'required' });
    const result = schema.safeParse({ ...valid, segmentId: '' });
    expect(result.success ? 0 : result.error.issues.length).toBe(1);
  });

  it('takes version 0 (no translation yet) and any whole number above', () => {
    for (const version of [0, 1, 123456]) expect(errors(schema, { ...valid, version })).toBe('ok');
  });

  it('refuses a version that is not a whole number >= 0', () => {
    for (const version of [-1, 1.5, Number.MAX_SAFE_INTEGER + 2]) {
      expect(errors(schema, { ...valid, version })).toEqual({ version: 'invalidVersion' });
    }
  });

  it('does not coerce a version sent as text', () => {
    expect(errors(schema, { ...valid, version: '3' })).toEqual({ version: 'invalidType' });
    expect(errors(schema, { ...valid, version: '' })).toEqual({ version: 'invalidType' });
    expect(errors(schema, { ...valid, version: Number.NaN })).toEqual({ version: 'invalidType' });
    expect(errors(schema, { ...valid, version: undefined })).toEqual({ version: 'required' });
  });

  it('reports wrong types as invalidType', () => {
    expect(errors(schema, { ...valid, documentId: 42 })).toEqual({ documentId: 'invalidType' });
    expect(errors(schema, null)).toEqual({ '': 'invalidType' });
    expect(errors(schema, 'text')).toEqual({ '': 'invalidType' });
    expect(errors(schema, [valid])).toEqual({ '': 'invalidType' });
  });

  it('reports every missing field as required', () => {
    const result = errors(schema, { action: valid.action });
    expect(result).not.toBe('ok');
    if (result === 'ok') return;
    for (const field of ['documentId', 'segmentId', 'lang', 'version']) expect(result[field]).toBe('required');
  });

  it('drops fields it does not know', () => {
    const result = schema.safeParse({ ...valid, $ACTION_ID_abc: '', extra: 1 });
    expect(result.success).toBe(true);
    expect(result.success && 'extra' in (result.data as object)).toBe(false);
  });
});

describe.each([
  ['edit', { action: 'edit', ...target, text: 'x' }],
  ['editSource', { action: 'editSource', ...target, text: 'x', change: 'cosmetic' }],
] as const)('text of %s', (_name, valid) => {
  const schema = commandSchema;
  it('is trimmed', () => {
    const result = schema.parse({ ...valid, text: '  \n Текст перевода \t' });
    expect('text' in result && result.text).toBe('Текст перевода');
  });

  it('is required and may not be blank', () => {
    expect(errors(schema, { ...valid, text: undefined })).toEqual({ text: 'required' });
    expect(errors(schema, { ...valid, text: '' })).toEqual({ text: 'required' });
    expect(errors(schema, { ...valid, text: ' \n\t\u3000' })).toEqual({ text: 'required' });
  });

  it(`holds at most ${MAX_TEXT_LENGTH} characters once trimmed`, () => {
    expect(errors(schema, { ...valid, text: '字'.repeat(MAX_TEXT_LENGTH) })).toBe('ok');
    expect(errors(schema, { ...valid, text: ` ${'a'.repeat(MAX_TEXT_LENGTH)} ` })).toBe('ok');
    expect(errors(schema, { ...valid, text: 'a'.repeat(MAX_TEXT_LENGTH + 1) })).toEqual({ text: 'tooLong' });
  });

  it('must be a string', () => {
    expect(errors(schema, { ...valid, text: 12 })).toEqual({ text: 'invalidType' });
  });
});

describe('a rejection’s comment', () => {
  const valid = { action: 'reject', ...target, comment: 'x' };
  const comment = (value: unknown) => (commandSchema.parse(value) as { comment?: string }).comment;

  it('is required and trimmed', () => {
    expect(comment({ ...valid, comment: '  Use “сотрудничество”.  ' })).toBe('Use “сотрудничество”.');
    expect(errors(commandSchema, { action: 'reject', ...target })).toEqual({ comment: 'required' });
    expect(errors(commandSchema, { ...valid, comment: '   ' })).toEqual({ comment: 'required' });
  });

  it(`holds 1 to ${MAX_COMMENT_LENGTH} characters`, () => {
    expect(errors(commandSchema, { ...valid, comment: '?' })).toBe('ok');
    expect(errors(commandSchema, { ...valid, comment: 'a'.repeat(MAX_COMMENT_LENGTH) })).toBe('ok');
    expect(errors(commandSchema, { ...valid, comment: 'a'.repeat(MAX_COMMENT_LENGTH + 1) })).toEqual({ comment: 'tooLong' });
  });
});

describe.each(COMMANDS.filter(([action]) => action !== 'reject'))('the optional comment of %s', (_name, valid) => {
  const comment = (value: unknown) => (commandSchema.parse(value) as { comment?: string }).comment;

  it('may be left out, and an empty one counts as left out', () => {
    expect(comment({ ...valid })).toBeUndefined();
    expect(comment({ ...valid, comment: '' })).toBeUndefined();
    expect(comment({ ...valid, comment: '  ' })).toBeUndefined();
  });

  it('is kept, trimmed and limited in length', () => {
    expect(comment({ ...valid, comment: ' Looks good ' })).toBe('Looks good');
    expect(errors(commandSchema, { ...valid, comment: 'a'.repeat(MAX_COMMENT_LENGTH + 1) })).toEqual({ comment: 'tooLong' });
    expect(errors(commandSchema, { ...valid, comment: 5 })).toEqual({ comment: 'invalidType' });
  });
});

describe('revert', () => {
  const valid = { action: 'revert', ...target };
  it('needs the id of an event: a whole number above 0, not text', () => {
    expect(errors(commandSchema, { ...valid, eventId: 1042 })).toBe('ok');
    expect(errors(commandSchema, valid)).toEqual({ eventId: 'required' });
    expect(errors(commandSchema, { ...valid, eventId: '1042' })).toEqual({ eventId: 'invalidType' });
    for (const eventId of [0, -3, 1.5]) expect(errors(commandSchema, { ...valid, eventId })).toEqual({ eventId: 'invalidEvent' });
  });
});

describe('editSource', () => {
  const valid = { action: 'editSource', ...target, lang: 'zh', text: '条约', change: 'cosmetic' };
  const change = (value: unknown) => {
    const parsed = commandSchema.parse(value);
    return parsed.action === 'editSource' ? parsed.change : 'none';
  };

  it('takes a cosmetic or a meaning change', () => {
    expect(change(valid)).toBe('cosmetic');
    expect(change({ ...valid, change: 'meaning' })).toBe('meaning');
  });

  it('needs the kind of change, named as such when missing too', () => {
    expect(errors(commandSchema, { ...valid, change: undefined })).toEqual({ change: 'invalidChange' });
    expect(errors(commandSchema, { ...valid, change: 'typo' })).toEqual({ change: 'invalidChange' });
    expect(errors(commandSchema, { ...valid, change: '' })).toEqual({ change: 'invalidChange' });
  });
});

describe('bulk check', () => {
  const item = (n: number) => ({ segmentId: `p-${n}`, version: n });
  const valid = { documentId: 'treaty', lang: 'zh', items: [item(1), item(2)] };

  it('accepts a batch of 1 to 500 items', () => {
    expect(errors(bulkCheckSchema, valid)).toBe('ok');
    expect(errors(bulkCheckSchema, { ...valid, items: [item(0)] })).toBe('ok');
    const full = Array.from({ length: MAX_BATCH_SIZE }, (_, i) => item(i));
    expect(errors(bulkCheckSchema, { ...valid, items: full })).toBe('ok');
  });

  it('refuses an empty batch and a batch over 500', () => {
    expect(errors(bulkCheckSchema, { ...valid, items: [] })).toEqual({ items: 'tooFew' });
    const over = Array.from({ length: MAX_BATCH_SIZE + 1 }, (_, i) => item(i));
    expect(errors(bulkCheckSchema, { ...valid, items: over })).toEqual({ items: 'tooMany' });
  });

  it('refuses the same segment twice, pointing at the repeat', () => {
    const items = [item(1), item(2), { segmentId: 'p-1', version: 9 }];
    expect(errors(bulkCheckSchema, { ...valid, items })).toEqual({ 'items.2.segmentId': 'duplicateItem' });
  });

  it('points at the bad field of a bad item', () => {
    const items = [item(1), { segmentId: 'P 2', version: -1 }];
    expect(errors(bulkCheckSchema, { ...valid, items })).toEqual({
      'items.1.segmentId': 'invalidId',
      'items.1.version': 'invalidVersion',
    });
  });

  it('needs the document, language and items', () => {
    expect(errors(bulkCheckSchema, {})).toEqual({ documentId: 'required', lang: 'required', items: 'required' });
    expect(errors(bulkCheckSchema, { ...valid, items: 'p-1' })).toEqual({ items: 'invalidType' });
    expect(errors(bulkCheckSchema, { ...valid, items: [null] })).toEqual({ 'items.0': 'invalidType' });
  });
});

describe('error messages', () => {
  it('are always message keys, whatever the input', () => {
    const schemas = [commandSchema, bulkCheckSchema];
    const junk: unknown[] = [
      undefined,
      null,
      '',
      ' ',
      'x',
      'A B',
      -1,
      0,
      1.5,
      2 ** 60,
      Number.NaN,
      true,
      [],
      [null],
      {},
      'z'.repeat(20_001),
    ];
    const field = ['action', 'documentId', 'segmentId', 'lang', 'version', 'text', 'comment', 'eventId', 'change', 'items'];
    const keys: readonly string[] = SCHEMA_ERROR_KEYS;
    for (const schema of schemas) {
      for (const value of junk) {
        for (const name of field) {
          for (const action of [...COMMANDS.map(([a]) => a), 'nonsense', undefined]) {
            const result = schema.safeParse({ action, ...target, items: [{ segmentId: 'a', version: 0 }], [name]: value });
            if (!result.success) for (const issue of result.error.issues) expect(keys).toContain(issue.message);
          }
        }
        const whole = schema.safeParse(value);
        if (!whole.success) for (const issue of whole.error.issues) expect(keys).toContain(issue.message);
      }
    }
  });

  it('are camelCase keys with no prose', () => {
    for (const key of SCHEMA_ERROR_KEYS) expect(key).toMatch(/^[a-z]+(?:[A-Z][a-z]+)*$/);
  });
});

describe('bulkCheckCommands', () => {
  it('makes one check command per item, in order, with the shared comment', () => {
    const bulk = bulkCheckSchema.parse({
      documentId: 'treaty',
      lang: 'ru',
      comment: ' Terms verified ',
      items: [
        { segmentId: 'p-2', version: 4 },
        { segmentId: 'p-1', version: 1 },
      ],
    });
    expect(bulkCheckCommands(bulk)).toEqual([
      { action: 'check', documentId: 'treaty', lang: 'ru', segmentId: 'p-2', version: 4, comment: 'Terms verified' },
      { action: 'check', documentId: 'treaty', lang: 'ru', segmentId: 'p-1', version: 1, comment: 'Terms verified' },
    ]);
    for (const command of bulkCheckCommands(bulk)) expect(commandSchema.parse(command)).toEqual(command);
  });
});

describe('the text rules of lib/text on every command', () => {
  it('refuses control characters and lone surrogates in text and comments', () => {
    expect(errors(commandSchema, { action: 'edit', ...target, text: 'bad\u001b[0m' })).toEqual({ text: 'invalidCharacter' });
    expect(errors(commandSchema, { action: 'edit', ...target, text: 'half \uD800 pair' })).toEqual({ text: 'invalidCharacter' });
    expect(errors(commandSchema, { action: 'reject', ...target, comment: 'nul\u0000' })).toEqual({ comment: 'invalidCharacter' });
    expect(errors(commandSchema, { action: 'editSource', ...target, text: 'x\u007f', change: 'cosmetic' })).toEqual({
      text: 'invalidCharacter',
    });
  });

  it('refuses text of only invisible characters as required, and drops such an optional comment', () => {
    expect(errors(commandSchema, { action: 'edit', ...target, text: '\u200b\u200d\ufeff' })).toEqual({ text: 'required' });
    expect(errors(commandSchema, { action: 'reject', ...target, comment: '\u200b' })).toEqual({ comment: 'required' });
    expect(commandSchema.parse({ action: 'check', ...target, comment: ' \u200b ' })).not.toHaveProperty(
      'comment',
      expect.anything(),
    );
  });

  it('stores NFC with newlines as \\n', () => {
    const parsed = commandSchema.parse({ action: 'edit', ...target, text: 'Cafe\u0301\r\nline' });
    expect(parsed).toMatchObject({ text: 'Café\nline' });
  });
});
