import { describe, expect, it } from 'vitest';
import * as review from './index';

describe('lib/review public API', () => {
  it('exports the runtime surface other code relies on', () => {
    expect(Object.keys(review).sort()).toEqual(
      [
        'EFFECTIVE_STATUSES',
        'EVENT_KINDS',
        'MAX_BATCH_SIZE',
        'MAX_COMMENT_LENGTH',
        'MAX_TEXT_LENGTH',
        'OUTDATED_STATUSES',
        'REFUSAL_REASONS',
        'REVIEW_ACTIONS',
        'ROLES',
        'SCHEMA_ERROR_KEYS',
        'SOURCE_CHANGES',
        'allowedActions',
        'bulkCheckCommands',
        'bulkCheckMatchingSchema',
        'bulkCheckSchema',
        'canAccessLanguage',
        'decide',
        'describeResult',
        'diffWords',
        'effectiveStatus',
        'fieldErrorKeys',
        'filtersToQuery',
        'foldForSearch',
        'isEventKind',
        'isRefusalReason',
        'isRole',
        'matchesFilters',
        'parseFilters',
        'permission',
        'progress',
        'progressFromCounts',
        'roleAtLeast',
        'translationCommandSchema',
      ].sort(),
    );
  });

  it('works end to end: a Russian reviewer checks a colleague’s draft', () => {
    const decision = review.decide({
      actor: { id: 'anna', role: 'reviewer', languages: ['ru'] },
      action: 'check',
      lang: 'ru',
      isSource: false,
      current: { status: 'draft', outdated: false, textAuthorId: 'boris' },
      settings: { allowSelfCheck: false },
    });
    expect(decision).toEqual({ ok: true, status: 'checked', keepSourceHash: false, restampTranslations: false });
  });
});
