import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Lang } from '../types';

const Unit = z.object({ en: z.string().min(1), ru: z.string().min(1), zh: z.string().min(1) });
const Text = z.object({ id: z.string(), genre: z.string(), units: z.array(Unit).min(1) });

export type ParallelUnit = z.infer<typeof Unit>;
export type ParallelText = z.infer<typeof Text>;

export const FIXTURE_DIR = fileURLToPath(new URL('../../../tests/fixtures/align/', import.meta.url));

/** The hand-written parallel texts, sorted by file name for stable order. */
export function loadCorpus(dir: string = FIXTURE_DIR): ParallelText[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => Text.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

export const LANGS: readonly Lang[] = ['en', 'ru', 'zh'];
