import { describe, expect, it } from 'vitest';
import { planImport } from './plan';
import { sampleDocument } from './sample';
import { readTmx, writeTmx } from './tmx';

const bytes = (text: string) => [Buffer.from(text, 'utf8')];

describe('writeTmx', () => {
  it('puts all languages of a segment in one tu, checked and up-to-date translations only by default', () => {
    const tmx = writeTmx(sampleDocument());
    expect(tmx).toContain('<tmx version="1.4">');
    expect(tmx).toContain('srclang="en" datatype="plaintext"/>');
    // title: zh checked; p2: ru checked. p3's check is outdated, p1 has a draft and a rejection.
    expect(tmx.match(/<tu /g)).toHaveLength(2);
    expect(tmx).toMatch(
      /<tu tuid="title">\s*<tuv xml:lang="en">\s*<seg>Tea &amp; the &lt;Silk&gt; Road<\/seg>\s*<\/tuv>\s*<tuv xml:lang="zh">/,
    );
    expect(tmx).not.toContain('Чай');
  });

  it('with all, every translation with text, each saying its status', () => {
    const tmx = writeTmx(sampleDocument(), { all: true });
    expect(tmx.match(/<tu /g)).toHaveLength(4);
    expect(tmx).toMatch(/<tu tuid="title">[\s\S]*?<tuv xml:lang="zh">[\s\S]*?<tuv xml:lang="ru">[\s\S]*?<\/tu>/);
    expect(tmx).toContain('<prop type="x-triglot-status">outdated</prop>');
    expect(tmx).toContain('<prop type="x-triglot-status">rejected</prop>');
  });
});

describe('readTmx', () => {
  it('round trip: every exported tu matches its segment by source text and is unchanged', async () => {
    const parsed = await readTmx(bytes(writeTmx(sampleDocument(), { all: true })));
    expect(parsed.sourceLang).toBe('en');
    expect(parsed.entries).toHaveLength(7);
    expect(parsed.entries.every((e) => e.segmentId === null)).toBe(true);
    const plan = planImport(sampleDocument(), parsed);
    expect(plan).toMatchObject({ added: [], changed: [], conflicting: [], unchanged: 7 });
  });

  it('a tu from another memory whose source matches fills a missing translation', async () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="plaintext"/>
<body><tu><tuv xml:lang="en-US"><seg>An untranslated closing line.</seg></tuv><tuv xml:lang="ru-RU"><seg>Непереведённая последняя строка.</seg></tuv></tu></body></tmx>`;
    const plan = planImport(sampleDocument(), await readTmx(bytes(tmx)));
    expect(plan.added).toEqual([
      expect.objectContaining({ segmentId: 'p4', lang: 'ru', after: 'Непереведённая последняя строка.', version: 0 }),
    ]);
  });

  it('refuses another version, an unknown language, a tu without source and unknown source text', async () => {
    await expect(readTmx(bytes('<tmx version="1.1"><header/><body/></tmx>'))).rejects.toThrow(
      'line 1, column 19: TMX version 1.1 is not read: export the file as TMX 1.4b',
    );
    const header = '<tmx version="1.4"><header srclang="en"/><body>';
    await expect(readTmx(bytes(`${header}\n<tu><tuv xml:lang="de"><seg>x</seg></tuv></tu></body></tmx>`))).rejects.toThrow(
      /^line 2, column \d+: xml:lang "de" is not a language Triglot reads/,
    );
    await expect(readTmx(bytes(`${header}\n<tu><tuv xml:lang="zh"><seg>x</seg></tuv></tu></body></tmx>`))).rejects.toThrow(
      /^line 2, column \d+: the tu has no text in the source language "en"/,
    );
    const unknown = await readTmx(
      bytes(
        `${header}<tu><tuv xml:lang="en"><seg>Never written.</seg></tuv><tuv xml:lang="zh"><seg>从未写过。</seg></tuv></tu></body></tmx>`,
      ),
    );
    expect(() => planImport(sampleDocument(), unknown)).toThrow(
      'tu at line 1: no segment of tea-road has this source text: "Never written."',
    );
  });

  it('refuses a DOCTYPE like every XML reader', async () => {
    await expect(readTmx(bytes('<!DOCTYPE tmx SYSTEM "tmx14.dtd"><tmx version="1.4"/>'))).rejects.toThrow(
      /a DOCTYPE is not allowed/,
    );
  });
});
