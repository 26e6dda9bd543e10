const TOKEN = /[A-Za-z][A-Za-z0-9]*(?:[-'’.][A-Za-z0-9]+)*/g;

/**
 * Latin-script words with a capital letter: names and acronyms (SREB, TPP,
 * iPhone). In English text most of these are ordinary capitalised words, but
 * only keys that occur in both texts are ever used, so they fall away.
 */
export function extractLatinNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const w = m[0].replace(/[.]+$/, '');
    if (w.length >= 2 && /[A-Z]/.test(w)) out.push(w);
  }
  return out;
}
