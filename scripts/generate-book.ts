/**
 * Writes a generated book into a content folder, for benchmarks and the browser tests of long
 * documents (never committed as data):
 *   npx tsx scripts/generate-book.ts [--segments 5000] [--id book-5000] [--chapter 50] OUT_DIR
 * The book has a title, a heading every `--chapter` paragraphs and paragraphs in English,
 * Chinese and Russian of the lengths real prose has (numbers in them agree across languages).
 * The same arguments always give the same book.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: {
    segments: { type: 'string', default: '5000' },
    id: { type: 'string', default: 'book-5000' },
    chapter: { type: 'string', default: '50' },
  },
  allowPositionals: true,
});
const out = positionals[0];
const total = Number(values.segments);
const chapter = Number(values.chapter);
if (
  !out ||
  !Number.isInteger(total) ||
  total < 2 ||
  !Number.isInteger(chapter) ||
  chapter < 1 ||
  !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.id)
) {
  console.error('usage: generate-book.ts [--segments N>=2] [--id lower-case-id] [--chapter N>=1] OUT_DIR');
  process.exit(2);
}

let seed = 20_261_201;
const next = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

const EN = [
  'the river',
  'a winter road',
  'the old library',
  'our neighbours',
  'the long train',
  'a quiet harbour',
  'the border town',
  'the tea house',
];
const EN_VERB = ['remembered', 'carried', 'watched', 'described', 'crossed', 'kept', 'measured', 'followed'];
const ZH = ['那条河', '冬天的路', '旧图书馆', '我们的邻居', '长长的列车', '安静的港口', '边境小城', '茶馆'];
const ZH_VERB = ['记得', '带着', '看着', '描述了', '穿过', '保留着', '测量了', '跟随着'];
const RU = [
  'река',
  'зимняя дорога',
  'старая библиотека',
  'наши соседи',
  'длинный поезд',
  'тихая гавань',
  'пограничный город',
  'чайная',
];
const RU_VERB = ['помнила', 'несла', 'смотрела на', 'описывала', 'пересекала', 'хранила', 'измеряла', 'следовала за'];

function paragraph(n: number): { en: string; zh: string; ru: string } {
  const sentences = 4 + Math.floor(next() * 5);
  const en: string[] = [];
  const zh: string[] = [];
  const ru: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const a = Math.floor(next() * EN.length);
    const b = Math.floor(next() * EN.length);
    const v = Math.floor(next() * EN_VERB.length);
    const year = 1850 + Math.floor(next() * 170);
    const count = 2 + Math.floor(next() * 400);
    en.push(`In ${year} ${EN[a]} ${EN_VERB[v]} ${EN[b]} for ${count} days, and nobody in paragraph ${n} forgot it.`);
    zh.push(`${year}年，${ZH[a]}${ZH_VERB[v]}${ZH[b]}整整${count}天，第${n}段里没有人忘记这件事。`);
    ru.push(
      `В ${year}\u00a0году ${RU[a]} ${RU_VERB[v]} «${RU[b]}» целых ${count}\u00a0дней, и\u00a0никто в\u00a0абзаце ${n} этого не\u00a0забыл.`,
    );
  }
  return { en: en.join(' '), zh: zh.join(''), ru: ru.join(' ') };
}

const segments: { id: string; kind: string }[] = [];
const texts = { en: {} as Record<string, string>, zh: {} as Record<string, string>, ru: {} as Record<string, string> };
segments.push({ id: 'title', kind: 'title' });
texts.en.title = `A Generated Book of ${total} Segments`;
texts.zh.title = `一部${total}个语段的生成之书`;
texts.ru.title = `Сгенерированная книга из ${total}\u00a0сегментов`;
let chapterNo = 0;
for (let i = 1; i < total; i++) {
  if ((i - 1) % (chapter + 1) === 0) {
    chapterNo += 1;
    const id = `ch${chapterNo}`;
    segments.push({ id, kind: 'heading' });
    texts.en[id] = `Chapter ${chapterNo}: ${pick(EN)}`;
    texts.zh[id] = `第${chapterNo}章　${pick(ZH)}`;
    texts.ru[id] = `Глава ${chapterNo}. ${pick(RU)}`;
  } else {
    const id = `p${i}`;
    segments.push({ id, kind: 'paragraph' });
    const p = paragraph(i);
    texts.en[id] = p.en;
    texts.zh[id] = p.zh;
    texts.ru[id] = p.ru;
  }
}

const dir = path.join(out, values.id);
await mkdir(dir, { recursive: true });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
await writeFile(
  path.join(dir, 'document.json'),
  json({ id: values.id, sourceLanguage: 'en', languages: ['en', 'zh', 'ru'], segments }),
);
for (const lang of ['en', 'zh', 'ru'] as const) await writeFile(path.join(dir, `${lang}.json`), json(texts[lang]));
console.log(`${dir}: ${segments.length} segments, ${chapterNo} chapters`);
