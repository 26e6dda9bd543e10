import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorKeys } from './fieldErrors';
import { bulkCheckSchema, translationCommandSchema } from './commands';

function keysFor(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the input to be invalid');
  return fieldErrorKeys(result.error);
}

describe('fieldErrorKeys', () => {
  it('maps each field to its key', () => {
    expect(
      keysFor(translationCommandSchema, {
        action: 'reject',
        documentId: 'Doc',
        segmentId: 'p-1',
        lang: 'fr',
        version: 0,
        comment: '',
      }),
    ).toEqual({
      documentId: 'invalidId',
      lang: 'invalidLang',
      comment: 'required',
    });
  });

  it('uses dotted paths for nested fields and the empty path for the whole input', () => {
    expect(keysFor(bulkCheckSchema, { documentId: 'd', lang: 'ru', items: [{ segmentId: 'p-1', version: 'x' }] })).toEqual({
      'items.0.version': 'invalidType',
    });
    expect(keysFor(bulkCheckSchema, 7)).toEqual({ '': 'invalidType' });
  });

  it('keeps only the first key of a field', () => {
    const schema = z.object({ a: z.string().min(5, { error: 'tooFew' }).regex(/^\d+$/, { error: 'invalidId' }) });
    expect(keysFor(schema, { a: 'x' })).toEqual({ a: 'tooFew' });
  });

  it('falls back to invalid for a message that is not one of our keys', () => {
    expect(keysFor(z.object({ a: z.string() }), { a: 1 })).toEqual({ a: 'invalid' });
  });
});
