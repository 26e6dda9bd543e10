import { describe, expect, it } from 'vitest';
import { FormatError } from './model';
import { planImport } from './plan';
import { sampleDocument } from './sample';
import { readXliff, writeXliff } from './xliff';

const bytes = (text: string) => [Buffer.from(text, 'utf8')];

describe('writeXliff', () => {
  const xliff = writeXliff(sampleDocument(), 'zh');

  it('writes one unit per segment with the segment id, source and target', () => {
    expect(xliff).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"');
    expect(xliff).toContain('srcLang="en" trgLang="zh"');
    expect(xliff.match(/<unit /g)).toHaveLength(5);
    expect(xliff).toContain('<source>Tea &amp; the &lt;Silk&gt; Road</source>');
    expect(xliff).toContain('<target>茶与&lt;丝绸&gt;之路</target>');
  });

  it('maps statuses to XLIFF states: checked final, draft translated, outdated initial with a note, missing no target', () => {
    const unit = (id: string) => new RegExp(`<unit id="${id}"[\\s\\S]*?</unit>`).exec(xliff)?.[0] ?? '';
    expect(unit('title')).toContain('<segment state="final">');
    expect(unit('p1')).toContain('<segment state="translated">');
    expect(unit('p3')).toContain('<segment state="initial">');
    expect(unit('p3')).toContain('<note category="outdated">');
    expect(unit('p4')).toContain('<segment>');
    expect(unit('p4')).not.toContain('<target>');
  });

  it('carries the rejection comment and the translator note as notes', () => {
    const ru = writeXliff(sampleDocument(), 'ru');
    expect(ru).toMatch(
      /<unit id="p1" tg:version="4">\s*<notes>\s*<note category="rejection">Keep the quotation marks of the source.<\/note>/,
    );
    expect(ru).toContain('<note category="translator">Перенос строки сохранён.</note>');
    expect(ru).toMatch(/<unit id="p1"[\s\S]*?<segment state="initial">/);
    expect(xliffOf('zh')).toContain('<note category="translator">“丝绸之路”按惯例译。</note>');
  });

  it('writes the same bytes for the same document', () => {
    expect(writeXliff(sampleDocument(), 'zh')).toBe(xliff);
  });
});

function xliffOf(lang: 'zh' | 'ru') {
  return writeXliff(sampleDocument(), lang);
}

describe('readXliff', () => {
  it('reads back every unit, texts with markup characters, tabs and line breaks exact', async () => {
    const parsed = await readXliff(bytes(xliffOf('zh')));
    expect(parsed).toMatchObject({ format: 'xliff', documentId: 'tea-road', sourceLang: 'en' });
    expect(parsed.entries.map((e) => [e.segmentId, e.text, e.version])).toEqual([
      ['title', '茶与<丝绸>之路', 3],
      ['p1', '驼队在“春天”穿越草原。', 1],
      ['p2', '第一行\n第二行\t带制表符。', 1],
      ['p3', '价格上涨了5%。', 5],
      ['p4', null, null],
    ]);
    expect(parsed.entries[1]?.source).toBe('Caravans crossed the steppe in "spring".');
  });

  it('round trip: an exported file imports as all unchanged', async () => {
    for (const lang of ['zh', 'ru'] as const) {
      const plan = planImport(sampleDocument(), await readXliff(bytes(xliffOf(lang))));
      expect(plan).toMatchObject({ added: [], changed: [], conflicting: [] });
      expect(plan.unchanged).toBe(5);
    }
  });

  it('a translator changing one target and filling a missing one gives one change and one addition', async () => {
    const edited = xliffOf('zh')
      .replace('<target>驼队在“春天”穿越草原。</target>', '<target>驼队在春天穿越草原。</target>')
      .replace(/(<unit id="p4">[\s\S]*?<\/source>)/, '$1\n        <target>未译的结尾。</target>');
    const plan = planImport(sampleDocument(), await readXliff(bytes(edited)));
    expect(plan.changed.map((c) => [c.segmentId, c.before, c.after, c.version])).toEqual([
      ['p1', '驼队在“春天”穿越草原。', '驼队在春天穿越草原。', 1],
    ]);
    expect(plan.added.map((c) => [c.segmentId, c.after, c.version])).toEqual([['p4', '未译的结尾。', 0]]);
    expect(plan.unchanged).toBe(3);
  });

  it('lists a change against a translation that moved on since the export as a conflict', async () => {
    const edited = xliffOf('zh').replace('<target>茶与&lt;丝绸&gt;之路</target>', '<target>茶叶之路</target>');
    const doc = sampleDocument();
    const zh = doc.segments[0]?.translations.zh;
    if (zh) zh.version = 4;
    const plan = planImport(doc, await readXliff(bytes(edited)));
    expect(plan.conflicting).toEqual([
      expect.objectContaining({ segmentId: 'title', lang: 'zh', reason: 'changed-since-export', file: '茶叶之路' }),
    ]);
    expect(plan.changed).toEqual([]);
  });
});

async function refusal(text: string | Buffer): Promise<string> {
  try {
    await readXliff([typeof text === 'string' ? Buffer.from(text) : text]);
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    return (error as Error).message;
  }
  throw new Error('the file was accepted');
}

const head = '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="zh">';

describe('readXliff refuses hostile and wrong files with a clear message', () => {
  it('malformed XML: names the line and column', async () => {
    expect(await refusal(`${head}\n<file id="tea-road">\n<unit id="p1"></file></xliff>`)).toMatch(
      /^line 3, column \d+: unexpected close tag/,
    );
  });

  it('another XLIFF version', async () => {
    const v12 = '<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file/></xliff>';
    expect(await refusal(v12)).toBe('line 1, column 67: XLIFF version 1.2 is not read: export the file as XLIFF 2.0');
    expect(await refusal('<tmx version="1.4"/>')).toMatch(/expected an XLIFF file, found <tmx>/);
  });

  it('a unit id twice, naming it and its line', async () => {
    const twice = `${head}<file id="tea-road">\n<unit id="p1"><segment><source>a</source></segment></unit>\n<unit id="p1"><segment><source>a</source></segment></unit></file></xliff>`;
    expect(await refusal(twice)).toMatch(/^line 3, column \d+: unit id "p1" appears twice$/);
  });

  it('languages Triglot does not read, or a target in the source language', async () => {
    expect(await refusal(head.replace('trgLang="zh"', 'trgLang="de-DE"'))).toMatch(
      /trgLang "de-DE" is not a language Triglot reads/,
    );
    expect(await refusal(head.replace('trgLang="zh"', 'trgLang="en-GB"'))).toMatch(/trgLang "en" is the source language/);
    const mislabelled = `${head}<file id="d"><unit id="p1"><segment><source>a</source><target xml:lang="ru">б</target></segment></unit></file></xliff>`;
    expect(await refusal(mislabelled)).toMatch(/unit "p1": <target> is in "ru", the file says "zh"/);
  });

  it('an external entity (XXE): the DOCTYPE is refused and nothing is read from disk', async () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n${head}<file id="d"><unit id="p1"><segment><source>&secret;</source></segment></unit></file></xliff>`;
    const message = await refusal(xxe);
    expect(message).toMatch(/^line 2, column \d+: a DOCTYPE is not allowed/);
    expect(message).not.toContain('root:');
  });

  it('an entity without a DOCTYPE is an undefined entity, not a lookup', async () => {
    const entity = `${head}<file id="d"><unit id="p1"><segment><source>&secret;</source></segment></unit></file></xliff>`;
    expect(await refusal(entity)).toMatch(/^line 1, column \d+: undefined entity/);
  });

  it('entity expansion ("billion laughs") is refused at once, without expanding', async () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]>${head}<file id="d"><unit id="p1"><segment><source>&lol9;</source></segment></unit></file></xliff>`;
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    expect(await refusal(bomb)).toMatch(/a DOCTYPE is not allowed/);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });

  it('not UTF-8: names the line and column of the first bad byte', async () => {
    const latin1 = Buffer.concat([
      Buffer.from(`${head}\n<file id="d">\n<unit id="p1"><segment><source>caf`),
      Buffer.from([0xe9]),
      Buffer.from('</source>'),
    ]);
    expect(await refusal(latin1)).toBe('line 3, column 35: not UTF-8 (save the file as UTF-8)');
    expect(await refusal(`<?xml version="1.0" encoding="ISO-8859-1"?>${head}`)).toMatch(
      /declares encoding "ISO-8859-1": only UTF-8 is read/,
    );
    expect(await refusal(Buffer.from([0xff, 0xfe, 0x3c, 0x00]))).toBe('the file is UTF-16: save it as UTF-8');
  });

  it('inline markup in a target, which Triglot cannot keep', async () => {
    const inline = `${head}<file id="d"><unit id="p1"><segment><source>a</source><target>b<ph id="1"/></target></segment></unit></file></xliff>`;
    expect(await refusal(inline)).toMatch(/unit "p1": inline markup <ph> is not supported/);
  });
});
