import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '@/lib/align';
import { loadLexicons } from '@/lib/align/lexicon/load';
import { buildDraft, withTitle } from '@/lib/import';
import { alignDraft, OFF_THREAD_PARAGRAPHS } from '@/server/import/align-off-thread';
import { bookTexts } from '../fixtures/book-texts';

/*
 * A book is aligned in a process of its own: the server's event loop keeps turning (answering
 * polls, cancels, readers) for the whole alignment, and a cancel ends it. The draft is the
 * same as the aligner's in this process.
 */
describe('aligning a book off the server thread', () => {
  const texts = bookTexts({ chars: 300_000, paragraphs: 1_000 });
  const source = { lang: 'en' as const, paragraphs: splitParagraphs(texts.en, false) };
  const targets = [
    { lang: 'ru' as const, paragraphs: splitParagraphs(texts.ru, false) },
    { lang: 'zh' as const, paragraphs: splitParagraphs(texts.zh, false) },
  ];

  it(
    'keeps the event loop turning while it aligns, and gives the draft a small text would get',
    { timeout: 120_000 },
    async () => {
      expect(source.paragraphs.length * 3).toBeGreaterThanOrEqual(OFF_THREAD_PARAGRAPHS);
      let turns = 0;
      let done = false;
      const ticker = (async () => {
        while (!done) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          turns += 1;
        }
      })();
      const draft = await alignDraft(source, targets, new AbortController().signal);
      done = true;
      await ticker;
      // In this process the aligner would hold the loop from start to end: a handful of turns at most.
      expect(turns).toBeGreaterThan(1_000);
      expect(draft.languages).toEqual(['en', 'ru', 'zh']);
      expect(draft.rows.length).toBeGreaterThan(900);
      expect(draft).toEqual(withTitle(buildDraft(source, targets, await loadLexicons())));
    },
  );

  it('stops the aligner when cancelled', async () => {
    const controller = new AbortController();
    const pending = alignDraft(source, targets, controller.signal);
    setImmediate(() => controller.abort(new Error('cancelled by the test')));
    await expect(pending).rejects.toThrow('cancelled by the test');
  });
});
