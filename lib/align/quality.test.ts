import { describe, expect, it } from 'vitest';
import { loadCorpus } from './devset/corpus';
import { CONDITIONS, PAIRS, devCases, scoreCases } from './devset/cases';
import { f1 } from './devset/f1';
import { alignParagraphs } from './index';

const THRESHOLD = { clean: 0.98, perturbed: 0.95 } as const;
const corpus = loadCorpus();

describe('alignment quality on the development set (strict bead F1)', () => {
  it('has enough material', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(3);
    for (const text of corpus) expect(text.units.length).toBeGreaterThanOrEqual(40);
  });

  for (const [src, tgt] of PAIRS) {
    for (const condition of CONDITIONS) {
      it(`${src}→${tgt} ${condition} ≥ ${THRESHOLD[condition]}`, () => {
        const cases = devCases(corpus, src, tgt, condition);
        const score = scoreCases(cases, (s, t) => alignParagraphs(s, t).beads);
        const value = f1(score);
        console.info(
          `${src}→${tgt} ${condition}: F1 ${value.toFixed(4)} (${score.correct}/${score.predicted} predicted, ${score.gold} gold)`,
        );
        expect(value).toBeGreaterThanOrEqual(THRESHOLD[condition]);
      });
    }
  }
});
