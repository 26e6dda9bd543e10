/**
 * Abbreviations after which a full stop does not end a sentence, because
 * something (a name, a number, a place) always follows. Lower-case, no dots.
 */
export const NEVER_FINAL = new Set([
  // English
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'vs', 'no', 'nos', 'fig', 'figs', 'gen', 'col', 'capt', 'lt', 'sgt',
  'rev', 'hon', 'mt', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e',
  'cf', 'approx', 'viz', 'vol', 'pp', 'ch', 'sec', 'art',
  // Russian
  'им', 'см', 'ул', 'пр', 'просп', 'пл', 'проф', 'акад', 'доц', 'рис', 'стр', 'табл', 'гл', 'напр', 'ср', 'св',
  'тов', 'гр', 'обл', 'р-н', 'пос', 'дер',
]);

/**
 * Abbreviations that often end a sentence ("and so on."): the stop ends one
 * when a capital follows.
 */
export const OFTEN_FINAL = new Set(['etc', 'др', 'inc', 'ltd', 'co', 'corp', 'jr', 'тыс', 'млн', 'млрд', 'руб', 'коп', 'в.в', 'вв']);

/** "г." / "гг." end a sentence only after a year ("в 1999 г."); "г. Москва" is a town. */
export const YEAR_MARKERS = new Set(['г', 'гг']);

/** Two-part Russian abbreviations whose last part ends a sentence ("и т. д."). */
export const FINAL_PAIRS = [/т\.\s?д$/u, /т\.\s?п$/u];

/** Dotted acronyms (U.S., U.K.) are ambiguous; a stop after them ends a sentence only before these words. */
export const SENTENCE_STARTERS = new Set([
  'the', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'in', 'on', 'at', 'but',
  'and', 'however', 'there', 'a', 'an', 'as', 'after', 'when', 'if', 'its', 'his', 'her', 'their', 'our', 'for',
]);
