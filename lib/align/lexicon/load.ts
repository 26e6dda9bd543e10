import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Lang } from '../types';
import { englishStem, russianStem, type Lexicons, type WordLexicon } from './concepts';

/**
 * English–Russian dictionaries in dictd format from Debian packages, best first:
 * mueller7-dict (Müller's dictionary, GPL-2+, about 50,000 entries) and
 * dict-freedict-eng-rus (FreeDict, about 1,700 entries).
 */
export const RUSSIAN_DICTIONARIES = ['/usr/share/dictd/mueller7', '/usr/share/dictd/freedict-eng-rus'];

const MAX_SENSES = 8;
const MAX_RUSSIAN_PER_ENTRY = 10;

/** English stems of a CC-CEDICT definition, or none when it is no plain gloss. */
export function glossStems(definition: string): string[] {
  const d = definition.replace(/\([^)]*\)/g, ' ').trim();
  if (/^(?:CL:|variant of|old variant|surname|see |abbr\.|used in|also written|erhua|\w+ pr\.)/i.test(d)) return [];
  const words = d.replace(/^to /, '').match(/[A-Za-z]+/g) ?? [];
  if (words.length === 0 || words.length > 3) return [];
  return words.filter((w) => w.length >= 3).map(englishStem);
}

type CedictEntry = [string, string, string, string | string[], ...unknown[]];

/** Simplified Chinese words of two or more characters → English stems of their glosses. */
export function cedictLexicon(entries: readonly CedictEntry[]): WordLexicon {
  const map = new Map<string, string[]>();
  for (const [, simplified, , english] of entries) {
    if (Array.from(simplified).length < 2) continue;
    const defs = typeof english === 'string' ? [english] : english;
    const stems = map.get(simplified) ?? [];
    for (const d of defs) for (const s of glossStems(d)) if (!stems.includes(s) && stems.length < MAX_SENSES) stems.push(s);
    if (stems.length > 0) map.set(simplified, stems);
  }
  return map;
}

/**
 * Inverts a dictd English→Russian dictionary: Russian stems of the translations of one-word
 * headwords → English stems. Words after "_" are the dictionary's labels (_n., _воен.).
 */
export function dictdLexicon(index: string, bytes: Uint8Array): WordLexicon {
  const map = new Map<string, string[]>();
  for (const line of index.split('\n')) {
    const [head, off, len] = line.split('\t');
    if (!head || !off || !len || !/^[a-z]{3,}$/.test(head)) continue;
    const start = base64Number(off);
    const body = decoder.decode(bytes.subarray(start, start + base64Number(len)));
    const en = englishStem(head);
    let taken = 0;
    for (const m of body.matchAll(/(?<![_А-Яа-яЁё])[А-Яа-яЁё]{3,}/gu)) {
      if (taken++ >= MAX_RUSSIAN_PER_ENTRY) break;
      const stem = russianStem(m[0]);
      const list = map.get(stem) ?? [];
      if (!list.includes(en) && list.length < MAX_SENSES) list.push(en);
      map.set(stem, list);
    }
  }
  return map;
}

const decoder = new TextDecoder();
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd's index numbers: base64 digits, most significant first. */
export function base64Number(s: string): number {
  let n = 0;
  for (const ch of s) n = n * 64 + B64.indexOf(ch);
  return n;
}

let cache: Promise<Lexicons> | undefined;

/**
 * The installed dictionaries, loaded once on first use (CC-CEDICT from the cc-cedict
 * package for Chinese; a Debian dictd dictionary for Russian). A missing one is left out:
 * alignment works without it, only with less evidence.
 */
export function loadLexicons(): Promise<Lexicons> {
  cache ??= (async () => {
    const out: Lexicons = {};
    try {
      // The package's entry point indexes the whole dictionary for look-ups (seconds); its
      // data file is one JSON object behind `export default`, read here as JSON: faster, and
      // no bundler has to follow a dynamic import.
      const file = packageFile('cc-cedict', 'data/all.js');
      if (file) {
        const text = readFileSync(file, 'utf8');
        const data = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as { all: CedictEntry[] };
        out.zh = cedictLexicon(data.all);
      }
    } catch {
      // cc-cedict not installed: Chinese gets no dictionary keys.
    }
    const ru = russianLexicon();
    if (ru) out.ru = ru;
    return out;
  })();
  return cache;
}

/** A file of an installed package, looked for in node_modules above the working directory and this file. */
function packageFile(pkg: string, file: string): string | undefined {
  const starts = [process.cwd()];
  try {
    starts.push(dirname(fileURLToPath(import.meta.url)));
  } catch {
    // Bundled without a file URL: the working directory has to do.
  }
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'node_modules', pkg, file);
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  return undefined;
}

function russianLexicon(): WordLexicon | undefined {
  for (const base of RUSSIAN_DICTIONARIES) {
    if (!existsSync(`${base}.index`) || !existsSync(`${base}.dict.dz`)) continue;
    return dictdLexicon(readFileSync(`${base}.index`, 'utf8'), gunzipSync(readFileSync(`${base}.dict.dz`)));
  }
  return undefined;
}

/** Which languages have a dictionary loaded (for reports). */
export function lexiconLanguages(lexicons: Lexicons): Lang[] {
  return (Object.keys(lexicons) as Lang[]).filter((l) => lexicons[l] !== undefined);
}
