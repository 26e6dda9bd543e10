import { describe, expect, it } from 'vitest';
import { parseTbx, type TbxEntry, toTbx } from './tbx';

const entries: TbxEntry[] = [
  {
    terms: { en: ['Silk Road Economic Belt', 'SREB'], zh: ['丝绸之路经济带'], ru: ['Экономический пояс Шёлкового пути', 'ЭПШП'] },
    forbidden: { ru: ['Шёлковый экономический пояс'] },
    note: 'Xi Jinping’s 2013 initiative; <keep> & "quote" escaped',
  },
  {
    terms: { en: ['Eurasian Economic Union', 'EAEU'], zh: ['欧亚经济联盟'], ru: ['Евразийский экономический союз', 'ЕАЭС'] },
    forbidden: {},
    note: '',
  },
];

describe('TBX', () => {
  it('round-trips entries: terms in order, forbidden variants, notes with markup characters', () => {
    const tbx = toTbx(entries, 'Triglot glossary');
    expect(tbx).toContain('<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>');
    expect(tbx).toContain('&lt;keep&gt; &amp;');
    const parsed = parseTbx(tbx);
    expect(parsed).toEqual({ ok: true, entries, skipped: 0 });
  });

  it('reads TBX 2 (martif, termEntry, langSet, tig) with regional language tags', () => {
    const old = `<?xml version="1.0"?>
      <martif type="TBX-Basic" xml:lang="en"><text><body>
        <termEntry id="t1">
          <descrip type="definition">Free trade area</descrip>
          <langSet xml:lang="en-US"><tig><term>free trade area</term></tig></langSet>
          <langSet xml:lang="zh-CN"><tig><term>自由贸易区</term></tig></langSet>
          <langSet xml:lang="ru-RU"><tig><term>зона свободной торговли</term></tig>
            <tig><term>ЗСТ</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig></langSet>
          <langSet xml:lang="de"><tig><term>Freihandelszone</term></tig></langSet>
        </termEntry>
        <termEntry id="t2"><langSet xml:lang="fr"><tig><term>zone</term></tig></langSet></termEntry>
      </body></text></martif>`;
    expect(parseTbx(old)).toEqual({
      ok: true,
      entries: [
        {
          terms: { en: ['free trade area'], zh: ['自由贸易区'], ru: ['зона свободной торговли', 'ЗСТ'] },
          forbidden: {},
          note: 'Free trade area',
        },
      ],
      skipped: 1,
    });
  });

  it('refuses what is not TBX', () => {
    expect(parseTbx('<html><body>no</body></html>')).toEqual({ ok: false, error: 'not-tbx' });
    expect(parseTbx('not xml at all <<<')).toEqual({ ok: false, error: 'not-tbx' });
    expect(parseTbx('')).toEqual({ ok: false, error: 'not-tbx' });
  });
});
