import { describe, expect, it } from 'vitest';
import { isOutdated } from './model';
import { sampleDocument } from './sample';

describe('sampleDocument', () => {
  it('holds every state the format tests rely on', () => {
    const doc = sampleDocument();
    const states = doc.segments.flatMap((s) =>
      (['zh', 'ru'] as const).map((lang) => {
        const t = s.translations[lang];
        if (!t) return 'missing';
        return isOutdated(s, doc.sourceLang, lang) ? 'outdated' : t.status;
      }),
    );
    expect(new Set(states)).toEqual(new Set(['checked', 'draft', 'rejected', 'outdated', 'missing']));
  });
});
