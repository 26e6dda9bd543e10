/**
 * Alignment benchmark: strict bead F1 and time of the engine against plain
 * Gale–Church (raw characters, c = 1) on the development set, then time and
 * memory on large synthetic inputs. Run: npx tsx bench/align.ts [--no-large]
 * Figures are relative within one run; nothing here asserts thresholds.
 */
import { CONDITIONS, PAIRS, devCases, scoreCases } from '../lib/align/devset/cases';
import { loadCorpus } from '../lib/align/devset/corpus';
import { f1, scoreBeads } from '../lib/align/devset/f1';
import { syntheticCase } from '../lib/align/devset/synthetic';
import { GALE_CHURCH_BASELINE, alignParagraphs, type AlignOptions } from '../lib/align/index';

const SYSTEMS: [string, AlignOptions][] = [
  ['engine', {}],
  ['no-evidence', { evidence: false }],
  ['GC c=1', GALE_CHURCH_BASELINE],
];
const COLS = [20, ...SYSTEMS.flatMap(() => [12, 6])];

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

function devTable(): void {
  const corpus = loadCorpus();
  const units = corpus.reduce((a, t) => a + t.units.length, 0);
  console.log(`Development set: ${corpus.length} texts, ${units} aligned units per language\n`);
  console.log('Strict bead F1 and total ms per row (engine = defaults; no-evidence = engine without the anchor terms;');
  console.log('GC c=1 = plain Gale–Church on raw character counts, ratio 1)\n');
  console.log(pad(['pair / condition', ...SYSTEMS.flatMap(([name]) => [`${name} F1`, 'ms'])], COLS));
  const sums = SYSTEMS.map(() => ({ f1: 0, ms: 0, rows: 0 }));
  for (const condition of CONDITIONS) {
    for (const [src, tgt] of PAIRS) {
      const cases = devCases(corpus, src, tgt, condition);
      const cells = [`${src}→${tgt} ${condition}`];
      SYSTEMS.forEach(([, opts], k) => {
        const { value, ms } = timed(() => scoreCases(cases, (s, t) => alignParagraphs(s, t, opts).beads));
        const v = f1(value);
        const acc = sums[k]!;
        acc.f1 += v;
        acc.ms += ms;
        acc.rows += 1;
        cells.push(v.toFixed(4), ms.toFixed(0));
      });
      console.log(pad(cells, COLS));
    }
  }
  const mean = ['mean', ...sums.flatMap((s) => [(s.f1 / s.rows).toFixed(4), (s.ms / s.rows).toFixed(0)])];
  console.log(pad(mean, COLS));
}

function largeTable(): void {
  console.log('\nSynthetic en-like × zh-like paragraphs (2% dropped, 2% merged)\n');
  const cols = [14, 12, 8, 8, 8, 12, 6];
  console.log(pad(['size', 'system', 'F1', 'ms', 'heap MB', 'peak RSS MB', 'band'], cols));
  for (const n of [1000, 10000]) {
    const c = syntheticCase(n, 42);
    for (const [name, opts] of [SYSTEMS[0]!, SYSTEMS[2]!]) {
      globalThis.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const { value, ms } = timed(() => alignParagraphs(c.src, c.tgt, opts));
      const heap = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
      const peak = process.resourceUsage().maxRSS / 1024;
      const score = f1(scoreBeads(value.beads, c.gold));
      console.log(
        pad(
          [`${n}×${c.tgt.length}`, name, score.toFixed(4), ms.toFixed(0), heap.toFixed(1), peak.toFixed(0), String(value.band)],
          cols,
        ),
      );
    }
  }
  console.log('\nheap MB = heap growth across the call (rough); peak RSS = process high-water mark so far.');
}

devTable();
if (!process.argv.includes('--no-large')) largeTable();
