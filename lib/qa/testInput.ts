import type { Lang } from '../languages';
import type { QaInput } from './types';

/** A check's input for tests: English source unless told, no glossary, no other target. */
export function qaInput(source: string, text: string, lang: Lang, extra: Partial<QaInput> = {}): QaInput {
  return { sourceLang: 'en', lang, source, text, glossary: [], others: [], lengthRange: null, ...extra };
}
