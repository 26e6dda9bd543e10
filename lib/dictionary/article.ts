/** One English→Russian dictionary article (Mueller's or FreeDict's dictd text), as the look-up uses it. */
export interface Article {
  headword: string;
  /** The transcription, without its brackets or slashes. */
  transcription: string | null;
  /** Russian renderings, one string per sense, examples with English in them left out. */
  senses: string[];
  /** Single Russian words or short phrases that render the headword, in the article's order. */
  terms: string[];
  /** Irregular forms the article names ("(went - gone)"). */
  forms: string[];
}

const MAX_SENSES = 12;
const SENSE_START = /^\s*(?:_[IVX]+\b\s*|\d+[.)]\s*|[а-я]\)\s*)+/;
const LATIN = /[A-Za-z]/;
const CYRILLIC = /[\u0400-\u04FF]/;

/** Drops the dictionary's labels (_n., _ав., _attr.), cross references and transcriptions. */
function clean(text: string): string {
  return text
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/_[^\s.,;)]+\.?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parenthesised parts go when they hold English (usage notes like "(часто bank up)"). */
function dropLatinParentheses(text: string): string {
  return text
    .replace(/\([^()]*\)/g, (part) => (LATIN.test(part) ? ' ' : part))
    .replace(/\s+/g, ' ')
    .trim();
}

function termsOf(clause: string): string[] {
  return clause
    .replace(/\([^()]*\)/g, '')
    .split(',')
    .map((t) => t.replace(/[.:!?]+$/, '').trim())
    .filter((t) => t.length > 0 && CYRILLIC.test(t) && !LATIN.test(t) && t.split(' ').length <= 3);
}

/**
 * Mueller's bracketed transcriptions use their own letters: ↗ before the stressed syllable,
 * ↘ before a secondary stress, ɜ for the schwa (ɜ: is ɜ:) and ɘ for the open o. Shown in IPA.
 */
function muellerIpa(text: string): string {
  return text
    .replace(/↗/g, 'ˈ')
    .replace(/↘/g, 'ˌ')
    .replace(/ɜ(?!:)/g, 'ə')
    .replace(/ɘ/g, 'ɒ');
}

export function parseArticle(text: string): Article {
  const lines = text.replace(/\r/g, '').split('\n');
  const first = (lines.shift() ?? '').trim();
  // FreeDict puts the transcription on the headword's line: "bank /bæŋk/".
  const slash = /^(.*?)\s+\/([^/]+)\/\s*$/.exec(first);
  const headword = slash ? (slash[1] as string) : first;
  let transcription = slash ? (slash[2] as string) : null;

  // Wrapped lines continue the sense before them; a new sense starts with its number.
  const chunks: string[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    if (chunks.length === 0 || SENSE_START.test(line)) chunks.push(line);
    else chunks[chunks.length - 1] += ' ' + line.trim();
  }

  const senses: string[] = [];
  const terms: string[] = [];
  const forms: string[] = [];
  for (const chunk of chunks) {
    transcription ??= /\[([^\]]+)\]/.exec(chunk)?.[1] ?? null;
    const irregular = /\(([a-z]+(?: - [a-z]+)+)\)/.exec(chunk);
    if (irregular) forms.push(...(irregular[1] as string).split(' - '));
    const body = dropLatinParentheses(clean(chunk.replace(SENSE_START, '')));
    const clauses = body
      .split(';')
      .map((c) => c.trim())
      .filter((c) => CYRILLIC.test(c) && !LATIN.test(c));
    if (clauses.length === 0) continue;
    if (senses.length < MAX_SENSES) senses.push(clauses.join('; '));
    for (const clause of clauses) terms.push(...termsOf(clause));
  }
  return {
    headword,
    transcription: slash ? transcription : transcription && muellerIpa(transcription),
    senses: [...new Set(senses)],
    terms: [...new Set(terms)],
    forms: [...new Set(forms)].filter((f) => f !== headword),
  };
}
