const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;

/**
 * Dictionary forms an English word may come from, the word itself first: lowercase, then
 * plural -s/-es/-ies, possessive 's, -ed and -ing with their spelling changes (doubled
 * consonant, dropped e), and co-operation for cooperation. The dictionary decides which exist.
 */
export function englishCandidates(word: string): string[] {
  const lower = word.toLowerCase().replace(/[’]/g, "'");
  const out = [word, lower];
  const add = (form: string) => {
    if (form.length >= 2) out.push(form);
  };
  const w = lower.replace(/'s$|s'$/, (m) => (m === "s'" ? 's' : ''));
  add(w);
  if (w.endsWith('ies')) add(w.slice(0, -3) + 'y');
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) add(w.slice(0, -1));
  for (const suffix of ['ed', 'ing']) {
    if (!w.endsWith(suffix)) continue;
    const stem = w.slice(0, -suffix.length);
    add(stem);
    add(stem + 'e');
    if (suffix === 'ed' && stem.endsWith('i')) add(stem.slice(0, -1) + 'y');
    const last = stem[stem.length - 1] ?? '';
    if (CONSONANT.test(last) && stem[stem.length - 2] === last) add(stem.slice(0, -1));
  }
  for (const form of [...out]) {
    if (/^co[aeiou]/.test(form)) out.push('co-' + form.slice(2));
  }
  return [...new Set(out)];
}
