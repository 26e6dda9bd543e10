import { ID_PATTERN } from '../content/schema';
import type { Lang } from '../languages';

/**
 * Russian letters in Latin ones: a simplified BGN/PCGN romanisation without diacritics
 * (Война и мир → voyna-i-mir), enough for an address that stays readable. Ukrainian and other
 * Cyrillic letters of the Unicode block that the table lacks are dropped like punctuation.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'w',
}; // prettier-ignore

/** Longest slug suggested; longer titles are cut at a word. */
export const MAX_SLUG = 60;

/**
 * A document id made from a title: lower-case Latin letters and digits, words joined by single
 * hyphens ("War and Peace 1" → war-and-peace-1). Accents are dropped (Café → cafe), Cyrillic is
 * romanised, apostrophes vanish (Don't → dont); Chinese characters have no romanisation here
 * (no pinyin table ships with the app), so they separate words like punctuation and a purely
 * Chinese title gives ''. See suggestId for the fallback.
 */
export function slugify(title: string): string {
  let out = '';
  // Cyrillic first, composed (й and ё are letters of their own, not и and е with a mark).
  for (const composed of title.normalize('NFC').toLowerCase()) {
    const cyrillic = CYRILLIC[composed];
    if (cyrillic !== undefined) {
      out += cyrillic;
      continue;
    }
    for (const ch of composed.normalize('NFKD')) {
      if (/[a-z0-9]/.test(ch)) out += ch;
      else if (!/[\p{M}'’ʼ]/u.test(ch)) out += '-';
    }
  }
  const slug = out.replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : cut.slice(0, MAX_SLUG)).replace(/-$/, '');
}

/**
 * The id suggested for a document with these titles: the slug of the source language's title,
 * else of a translation's (a Chinese original titled "The Floating Library" in English gets
 * floating-library), Chinese titles last since only their Latin letters and digits count. With
 * no letter to go on, `doc-` and a short hash of the titles, stable for the same titles.
 */
export function suggestId(titles: Partial<Record<Lang, string>>, languages: readonly Lang[]): string {
  const order = [...languages.filter((l) => l !== 'zh'), ...languages.filter((l) => l === 'zh')];
  for (const lang of order) {
    const slug = slugify(titles[lang] ?? '');
    if (/[a-z]/.test(slug)) return slug;
  }
  const all = languages.map((l) => titles[l] ?? '').join('\n');
  return `doc-${hash(all)}`;
}

/** FNV-1a, 32 bits, in base 36: six or seven characters. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** What is wrong with an id a person typed, for a message that says how to fix it. */
export type IdProblem =
  | { code: 'empty' }
  | { code: 'uppercase'; suggestion: string }
  | { code: 'space'; suggestion: string }
  | { code: 'character'; character: string; suggestion: string }
  | { code: 'hyphens'; suggestion: string };

/** Undefined for a valid id (ID_PATTERN); otherwise the first thing wrong with it and a valid suggestion. */
export function idProblem(id: string): IdProblem | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  if (id.trim() === '') return { code: 'empty' };
  const suggestion = slugify(id);
  if (/\s/.test(id)) return { code: 'space', suggestion };
  if (/[A-Z]/.test(id) && ID_PATTERN.test(id.toLowerCase())) return { code: 'uppercase', suggestion };
  const bad = [...id].find((ch) => !/[a-z0-9-]/.test(ch));
  if (bad !== undefined) return { code: 'character', character: bad, suggestion };
  return { code: 'hyphens', suggestion };
}
