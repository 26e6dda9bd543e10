import { describe, expect, it } from 'vitest';
import { EVIDENCE_WEIGHTS, buildEvidence } from './evidence';
import { prefixLengths } from './length';

function evidenceFor(src: string[], tgt: string[]) {
  return buildEvidence(src, tgt, prefixLengths(src, 'normalised'), prefixLengths(tgt, 'normalised'));
}

describe('buildEvidence', () => {
  const src = ['In 2016 the SREB plan began.', 'Nobody knew why.', 'In 1999 it rained.'];
  const tgt = ['2016年SREB计划启动。', '没人知道为什么。', '1999年下了雨。'];
  const ev = evidenceFor(src, tgt);

  it('rewards anchors that face each other', () => {
    const w = EVIDENCE_WEIGHTS.number.match + EVIDENCE_WEIGHTS.name.match;
    expect(ev.cost(0, 1, 0, 1)).toBeCloseTo(-w);
  });
  it('charges anchors left without a partner', () => {
    expect(ev.cost(0, 1, 2, 1)).toBeGreaterThan(0);
    expect(ev.cost(0, 1, 0, 0)).toBeCloseTo(EVIDENCE_WEIGHTS.number.miss + EVIDENCE_WEIGHTS.name.miss);
  });
  it('is neutral where there is nothing to compare', () => {
    expect(ev.cost(1, 1, 1, 1)).toBe(0);
  });
  it('leaves no state behind between calls', () => {
    const first = ev.cost(0, 2, 0, 3);
    ev.cost(0, 3, 0, 0);
    expect(ev.cost(0, 2, 0, 3)).toBe(first);
  });
  it('ignores keys found in only one text', () => {
    const only = evidenceFor(['Apple sold 500 phones.'], ['苹果卖了五百部手机。']);
    expect(only.cost(0, 1, 0, 1)).toBe(0);
  });
});
