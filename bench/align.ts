/**
 * Alignment benchmark: strict bead F1 and time on the development set (tuned on) and the
 * evaluation set (never tuned on), clean and perturbed, for the joint three-text engine, the
 * pairwise engine and plain Gale–Church (raw characters, c = 1), with and without the
 * installed dictionaries; then time and memory on large synthetic inputs.
 * Run: npx tsx bench/align.ts [--no-large] [--large-only] [--no-write]
 * Writes its output as the alignment section of bench/RESULTS.md (unless --no-write).
 *
 * The evaluation set is read from Debian documentation packages (see
 * lib/align/devset/evalset.ts for which and why): debian-faq, maint-guide and
 * installation-guide in en, ru and zh_CN. scripts/test.sh installs them.
 * Figures are relative within one run; nothing here asserts thresholds.
 */
import { CONDITIONS, PAIRS, devCases, jointCases, scoreCases, scoreJointCases, type Condition } from '../lib/align/devset/cases';
import { loadCorpus, type ParallelText } from '../lib/align/devset/corpus';
import { loadEvalSet } from '../lib/align/devset/evalset';
import { f1, scoreBeads } from '../lib/align/devset/f1';
import { syntheticCase, syntheticTriple } from '../lib/align/devset/synthetic';
import {
  GALE_CHURCH_BASELINE,
  alignJoint,
  alignParagraphs,
  composePairwise,
  type AlignOptions,
  type Lexicons,
} from '../lib/align/index';
import { loadLexicons } from '../lib/align/lexicon/load';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

/** Wall-clock and CPU time (user + system, this process) of one call. */
function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { value, ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

/** Everything printed, for the alignment section of bench/RESULTS.md. */
const printed: string[] = [];
const log = (line: string) => {
  printed.push(line);
  console.log(line);
};

/** Replaces the alignment section at the end of bench/RESULTS.md (bench/index.ts writes the rest). */
function writeSection(): void {
  const file = fileURLToPath(new URL('RESULTS.md', import.meta.url));
  const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const head = before.split(SECTION)[0]!.trimEnd();
  const cpu = os.cpus();
  const machine = `${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${LOAD_AT_START.toFixed(1)} at the start`;
  const body = [
    SECTION,
    '',
    `Written by \`npx tsx bench/align.ts\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.`,
    '',
    '```',
    ...printed,
    '```',
    '',
  ];
  writeFileSync(file, `${head}\n\n${body.join('\n')}`);
}

const SECTION = '## Alignment';
const LOAD_AT_START = os.loadavg()[0] ?? 0;

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

/** Three-text beads, en as source: jointly, or as two pairwise runs through en combined. */
function jointTable(name: string, corpus: readonly ParallelText[], lexicons: Lexicons): void {
  const systems: [string, (t: [string[], string[], string[]]) => number[][][]][] = [
    ['joint+dict', (t) => alignJoint(t, { lexicons, langs: ['en', 'ru', 'zh'] }).beads],
    ['joint', (t) => alignJoint(t, { langs: ['en', 'ru', 'zh'] }).beads],
    [
      'pairwise+dict',
      (t) =>
        composePairwise(
          t[0].length,
          alignParagraphs(t[0], t[1], { lexicons, langs: ['en', 'ru'] }).beads,
          alignParagraphs(t[0], t[2], { lexicons, langs: ['en', 'zh'] }).beads,
        ),
    ],
    ['pairwise', (t) => composePairwise(t[0].length, alignParagraphs(t[0], t[1]).beads, alignParagraphs(t[0], t[2]).beads)],
    [
      'GC c=1',
      (t) =>
        composePairwise(
          t[0].length,
          alignParagraphs(t[0], t[1], GALE_CHURCH_BASELINE).beads,
          alignParagraphs(t[0], t[2], GALE_CHURCH_BASELINE).beads,
        ),
    ],
  ];
  const cols = [22, ...systems.flatMap(() => [14, 7])];
  log(`\n${name}: three texts en+ru+zh (ru and zh perturbed independently), strict three-text bead F1 and ms\n`);
  log(pad(['condition', ...systems.flatMap(([n]) => [`${n} F1`, 'ms'])], cols));
  for (const condition of CONDITIONS) {
    const cases = jointCases(corpus, condition);
    const cells = [`en+ru+zh ${condition}`];
    for (const [, align] of systems) {
      const { value, ms } = timed(() => scoreJointCases(cases, (t) => align(t) as [number[], number[], number[]][]));
      cells.push(f1(value).toFixed(4), ms.toFixed(0));
    }
    log(pad(cells, cols));
  }
}

/** Pairwise beads in every direction. */
function pairTable(name: string, corpus: readonly ParallelText[], lexicons: Lexicons): void {
  const systems: [string, (src: 'en' | 'ru' | 'zh', tgt: 'en' | 'ru' | 'zh') => AlignOptions][] = [
    ['engine+dict', (s, t) => ({ lexicons, langs: [s, t] })],
    ['engine', () => ({})],
    ['no-evidence', () => ({ evidence: false })],
    ['GC c=1', () => GALE_CHURCH_BASELINE],
  ];
  const cols = [20, ...systems.flatMap(() => [14, 6])];
  log(`\n${name}: pairwise, strict bead F1 and ms (engine = defaults; no-evidence = without anchor terms)\n`);
  log(pad(['pair / condition', ...systems.flatMap(([n]) => [`${n} F1`, 'ms'])], cols));
  const sums = systems.map(() => ({ f1: 0, ms: 0, rows: 0 }));
  for (const condition of CONDITIONS as readonly Condition[]) {
    for (const [src, tgt] of PAIRS) {
      const cases = devCases(corpus, src, tgt, condition);
      const cells = [`${src}→${tgt} ${condition}`];
      systems.forEach(([, opts], k) => {
        const o = opts(src, tgt);
        const { value, ms } = timed(() => scoreCases(cases, (s, t) => alignParagraphs(s, t, o).beads));
        const v = f1(value);
        const acc = sums[k]!;
        acc.f1 += v;
        acc.ms += ms;
        acc.rows += 1;
        cells.push(v.toFixed(4), ms.toFixed(0));
      });
      log(pad(cells, cols));
    }
  }
  log(pad(['mean', ...sums.flatMap((s) => [(s.f1 / s.rows).toFixed(4), (s.ms / s.rows).toFixed(0)])], cols));
}

function largeTable(): void {
  log('\nSynthetic paragraphs (2% dropped, 2% merged; three texts: each translation independently)\n');
  const cols = [22, 8, 8, 8, 8, 8, 12, 6];
  log(pad(['size', 'system', 'F1', 'ms', 'cpu ms', 'heap MB', 'peak RSS MB', 'band'], cols));
  const row = (size: string, name: string, run: () => { f1: number; band: number }) => {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const { value, ms, cpuMs } = timed(run);
    const heap = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    const peak = process.resourceUsage().maxRSS / 1024;
    log(
      pad(
        [size, name, value.f1.toFixed(4), ms.toFixed(0), cpuMs.toFixed(0), heap.toFixed(1), peak.toFixed(0), String(value.band)],
        cols,
      ),
    );
  };
  for (const n of [1000, 10000]) {
    const c = syntheticCase(n, 42);
    for (const [name, opts] of [
      ['engine', {}],
      ['GC c=1', GALE_CHURCH_BASELINE],
    ] as const) {
      row(`${n}×${c.tgt.length}`, name, () => {
        const r = alignParagraphs(c.src, c.tgt, opts);
        return { f1: f1(scoreBeads(r.beads, c.gold)), band: r.band };
      });
    }
    const t = syntheticTriple(n, 42);
    row(`${n}×${t.texts[1].length}×${t.texts[2].length}`, 'joint', () => {
      const r = alignJoint(t.texts);
      return { f1: f1(scoreBeads(r.beads, t.gold)), band: r.band };
    });
  }
  log("\nms = wall clock; cpu ms = this process's CPU time, the better figure on a busy machine;");
  log('heap MB = heap growth across the call (rough); peak RSS = process high-water mark so far.');
}

async function main(): Promise<void> {
  // Large inputs first, before the dictionaries fill the heap.
  if (!process.argv.includes('--no-large')) largeTable();
  if (process.argv.includes('--large-only')) return;
  const dev = loadCorpus();
  const evalSet = loadEvalSet();
  const { value: lexicons, ms } = await (async () => {
    const t0 = performance.now();
    const value = await loadLexicons();
    return { value, ms: performance.now() - t0 };
  })();
  log(`Development set (tuned on): ${dev.map((t) => `${t.id} ${t.units.length}`).join(', ')} units`);
  log(`Evaluation set (never tuned on): ${evalSet.map((t) => `${t.id} ${t.units.length}`).join(', ')} units`);
  log(`Dictionaries: ${Object.keys(lexicons).join(', ') || 'none'} (loaded in ${ms.toFixed(0)} ms)`);
  jointTable('Evaluation set', evalSet, lexicons);
  jointTable('Development set', dev, lexicons);
  pairTable('Evaluation set', evalSet, lexicons);
  pairTable('Development set', dev, lexicons);
  if (!process.argv.includes('--no-write')) writeSection();
}

void main();
