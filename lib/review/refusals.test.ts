import { describe, expect, it } from 'vitest';
import { isRefusalReason, REFUSAL_REASONS } from './refusals';

describe('REFUSAL_REASONS', () => {
  it('is the agreed set, so adding a reason (and its UI messages) is a deliberate change', () => {
    expect([...REFUSAL_REASONS].sort()).toEqual(
      [
        'already-checked',
        'already-rejected',
        'comment-required',
        'empty-text',
        'forbidden-language',
        'forbidden-role',
        'missing-revert-target',
        'missing-source-change',
        'missing-text',
        'not-a-source-action',
        'not-a-translation-action',
        'nothing-to-check',
        'nothing-to-reject',
        'nothing-to-reopen',
        'self-check',
        'thread-open',
        'thread-resolved',
        'source-only-admin',
        'unauthenticated',
      ].sort(),
    );
  });

  it('holds unique kebab-case keys usable as message keys', () => {
    expect(new Set(REFUSAL_REASONS).size).toBe(REFUSAL_REASONS.length);
    for (const reason of REFUSAL_REASONS) expect(reason).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('recognises its own values only', () => {
    for (const reason of REFUSAL_REASONS) expect(isRefusalReason(reason)).toBe(true);
    for (const value of ['', 'Self-check', 'forbidden', undefined, 1]) expect(isRefusalReason(value)).toBe(false);
  });
});
