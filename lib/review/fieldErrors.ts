import type { z } from 'zod';
import { SCHEMA_ERROR_KEYS, type SchemaErrorKey } from './commands';

/**
 * The first error key for each field, keyed by dotted path (`text`, `items.3.segmentId`; the
 * whole input is `''`). One key per field because a form shows one message under each field,
 * and the first is the most basic (a missing value before its format).
 */
export function fieldErrorKeys(error: z.ZodError): Record<string, SchemaErrorKey> {
  const keys: Record<string, SchemaErrorKey> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (path in keys) continue;
    keys[path] = isSchemaErrorKey(issue.message) ? issue.message : 'invalid';
  }
  return keys;
}

function isSchemaErrorKey(value: string): value is SchemaErrorKey {
  return (SCHEMA_ERROR_KEYS as readonly string[]).includes(value);
}
