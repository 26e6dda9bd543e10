import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  checkManySchema,
  checkSchema,
  editSourceSchema,
  MAX_BATCH_SIZE,
  MAX_COMMENT_LENGTH,
  MAX_TEXT_LENGTH,
  rejectSchema,
  reopenSchema,
  revertSchema,
  saveTranslationSchema,
  SCHEMA_ERROR_KEYS,
} from './schemas';

const target = { documentId: 'sino-russian-treaty-2001', segmentId: 'p-12', lang: 'ru', version: 3 };

/** The error keys by field path, or 'ok' when the input is valid. */
function errors(schema: z.ZodType, value: unknown): Record<string, string> | 'ok' {
  const result = schema.safeParse(value);
  if (result.success) return 'ok';
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) out[issue.path.join('.')] ??= issue.message;
  return out;
}

/** Schemas that share the target fields, with a valid input for each. */
const TARGETED: [string, z.ZodType, Record<string, unknown>][] = [
  ['saveTranslationSchema', saveTranslationSchema, { ...target, text: 'Договор о добрососедстве' }],
  ['checkSchema', checkSchema, { ...target }],
  ['rejectSchema', rejectSchema, { ...target, comment: 'Wrong term' }],
  ['reopenSchema', reopenSchema, { ...target }],
  ['revertSchema', revertSchema, { ...target, eventId: '8f14e45f-ceea-467a-9af0-2c5e1c3f6d2a' }],
  ['editSourceSchema', editSourceSchema, { ...target, lang: 'zh', text: '中俄睦邻友好合作条约', change: 'meaning' }],
];

describe.each(TARGETED)('%s', (_name, schema, valid) => {
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
  });

  it('reports every missing field as required', () => {
    const result = errors(schema, {});
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
  ['saveTranslationSchema', saveTranslationSchema, { ...target, text: 'x' }],
  ['editSourceSchema', editSourceSchema, { ...target, text: 'x', change: 'cosmetic' }],
] as const)('text in %s', (_name, schema, valid) => {
  it('is trimmed', () => {
    const result = schema.parse({ ...valid, text: '  \n Текст перевода \t' });
    expect(result.text).toBe('Текст перевода');
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

describe('rejectSchema comment', () => {
  const valid = { ...target, comment: 'x' };

  it('is required and trimmed', () => {
    expect(rejectSchema.parse({ ...valid, comment: '  Use “сотрудничество”.  ' }).comment).toBe('Use “сотрудничество”.');
    expect(errors(rejectSchema, { ...target })).toEqual({ comment: 'required' });
    expect(errors(rejectSchema, { ...valid, comment: '   ' })).toEqual({ comment: 'required' });
  });

  it(`holds 1 to ${MAX_COMMENT_LENGTH} characters`, () => {
    expect(errors(rejectSchema, { ...valid, comment: '?' })).toBe('ok');
    expect(errors(rejectSchema, { ...valid, comment: 'a'.repeat(MAX_COMMENT_LENGTH) })).toBe('ok');
    expect(errors(rejectSchema, { ...valid, comment: 'a'.repeat(MAX_COMMENT_LENGTH + 1) })).toEqual({ comment: 'tooLong' });
  });
});

describe.each([
  ['checkSchema', checkSchema],
  ['reopenSchema', reopenSchema],
] as const)('optional comment in %s', (_name, schema) => {
  it('may be left out, and an empty one counts as left out', () => {
    expect(schema.parse({ ...target }).comment).toBeUndefined();
    expect(schema.parse({ ...target, comment: '' }).comment).toBeUndefined();
    expect(schema.parse({ ...target, comment: '  ' }).comment).toBeUndefined();
  });

  it('is trimmed and limited in length', () => {
    expect(schema.parse({ ...target, comment: ' Looks good ' }).comment).toBe('Looks good');
    expect(errors(schema, { ...target, comment: 'a'.repeat(MAX_COMMENT_LENGTH + 1) })).toEqual({ comment: 'tooLong' });
    expect(errors(schema, { ...target, comment: 5 })).toEqual({ comment: 'invalidType' });
  });
});

describe('revertSchema', () => {
  it('needs a well-formed event id', () => {
    expect(errors(revertSchema, { ...target, eventId: '1042' })).toBe('ok');
    expect(errors(revertSchema, { ...target })).toEqual({ eventId: 'required' });
    expect(errors(revertSchema, { ...target, eventId: 'Event 7' })).toEqual({ eventId: 'invalidId' });
  });
});

describe('editSourceSchema', () => {
  const valid = { ...target, lang: 'zh', text: '条约', change: 'cosmetic' };

  it('takes a cosmetic or a meaning change', () => {
    expect(editSourceSchema.parse(valid).change).toBe('cosmetic');
    expect(editSourceSchema.parse({ ...valid, change: 'meaning' }).change).toBe('meaning');
  });

  it('needs the kind of change', () => {
    expect(errors(editSourceSchema, { ...valid, change: undefined })).toEqual({ change: 'required' });
    expect(errors(editSourceSchema, { ...valid, change: 'typo' })).toEqual({ change: 'invalidChange' });
    expect(errors(editSourceSchema, { ...valid, change: '' })).toEqual({ change: 'invalidChange' });
  });
});

describe('checkManySchema', () => {
  const item = (n: number) => ({ segmentId: `p-${n}`, version: n });
  const valid = { documentId: 'treaty', lang: 'zh', items: [item(1), item(2)] };

  it('accepts a batch of 1 to 500 items', () => {
    expect(errors(checkManySchema, valid)).toBe('ok');
    expect(errors(checkManySchema, { ...valid, items: [item(0)] })).toBe('ok');
    const full = Array.from({ length: MAX_BATCH_SIZE }, (_, i) => item(i));
    expect(errors(checkManySchema, { ...valid, items: full })).toBe('ok');
  });

  it('refuses an empty batch and a batch over 500', () => {
    expect(errors(checkManySchema, { ...valid, items: [] })).toEqual({ items: 'tooFew' });
    const over = Array.from({ length: MAX_BATCH_SIZE + 1 }, (_, i) => item(i));
    expect(errors(checkManySchema, { ...valid, items: over })).toEqual({ items: 'tooMany' });
  });

  it('refuses the same segment twice, pointing at the repeat', () => {
    const items = [item(1), item(2), { segmentId: 'p-1', version: 9 }];
    expect(errors(checkManySchema, { ...valid, items })).toEqual({ 'items.2.segmentId': 'duplicateItem' });
  });

  it('points at the bad field of a bad item', () => {
    const items = [item(1), { segmentId: 'P 2', version: -1 }];
    expect(errors(checkManySchema, { ...valid, items })).toEqual({
      'items.1.segmentId': 'invalidId',
      'items.1.version': 'invalidVersion',
    });
  });

  it('needs the document, language and items', () => {
    expect(errors(checkManySchema, {})).toEqual({ documentId: 'required', lang: 'required', items: 'required' });
    expect(errors(checkManySchema, { ...valid, items: 'p-1' })).toEqual({ items: 'invalidType' });
    expect(errors(checkManySchema, { ...valid, items: [null] })).toEqual({ 'items.0': 'invalidType' });
  });
});

describe('error messages', () => {
  it('are always message keys, whatever the input', () => {
    const schemas = [
      saveTranslationSchema,
      checkSchema,
      rejectSchema,
      reopenSchema,
      revertSchema,
      editSourceSchema,
      checkManySchema,
    ];
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
    const field = ['documentId', 'segmentId', 'lang', 'version', 'text', 'comment', 'eventId', 'change', 'items'];
    const keys: readonly string[] = SCHEMA_ERROR_KEYS;
    for (const schema of schemas) {
      for (const value of junk) {
        for (const name of field) {
          const result = schema.safeParse({ ...target, items: [{ segmentId: 'a', version: 0 }], [name]: value });
          if (!result.success) for (const issue of result.error.issues) expect(keys).toContain(issue.message);
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
