import { describe, expect, it } from 'vitest';
import { parseArticle } from './article';

// Shaped like the articles of Mueller's dictionary: senses numbered, labels after "_",
// examples in English beside their Russian, long lines wrapped.
const MUELLER_BANK = `bank
   _I  [bæŋk]
      1. _n.
         1) вал, насыпь
         2) берег (особ. реки)
         4) нанос; занос; bank of snow снежный занос; сугроб; bank of clouds
         гряда облаков
      2. _v.
         2) образовать наносы (о песке, снеге; часто bank up)
   _II [bæŋk]
      1. _n.
         1) банк; bank of issue эмиссионный банк
`;

describe('parseArticle', () => {
  it('keeps the Russian renderings of each sense and leaves out examples with English', () => {
    const article = parseArticle(MUELLER_BANK);
    expect(article.headword).toBe('bank');
    expect(article.transcription).toBe('bæŋk');
    expect(article.senses).toEqual(['вал, насыпь', 'берег (особ. реки)', 'нанос; занос; сугроб', 'образовать наносы', 'банк']);
    expect(article.terms).toEqual(['вал', 'насыпь', 'берег', 'нанос', 'занос', 'сугроб', 'образовать наносы', 'банк']);
  });

  it('shows Mueller transcriptions in IPA and finds irregular forms', () => {
    const article = parseArticle('go\n   [gɜʊ]\n   1. _v. (went - gone)\n      1) идти, ходить\n');
    expect(article.transcription).toBe('gəʊ');
    expect(article.forms).toEqual(['went', 'gone']);
    expect(article.senses).toEqual(['идти, ходить']);
    expect(parseArticle('strategic\n   [strɜ↗ti:dʒɪk] _a. стратегический\n').transcription).toBe('strəˈti:dʒɪk');
  });

  it('reads FreeDict articles, with the transcription on the headword line', () => {
    const article = parseArticle('country /kʌntriː/\n1. деревня\n2. страна\n');
    expect(article).toMatchObject({ headword: 'country', transcription: 'kʌntriː', senses: ['деревня', 'страна'] });
  });
});
