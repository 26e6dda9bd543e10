import { access, readFile } from 'node:fs/promises';
import { parseStressDictionary, type StressDictionary } from '@/lib/text-aids/stress';
import { readConfig } from '../config';

/**
 * The Russian stress lexicon of the Debian package festvox-ru (Festival's Russian voice, BSD-like
 * licence): 181,000 word forms with their stressed vowel. `apt-get install festvox-ru` puts it
 * here; TRIGLOT_STRESS_DICTIONARY names another copy.
 */
export const FESTVOX_RU_LEXICON = '/usr/share/festival/voices/russian/msu_ru_nsh_clunits/dict/msu_ru_nsh_dict.scm';
/** A lexicon larger than this is not one: refuse it rather than hold it in memory. */
const MAX_BYTES = 32 * 1024 * 1024;

let loading: Promise<StressDictionary | null> | undefined;
let present: Promise<boolean> | undefined;

function lexiconPath(): string {
  return readConfig().stressDictionary ?? FESTVOX_RU_LEXICON;
}

async function load(file: string): Promise<StressDictionary | null> {
  try {
    const source = await readFile(file, 'utf8');
    if (source.length > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES} bytes`);
    const dictionary = parseStressDictionary(source);
    if (dictionary.size === 0) throw new Error('no entries in it');
    return dictionary;
  } catch (error) {
    console.warn(
      `Stress marks are off: cannot read the Russian stress lexicon ${file} (${(error as Error).message}). ` +
        'Install the Debian package festvox-ru or set TRIGLOT_STRESS_DICTIONARY.',
    );
    return null;
  }
}

/**
 * The stress dictionary, read on first use and kept for the life of the process (3.9 MB of
 * typed arrays; reading it takes about 0.3 s once); null when the lexicon is not installed,
 * and then stress marks are not offered.
 */
export function getStressDictionary(): Promise<StressDictionary | null> {
  loading ??= load(lexiconPath());
  return loading;
}

/** Whether the lexicon is there to read (asked once), without reading it: to offer stress marks. */
export function hasStressDictionary(): Promise<boolean> {
  present ??= access(lexiconPath()).then(
    () => true,
    () => false,
  );
  return present;
}
