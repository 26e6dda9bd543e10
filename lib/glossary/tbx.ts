import { XMLParser } from 'fast-xml-parser';
import { isLang, LANGUAGES, type Lang } from '../languages';
import type { GlossaryEntry } from './model';
import { MAX_ENTRIES_PER_IMPORT, MAX_NOTE_LENGTH, MAX_TERM_LENGTH, MAX_TERMS_PER_LANG } from './schema';

/** TBX (ISO 30042) administrative status values for a term. */
const PREFERRED = 'preferredTerm-admn-sts';
const ADMITTED = 'admittedTerm-admn-sts';
const DEPRECATED = 'deprecatedTerm-admn-sts';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Writes entries as TBX-Basic (TBX v3, DCA style): one conceptEntry per entry, deprecated terms for forbidden variants. */
export function toTbx(entries: readonly Pick<GlossaryEntry, 'terms' | 'forbidden' | 'note'>[], title: string): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    `  <tbxHeader><fileDesc><sourceDesc><p>${xml(title)}</p></sourceDesc></fileDesc></tbxHeader>`,
    '  <text>',
    '    <body>',
  ];
  entries.forEach((entry, index) => {
    lines.push(`      <conceptEntry id="c${index + 1}">`);
    if (entry.note) lines.push(`        <note>${xml(entry.note)}</note>`);
    for (const lang of LANGUAGES) {
      const terms = entry.terms[lang] ?? [];
      const forbidden = entry.forbidden[lang] ?? [];
      if (terms.length + forbidden.length === 0) continue;
      lines.push(`        <langSec xml:lang="${lang}">`);
      const termSec = (term: string, status: string) =>
        `          <termSec><term>${xml(term)}</term><termNote type="administrativeStatus">${status}</termNote></termSec>`;
      terms.forEach((t, i) => lines.push(termSec(t, i === 0 ? PREFERRED : ADMITTED)));
      forbidden.forEach((t) => lines.push(termSec(t, DEPRECATED)));
      lines.push('        </langSec>');
    }
    lines.push('      </conceptEntry>');
  });
  lines.push('    </body>', '  </text>', '</tbx>', '');
  return lines.join('\n');
}

export type TbxEntry = Pick<GlossaryEntry, 'terms' | 'forbidden' | 'note'>;
export type TbxResult = { ok: true; entries: TbxEntry[]; skipped: number } | { ok: false; error: 'not-tbx' | 'too-many' };

type Node = Record<string, unknown>;
const ARRAYS = new Set([
  'conceptEntry',
  'termEntry',
  'langSec',
  'langSet',
  'termSec',
  'tig',
  'ntig',
  'termNote',
  'note',
  'descrip',
]);

function list(node: unknown, ...names: string[]): Node[] {
  if (!node || typeof node !== 'object') return [];
  return names.flatMap((n) => ((node as Node)[n] as Node[] | undefined) ?? []);
}

function textOf(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as Node)['#text']);
  return '';
}

/** A language tag as TBX files write it (zh-CN, zh-Hans, ru-RU, EN) as one of ours, or null. */
function langOf(tag: unknown): Lang | null {
  const base = String(tag ?? '')
    .toLowerCase()
    .split(/[-_]/)[0];
  return isLang(base) ? base : null;
}

/**
 * Reads TBX v3 (conceptEntry/langSec/termSec) and TBX v2/TBX-Basic 2008 (martif, termEntry/
 * langSet/tig). Terms marked deprecated or superseded become forbidden variants, the first
 * other term is preferred. Languages other than en/zh/ru and entries with no term are
 * skipped (and counted); over-long terms are cut off at the schema's limits.
 */
export function parseTbx(text: string): TbxResult {
  let doc: Node;
  try {
    doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      processEntities: true,
      isArray: (name) => ARRAYS.has(name),
    }).parse(text) as Node;
  } catch {
    return { ok: false, error: 'not-tbx' };
  }
  const root = (doc.tbx ?? doc.martif) as Node | undefined;
  const body = (root?.text as Node | undefined)?.body;
  if (!root || body === undefined) return { ok: false, error: 'not-tbx' };
  const concepts = list(body, 'conceptEntry', 'termEntry');
  if (concepts.length > MAX_ENTRIES_PER_IMPORT) return { ok: false, error: 'too-many' };
  const entries: TbxEntry[] = [];
  let skipped = 0;
  for (const concept of concepts) {
    const entry: TbxEntry = { terms: {}, forbidden: {}, note: '' };
    const notes = [...list(concept, 'note'), ...list(concept, 'descrip')].map(textOf).filter(Boolean);
    entry.note = notes.join('\n').slice(0, MAX_NOTE_LENGTH);
    for (const langSec of list(concept, 'langSec', 'langSet')) {
      const lang = langOf(langSec['@_xml:lang'] ?? langSec['@_lang']);
      if (!lang) continue;
      for (const termSec of list(langSec, 'termSec', 'tig', 'ntig')) {
        const term = textOf(termSec.term ?? (termSec.termGrp as Node | undefined)?.term).slice(0, MAX_TERM_LENGTH);
        if (!term) continue;
        const status = list(termSec, 'termNote')
          .filter((n) => n['@_type'] === 'administrativeStatus')
          .map(textOf)[0];
        const bucket = status && /deprecated|superseded/i.test(status) ? entry.forbidden : entry.terms;
        const terms = bucket[lang] ?? [];
        if (terms.length >= MAX_TERMS_PER_LANG || terms.includes(term)) continue;
        if (status === PREFERRED) terms.unshift(term);
        else terms.push(term);
        bucket[lang] = terms;
      }
    }
    if (Object.values(entry.terms).some((t) => t.length > 0)) entries.push(entry);
    else skipped++;
  }
  return { ok: true, entries, skipped };
}
