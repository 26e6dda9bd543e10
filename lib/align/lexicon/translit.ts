const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * A spelling-free skeleton of a name: Latin letters, vowels and doubled letters dropped, the
 * letters that Russian and English render differently folded together (c/k/q, w/v, x → ks,
 * ph → f, th → t, gh/h → g...). "Anderson" and «Андерсон» both give "ndrsn".
 */
export function nameSkeleton(latin: string): string {
  const s = latin
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ck/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/[cq]/g, 'k')
    .replace(/w/g, 'v')
    .replace(/[hg]/g, 'g')
    .replace(/j/g, 'dzh')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');
  return s;
}

export function cyrillicToLatin(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return out;
}

/**
 * Name keys for Latin↔Cyrillic matching: capitalised words of at least four letters, as
 * skeletons of at least three consonants (shorter ones collide too often). Russian case
 * endings change the last letters, so only the first four consonants count.
 */
export function transliteratedNames(text: string, script: 'latin' | 'cyrillic'): string[] {
  const re = script === 'latin' ? /\b[A-Z][a-z]{3,}\b/g : /(?<![А-Яа-яЁё])[А-ЯЁ][а-яё]{3,}/gu;
  const out = new Set<string>();
  for (const m of text.matchAll(re)) {
    const latin = script === 'latin' ? m[0] : cyrillicToLatin(m[0]);
    const skeleton = nameSkeleton(latin).slice(0, 4);
    if (skeleton.length >= 3) out.add(`T${skeleton}`);
  }
  return [...out];
}
