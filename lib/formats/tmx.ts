import { LANGUAGES, type Lang } from '../languages';
import { type ExchangeDocument, type ImportEntry, isOutdated, languageOf, type ParsedFile } from './model';
import { type ByteChunks, escapeXml, located, parseXml, type Position, XML_NS } from './xml';

const VERSION_PROP = 'x-triglot-version';
const STATUS_PROP = 'x-triglot-status';

export interface TmxOptions {
  /** Every translation with text, not only the checked ones. */
  all?: boolean;
}

/**
 * TMX 1.4b with all languages of a segment in one translation unit (tuid = segment id). By
 * default only checked, up-to-date translations go in (a memory should hold what a reviewer
 * approved); `all` adds drafts, rejected and outdated texts, each tuv saying its status.
 */
export function writeTmx(doc: ExchangeDocument, options: TmxOptions = {}): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header creationtool="Triglot" creationtoolversion="1" segtype="paragraph" o-tmf="Triglot" adminlang="en" srclang="${doc.sourceLang}" datatype="plaintext"/>`,
    '  <body>',
  ];
  for (const segment of doc.segments) {
    const source = segment.translations[doc.sourceLang];
    if (!source) continue;
    const targets = doc.languages.filter((lang) => {
      const t = segment.translations[lang];
      if (lang === doc.sourceLang || !t) return false;
      return options.all || (t.status === 'checked' && !isOutdated(segment, doc.sourceLang, lang));
    });
    if (targets.length === 0) continue;
    lines.push(`    <tu tuid="${escapeXml(segment.id)}">`);
    lines.push(`      <tuv xml:lang="${doc.sourceLang}">`, `        <seg>${escapeXml(source.text)}</seg>`, '      </tuv>');
    for (const lang of targets) {
      const t = segment.translations[lang];
      if (!t) continue;
      const status = isOutdated(segment, doc.sourceLang, lang) ? 'outdated' : t.status;
      lines.push(
        `      <tuv xml:lang="${lang}">`,
        `        <prop type="${STATUS_PROP}">${status}</prop>`,
        `        <prop type="${VERSION_PROP}">${t.version}</prop>`,
        `        <seg>${escapeXml(t.text)}</seg>`,
        '      </tuv>',
      );
    }
    lines.push('    </tu>');
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}

interface OpenTuv {
  lang: Lang;
  text: string;
  version: number | null;
}

/**
 * Reads TMX 1.4 as a stream: each tu gives one entry per target language, matched later by
 * its source text. Refuses other versions, unknown languages, a tu without its source, and
 * inline markup; errors name the line and column.
 */
export async function readTmx(chunks: ByteChunks, maxBytes?: number): Promise<ParsedFile> {
  const entries: ImportEntry[] = [];
  let sourceLang: Lang | null = null;
  let tu: { at: Position; tuvs: OpenTuv[] } | null = null;
  let tuv: OpenTuv | null = null;
  let collecting: 'seg' | 'version' | null = null;
  let propText = '';
  let depth = 0;

  await parseXml(
    chunks,
    {
      open(el) {
        depth += 1;
        if (depth === 1) {
          if (el.local !== 'tmx') throw located(el.at, `expected a TMX file, found <${el.local}>`);
          if (el.attributes.version !== '1.4') {
            throw located(el.at, `TMX version ${el.attributes.version ?? 'unknown'} is not read: export the file as TMX 1.4b`);
          }
          return;
        }
        if (collecting === 'seg') throw located(el.at, `inline markup <${el.local}> is not supported (plain text only)`);
        if (el.local === 'header') {
          const srclang = el.attributes.srclang ?? '';
          if (srclang !== '*all*') sourceLang = tmxLang(srclang, el.at, 'header srclang');
        } else if (el.local === 'tu') {
          tu = { at: el.at, tuvs: [] };
        } else if (el.local === 'tuv') {
          if (!tu) throw located(el.at, '<tuv> outside a <tu>');
          const lang = el.attributes[`{${XML_NS}}lang`];
          if (lang === undefined) throw located(el.at, '<tuv> without xml:lang');
          tuv = { lang: tmxLang(lang, el.at, 'xml:lang'), text: '', version: null };
          if (tu.tuvs.some((t) => t.lang === tuv?.lang)) throw located(el.at, `the tu holds "${lang}" twice`);
        } else if (el.local === 'seg') {
          if (!tuv) throw located(el.at, '<seg> outside a <tuv>');
          collecting = 'seg';
        } else if (el.local === 'prop' && tuv && el.attributes.type === VERSION_PROP) {
          collecting = 'version';
          propText = '';
        }
      },
      close(el) {
        depth -= 1;
        if (el.local === 'seg' || el.local === 'prop') {
          if (collecting === 'version' && tuv && /^\d+$/.test(propText.trim())) tuv.version = Number(propText.trim());
          collecting = null;
        } else if (el.local === 'tuv' && tu && tuv) {
          tu.tuvs.push(tuv);
          tuv = null;
        } else if (el.local === 'tu' && tu) {
          const lang = sourceLang;
          const at = tu.at;
          const source = tu.tuvs.find((t) => t.lang === lang);
          if (!lang || !source) throw located(at, `the tu has no text in the source language "${lang ?? '?'}"`);
          for (const t of tu.tuvs) {
            if (t === source) continue;
            entries.push({
              segmentId: null,
              source: source.text,
              lang: t.lang,
              text: t.text,
              version: t.version,
              where: `tu at line ${at.line}`,
            });
          }
          tu = null;
        }
      },
      text(text) {
        if (collecting === 'seg' && tuv) tuv.text += text;
        if (collecting === 'version') propText += text;
      },
    },
    maxBytes,
  );
  return { format: 'tmx', documentId: null, sourceLang, entries };
}

function tmxLang(value: string, at: Position, what: string): Lang {
  const lang = languageOf(value, LANGUAGES);
  if (!lang) throw located(at, `${what} "${value}" is not a language Triglot reads (${LANGUAGES.join(', ')})`);
  return lang;
}
