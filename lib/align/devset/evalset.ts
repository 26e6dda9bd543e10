import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ParallelText, ParallelUnit } from './corpus';

/**
 * The evaluation set: real translated texts in en, ru and zh that the aligner was never tuned
 * on, read from Debian documentation packages at run time (nothing is committed):
 *
 * - debian-faq, debian-faq-ru, debian-faq-zh-cn: the Debian GNU/Linux FAQ (SPI's permissive notice)
 * - maint-guide, maint-guide-ru, maint-guide-zh-cn: the Debian New Maintainers' Guide (MIT or GPL-2+)
 * - installation-guide-amd64 (architecture-independent): the Debian installation guide, all languages in one package (GPL-2)
 *
 * The translations are made with po files, paragraph by paragraph, so the HTML pages of one
 * document share their structure: the n-th <p> of a page in one language translates the n-th
 * <p> of the same page in the others. That is the gold alignment. Pages whose paragraph counts
 * differ between languages are left out, and so are paragraphs a translation left in English.
 */
export const EVAL_PACKAGES = [
  'debian-faq',
  'debian-faq-ru',
  'debian-faq-zh-cn',
  'maint-guide',
  'maint-guide-ru',
  'maint-guide-zh-cn',
  'installation-guide-amd64',
];

type Pages = (lang: 'en' | 'ru' | 'zh') => Map<string, string> | undefined;

const DOC = '/usr/share/doc';

function pagesIn(dir: string, suffix: RegExp): Map<string, string> | undefined {
  if (!existsSync(dir)) return undefined;
  const out = new Map<string, string>();
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.html')) continue;
    out.set(f.replace(suffix, '').replace(/\.html$/, ''), join(dir, f));
  }
  return out;
}

const SOURCES: { id: string; genre: string; pages: Pages }[] = [
  {
    id: 'debian-faq',
    genre: 'faq',
    pages: (l) =>
      l === 'en'
        ? pagesIn(`${DOC}/debian/FAQ`, /\.en\.html$/)
        : pagesIn(`${DOC}/debian/FAQ/${l === 'zh' ? 'zh-cn' : 'ru'}`, /\.(ru|zh-cn)\.html$/),
  },
  {
    id: 'maint-guide',
    genre: 'manual',
    pages: (l) => pagesIn(`${DOC}/maint-guide${l === 'en' ? '' : l === 'zh' ? '-zh-cn' : '-ru'}/html`, /\.(en|ru|zh-cn)\.html$/),
  },
  {
    id: 'installation-guide',
    genre: 'manual',
    pages: (l) => {
      const pkg = existsSync(DOC) ? readdirSync(DOC).find((d) => d.startsWith('installation-guide-')) : undefined;
      return pkg ? pagesIn(`${DOC}/${pkg}/${l === 'zh' ? 'zh_CN' : l}`, /$^/) : undefined;
    },
  },
];

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };

/** The text of every <p> of an HTML page, tags removed, entities decoded, spacing collapsed. */
export function htmlParagraphs(html: string): string[] {
  return [...html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)]
    .map((m) =>
      (m[1] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
          e[0] === '#'
            ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
            : (ENTITIES[e] ?? all),
        )
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p.length > 0);
}

const translated = (u: ParallelUnit) =>
  /[\u0400-\u04FF]/.test(u.ru) && /[\u4E00-\u9FFF]/.test(u.zh) && u.ru !== u.en && u.zh !== u.en;

/** The evaluation texts, or an error naming the Debian packages to install. */
export function loadEvalSet(): ParallelText[] {
  return SOURCES.map(({ id, genre, pages }) => {
    const en = pages('en');
    const ru = pages('ru');
    const zh = pages('zh');
    if (!en || !ru || !zh) throw new Error(`evaluation text ${id} is missing: apt-get install ${EVAL_PACKAGES.join(' ')}`);
    const units: ParallelUnit[] = [];
    for (const [page, enFile] of en) {
      const ruFile = ru.get(page);
      const zhFile = zh.get(page);
      if (!ruFile || !zhFile) continue;
      const [e, r, z] = [enFile, ruFile, zhFile].map((f) => htmlParagraphs(readFileSync(f, 'utf8')));
      if (e!.length !== r!.length || e!.length !== z!.length) continue;
      e!.forEach((text, k) => {
        const unit = { en: text, ru: r![k]!, zh: z![k]! };
        if (translated(unit)) units.push(unit);
      });
    }
    return { id, genre, units };
  });
}
