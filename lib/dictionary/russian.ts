import { foldRussian } from './text';

/*
 * A light Russian stemmer after the Snowball algorithm: it cuts the inflectional ending off a
 * word (case, number, gender, person, tense, reflexive -ся) so that "стратегического" and
 * "стратегический" meet at "стратегическ". The dictionary's Russian words are cut the same
 * way, so a word in any form finds its dictionary form.
 */

const VOWELS = 'аеиоуыэюя';
const GERUND_1 = ['вшись', 'вши', 'в'];
const GERUND_2 = ['ившись', 'ывшись', 'ивши', 'ывши', 'ив', 'ыв'];
const REFLEXIVE = ['ся', 'сь'];
const ADJECTIVE = [
  'ими',
  'ыми',
  'его',
  'ого',
  'ему',
  'ому',
  'ее',
  'ие',
  'ые',
  'ое',
  'ей',
  'ий',
  'ый',
  'ой',
  'ем',
  'им',
  'ым',
  'ом',
  'их',
  'ых',
  'ую',
  'юю',
  'ая',
  'яя',
  'ою',
  'ею',
];
const PARTICIPLE_1 = ['ем', 'нн', 'вш', 'ющ', 'щ'];
const PARTICIPLE_2 = ['ивш', 'ывш', 'ующ'];
const VERB_1 = ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'];
const VERB_2 = [
  'ила',
  'ыла',
  'ена',
  'ейте',
  'уйте',
  'ите',
  'или',
  'ыли',
  'ей',
  'уй',
  'ил',
  'ыл',
  'им',
  'ым',
  'ен',
  'ило',
  'ыло',
  'ено',
  'ят',
  'ует',
  'уют',
  'ит',
  'ыт',
  'ены',
  'ить',
  'ыть',
  'ишь',
  'ую',
  'ю',
];
const NOUN = [
  'иями',
  'ями',
  'ами',
  'ией',
  'иям',
  'ием',
  'иях',
  'ев',
  'ов',
  'ие',
  'ье',
  'еи',
  'ии',
  'ей',
  'ой',
  'ий',
  'ям',
  'ем',
  'ам',
  'ом',
  'ах',
  'ях',
  'ию',
  'ью',
  'ия',
  'ья',
  'а',
  'е',
  'и',
  'й',
  'о',
  'у',
  'ы',
  'ь',
  'ю',
  'я',
];

const byLength = (list: string[]) => [...list].sort((a, b) => b.length - a.length);
const SORTED = {
  gerund1: byLength(GERUND_1),
  gerund2: byLength(GERUND_2),
  adjective: byLength(ADJECTIVE),
  participle1: byLength(PARTICIPLE_1),
  participle2: byLength(PARTICIPLE_2),
  verb1: byLength(VERB_1),
  verb2: byLength(VERB_2),
  noun: byLength(NOUN),
};

/** The longest ending of `list` on `rv`; group-1 endings must follow а or я, which stays. */
function ending(rv: string, list: string[], afterAOrYa: boolean): string | null {
  for (const end of list) {
    if (!rv.endsWith(end)) continue;
    if (afterAOrYa) {
      const before = rv[rv.length - end.length - 1];
      if (before !== 'а' && before !== 'я') continue;
    }
    return end;
  }
  return null;
}

function cut(rv: string, groups: [string[], boolean][]): string | null {
  for (const [list, after] of groups) {
    const end = ending(rv, list, after);
    if (end !== null) return rv.slice(0, rv.length - end.length);
  }
  return null;
}

/** The stem of a Russian word (lowercase, ё as е, stress marks and soft hyphens gone). */
export function russianStem(word: string): string {
  const folded = foldRussian(word);
  const firstVowel = [...folded].findIndex((ch) => VOWELS.includes(ch));
  if (firstVowel < 0) return folded;
  const head = folded.slice(0, firstVowel + 1);
  let rv = folded.slice(firstVowel + 1);

  const gerund = cut(rv, [
    [SORTED.gerund1, true],
    [SORTED.gerund2, false],
  ]);
  if (gerund !== null) rv = gerund;
  else {
    rv = cut(rv, [[REFLEXIVE, false]]) ?? rv;
    const adjective = cut(rv, [[SORTED.adjective, false]]);
    if (adjective !== null) {
      rv =
        cut(adjective, [
          [SORTED.participle1, true],
          [SORTED.participle2, false],
        ]) ?? adjective;
    } else {
      rv =
        cut(rv, [
          [SORTED.verb1, true],
          [SORTED.verb2, false],
        ]) ??
        cut(rv, [[SORTED.noun, false]]) ??
        rv;
    }
  }
  if (rv.endsWith('и')) rv = rv.slice(0, -1);
  if (rv.endsWith('ейше')) rv = rv.slice(0, -4);
  else if (rv.endsWith('ейш')) rv = rv.slice(0, -3);
  if (rv.endsWith('нн')) rv = rv.slice(0, -1);
  else if (rv.endsWith('ь')) rv = rv.slice(0, -1);
  return head + rv;
}
