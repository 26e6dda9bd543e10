import { createHash } from 'node:crypto';

/**
 * Hash of a source text, kept with each translation so that a later change of the source
 * marks the translation outdated. NFC first: the same words typed on another keyboard
 * (composed vs decomposed Cyrillic й, for example) are the same source.
 */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}
