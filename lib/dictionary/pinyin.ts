const MARKS: Record<string, string> = {
  a: 'āáǎà',
  e: 'ēéěè',
  i: 'īíǐì',
  o: 'ōóǒò',
  u: 'ūúǔù',
  ü: 'ǖǘǚǜ',
};

function markSyllable(syllable: string): string {
  const match = /^([a-zü:]+?)([1-5])$/i.exec(syllable);
  if (!match) return syllable.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
  const body = (match[1] as string).replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');
  const tone = Number(match[2]);
  if (tone === 5) return body === 'r' ? 'r' : body;
  const lower = body.toLowerCase();
  // Tone goes on a or e; on the o of ou; otherwise on the last vowel.
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) {
    for (let i = lower.length - 1; i >= 0; i--) {
      if ('aeiouü'.includes(lower[i] as string)) {
        at = i;
        break;
      }
    }
  }
  if (at < 0) return body;
  const vowel = lower[at] as string;
  let marked = (MARKS[vowel] as string)[tone - 1] as string;
  if (body[at] !== vowel) marked = marked.toUpperCase();
  return body.slice(0, at) + marked + body.slice(at + 1);
}

/** CC-CEDICT's numbered pinyin ("yin2 hang2", "lu:4", "er2 r5") with tone marks ("yín háng"). */
export function pinyinWithMarks(numbered: string): string {
  return numbered.split(' ').filter(Boolean).map(markSyllable).join(' ');
}
