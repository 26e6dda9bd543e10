import { describe, expect, it } from 'vitest';
import {
  bodyLimitFor,
  formatBytes,
  IMPORT_DOCUMENTS_PATH,
  IMPORT_TEXTS_PATH,
  MAX_ACTION_BODY,
  MAX_COMMAND_BODY,
  MAX_IMPORT_DRAFT_BODY,
  MAX_UPLOAD_FILE,
} from './limits';

describe('bodyLimitFor', () => {
  it('gives the import uploads room for a book, and every other path its usual limit', () => {
    expect(bodyLimitFor(IMPORT_TEXTS_PATH)).toBe(MAX_UPLOAD_FILE);
    expect(bodyLimitFor(IMPORT_DOCUMENTS_PATH)).toBe(MAX_IMPORT_DRAFT_BODY);
    expect(bodyLimitFor('/api/import/jobs')).toBe(MAX_COMMAND_BODY);
    expect(bodyLimitFor('/api/import/texts/extra')).toBe(MAX_COMMAND_BODY);
    expect(bodyLimitFor('/en/import')).toBe(MAX_ACTION_BODY);
  });

  it('says sizes the way people read them', () => {
    expect(formatBytes(MAX_IMPORT_DRAFT_BODY)).toBe('32 MiB');
    expect(formatBytes(256 * 1024)).toBe('256 KiB');
    expect(formatBytes(1000)).toBe('1000 bytes');
  });
});
