/**
 * The look-up's dictionaries: how long each takes to load on the first look-up and how much
 * memory it then holds, and how long a look-up takes once loaded. Prints figures, asserts none.
 *   node --expose-gc --conditions=react-server --import tsx bench/dictionary.ts
 * (react-server: server/dictionary is server-only.)
 */
import { getCedict, getEnglishRussian, lookupWord } from '../server/dictionary';
import type { LookupQuery } from '../lib/dictionary/lookup';

const gc = (globalThis as { gc?: () => void }).gc;
const MiB = 1024 * 1024;

function memory() {
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, outside: m.external + m.arrayBuffers, rss: m.rss };
}

async function measure(name: string, load: () => Promise<unknown>) {
  const before = memory();
  const start = performance.now();
  await load();
  const ms = performance.now() - start;
  const after = memory();
  const mb = (n: number) => (n / MiB).toFixed(1).padStart(6);
  console.log(
    `${name.padEnd(24)} load ${ms.toFixed(0).padStart(5)} ms   heap +${mb(after.heap - before.heap)} MiB   buffers +${mb(after.outside - before.outside)} MiB   rss +${mb(after.rss - before.rss)} MiB`,
  );
}

if (!gc) console.log('(run with --expose-gc for memory figures after collection)');
await measure('CC-CEDICT', getCedict);
await measure('English–Russian (dictd)', getEnglishRussian);

const queries: LookupQuery[] = [
  { lang: 'zh', q: '来自中俄两国的50余位知名专家学者齐聚', at: 14, ui: 'en' },
  { lang: 'ru', q: 'стратегического', at: null, ui: 'zh' },
  { lang: 'en', q: 'countries', at: null, ui: 'ru' },
];
for (const query of queries) {
  const rounds = 2000;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await lookupWord(query);
  console.log(
    `look-up ${query.lang} ${JSON.stringify(query.q).padEnd(40)} ${(((performance.now() - start) / rounds) * 1000).toFixed(0)} µs`,
  );
}
