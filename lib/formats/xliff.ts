import { LANGUAGES, type Lang } from '../languages';
import { type ExchangeDocument, type ImportEntry, isOutdated, languageOf, type ParsedFile } from './model';
import { type ByteChunks, escapeXml, located, parseXml, type XmlElement, XML_NS } from './xml';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
/** Triglot's own attribute on a unit: the version the translation had when exported, to tell a stale file. */
export const TRIGLOT_NS = 'urn:triglot:exchange:1';

/** The rejection and outdated notes carry the reason; the state says only "not done". */
const OUTDATED_NOTE = 'The source text changed after this translation was written or checked.';

/** XLIFF states (core 2.0) for Triglot's statuses: see the README's table. */
function stateOf(doc: ExchangeDocument, segment: ExchangeDocument['segments'][number], lang: Lang): string {
  const t = segment.translations[lang];
  if (!t) return 'initial';
  if (t.status === 'rejected' || isOutdated(segment, doc.sourceLang, lang)) return 'initial';
  return t.status === 'checked' ? 'final' : 'translated';
}

/**
 * One XLIFF 2.0 file for one target language: one unit per segment (the segment id as unit
 * id), the source, the target when there is one, and as notes the translator's note, the
 * rejection comment and the outdated flag. Deterministic: the same document writes the same bytes.
 */
export function writeXliff(doc: ExchangeDocument, lang: Lang): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NS}" xmlns:tg="${TRIGLOT_NS}" version="2.0" srcLang="${doc.sourceLang}" trgLang="${lang}">`,
    `  <file id="${escapeXml(doc.id)}">`,
  ];
  for (const segment of doc.segments) {
    const source = segment.translations[doc.sourceLang];
    const target = segment.translations[lang];
    const notes: [string, string][] = [];
    const note = segment.notes[lang];
    if (note) notes.push(['translator', note]);
    if (target?.status === 'rejected' && target.comment) notes.push(['rejection', target.comment]);
    if (target && isOutdated(segment, doc.sourceLang, lang)) notes.push(['outdated', OUTDATED_NOTE]);
    const version = target ? ` tg:version="${target.version}"` : '';
    lines.push(`    <unit id="${escapeXml(segment.id)}"${version}>`);
    if (notes.length > 0) {
      lines.push('      <notes>');
      for (const [category, text] of notes) lines.push(`        <note category="${category}">${escapeXml(text)}</note>`);
      lines.push('      </notes>');
    }
    lines.push(target ? `      <segment state="${stateOf(doc, segment, lang)}">` : '      <segment>');
    lines.push(`        <source>${escapeXml(source?.text ?? '')}</source>`);
    if (target) lines.push(`        <target>${escapeXml(target.text)}</target>`);
    lines.push('      </segment>', '    </unit>');
  }
  lines.push('  </file>', '</xliff>', '');
  return lines.join('\n');
}

interface OpenUnit {
  id: string;
  version: number | null;
  at: XmlElement['at'];
  source: string;
  target: string | null;
}

/**
 * Reads an XLIFF 2.0 file as a stream. Refuses other versions, a file without a target
 * language or with a language Triglot does not know, duplicate unit ids, and inline markup
 * (Triglot's texts are plain); every error names the line and column or the unit id.
 */
export async function readXliff(chunks: ByteChunks, maxBytes?: number): Promise<ParsedFile> {
  const entries: ImportEntry[] = [];
  const seen = new Set<string>();
  let sourceLang: Lang | null = null;
  let targetLang: Lang | null = null;
  let documentId: string | null = null;
  let unit: OpenUnit | null = null;
  /** The element whose text is being collected: `source` or `target` of the current segment. */
  let collecting: 'source' | 'target' | null = null;
  let depth = 0;

  await parseXml(
    chunks,
    {
      open(el) {
        depth += 1;
        if (depth === 1) {
          if (el.local !== 'xliff') throw located(el.at, `expected an XLIFF file, found <${el.local}>`);
          const version = el.attributes.version ?? '';
          if (el.uri !== XLIFF_NS || !/^2\.[01]$/.test(version)) {
            throw located(el.at, `XLIFF version ${version || 'unknown'} is not read: export the file as XLIFF 2.0`);
          }
          sourceLang = knownLang(el, el.attributes.srcLang, 'srcLang');
          if (el.attributes.trgLang === undefined) throw located(el.at, 'the file has no trgLang: it holds no translations');
          targetLang = knownLang(el, el.attributes.trgLang, 'trgLang');
          if (targetLang === sourceLang) throw located(el.at, `trgLang "${targetLang}" is the source language`);
          return;
        }
        if (el.uri !== XLIFF_NS) return;
        if (el.local === 'file') {
          const id = el.attributes.id ?? '';
          if (documentId !== null && id !== documentId) throw located(el.at, `a second <file> names another document, "${id}"`);
          documentId = id;
        } else if (el.local === 'unit') {
          const id = el.attributes.id;
          if (!id) throw located(el.at, 'a <unit> without an id');
          if (seen.has(id)) throw located(el.at, `unit id "${id}" appears twice`);
          seen.add(id);
          const version = el.attributes[`{${TRIGLOT_NS}}version`];
          unit = { id, version: version && /^\d+$/.test(version) ? Number(version) : null, at: el.at, source: '', target: null };
        } else if (el.local === 'source' || el.local === 'target') {
          if (!unit) throw located(el.at, `<${el.local}> outside a unit`);
          const lang = el.attributes[`{${XML_NS}}lang`];
          const expected = el.local === 'source' ? sourceLang : targetLang;
          if (lang !== undefined && expected !== null && languageOf(lang, LANGUAGES) !== expected) {
            throw located(el.at, `unit "${unit.id}": <${el.local}> is in "${lang}", the file says "${expected}"`);
          }
          collecting = el.local;
          if (el.local === 'target') unit.target ??= '';
        } else if (collecting !== null) {
          throw located(el.at, `unit "${unit?.id ?? ''}": inline markup <${el.local}> is not supported (plain text only)`);
        }
      },
      close(el) {
        depth -= 1;
        if (el.uri !== XLIFF_NS) return;
        if (el.local === 'source' || el.local === 'target') collecting = null;
        if (el.local === 'unit' && unit && targetLang) {
          entries.push({
            segmentId: unit.id,
            source: unit.source,
            lang: targetLang,
            text: unit.target,
            version: unit.version,
            where: `unit "${unit.id}" (line ${unit.at.line})`,
          });
          unit = null;
        }
      },
      text(text) {
        if (!unit || collecting === null) return;
        if (collecting === 'source') unit.source += text;
        else unit.target = (unit.target ?? '') + text;
      },
    },
    maxBytes,
  );
  return { format: 'xliff', documentId, sourceLang, entries };
}

function knownLang(el: XmlElement, value: string | undefined, attribute: string): Lang {
  const lang = value === undefined ? null : languageOf(value, LANGUAGES);
  if (!lang) {
    throw located(el.at, `${attribute} "${value ?? ''}" is not a language Triglot reads (${LANGUAGES.join(', ')})`);
  }
  return lang;
}
