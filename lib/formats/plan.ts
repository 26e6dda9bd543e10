import type { Lang } from '../languages';
import type { TranslationCommandInput } from '../review/commands';
import { type ExchangeDocument, type ExchangeSegment, FormatError, type ParsedFile } from './model';

/** One translation an import would write. */
export interface PlanItem {
  segmentId: string;
  lang: Lang;
  where: string;
  /** The database's text now; null when the translation is missing (an addition). */
  before: string | null;
  after: string;
  /** The version the command names: the database's, so only a write in between conflicts. */
  version: number;
}

/** Why a translation is left alone until someone chooses. */
export type ConflictReason =
  /** The file was exported at another version than the database holds now: both changed. */
  | 'changed-since-export'
  /** The file's source text is not the document's current source. */
  | 'source-changed';

export interface ConflictItem {
  segmentId: string;
  lang: Lang;
  where: string;
  reason: ConflictReason;
  file: string;
  database: string | null;
}

export interface ImportPlan {
  added: PlanItem[];
  changed: PlanItem[];
  unchanged: number;
  conflicting: ConflictItem[];
}

/** Compared as the command schema would store it (texts are trimmed). */
const norm = (text: string) => text.trim();

/**
 * Matches what a file holds against the document as the database has it: by segment id, or
 * (TMX) by source text. A file for another document, another source language, a language the
 * document does not translate into, or an unknown segment is refused whole: nothing of it is
 * applied. Unchanged texts are counted and left alone (a checked text stays checked).
 */
export function planImport(doc: ExchangeDocument, file: ParsedFile): ImportPlan {
  if (file.documentId !== null && file.documentId !== doc.id) {
    throw new FormatError(`the file is for document "${file.documentId}", not "${doc.id}"`);
  }
  if (file.sourceLang !== null && file.sourceLang !== doc.sourceLang) {
    throw new FormatError(`the file's source language is "${file.sourceLang}"; ${doc.id} is written in "${doc.sourceLang}"`);
  }
  const byId = new Map(doc.segments.map((s) => [s.id, s]));
  const bySource = new Map<string, ExchangeSegment[]>();
  for (const s of doc.segments) {
    const source = s.translations[doc.sourceLang]?.text;
    if (source === undefined) continue;
    const key = norm(source);
    bySource.set(key, [...(bySource.get(key) ?? []), s]);
  }

  const plan: ImportPlan = { added: [], changed: [], unchanged: 0, conflicting: [] };
  const planned = new Map<string, string>();
  for (const entry of file.entries) {
    if (entry.lang === doc.sourceLang || !doc.languages.includes(entry.lang)) {
      throw new FormatError(`${entry.where}: "${entry.lang}" is not a target language of ${doc.id} (${targets(doc)})`);
    }
    let segments: ExchangeSegment[];
    if (entry.segmentId !== null) {
      const segment = byId.get(entry.segmentId);
      if (!segment) throw new FormatError(`${entry.where}: ${doc.id} has no segment "${entry.segmentId}"`);
      segments = [segment];
    } else {
      segments = bySource.get(norm(entry.source ?? '')) ?? [];
      if (segments.length === 0) {
        throw new FormatError(`${entry.where}: no segment of ${doc.id} has this source text: "${preview(entry.source ?? '')}"`);
      }
    }
    if (entry.text === null || norm(entry.text) === '') {
      plan.unchanged += segments.length;
      continue;
    }
    const after = norm(entry.text);
    for (const segment of segments) {
      const key = `${segment.id}\u0000${entry.lang}`;
      const earlier = planned.get(key);
      if (earlier !== undefined && earlier !== after) {
        throw new FormatError(`${entry.where}: a second, different ${entry.lang} translation for segment "${segment.id}"`);
      }
      if (earlier !== undefined) continue;
      planned.set(key, after);
      const current = segment.translations[entry.lang];
      const source = segment.translations[doc.sourceLang]?.text ?? '';
      const base = { segmentId: segment.id, lang: entry.lang, where: entry.where };
      if (current && norm(current.text) === after) {
        plan.unchanged += 1;
      } else if (entry.source !== null && norm(entry.source) !== norm(source)) {
        plan.conflicting.push({ ...base, reason: 'source-changed', file: after, database: current?.text ?? null });
      } else if (entry.version !== null && entry.version !== (current?.version ?? 0)) {
        plan.conflicting.push({ ...base, reason: 'changed-since-export', file: after, database: current?.text ?? null });
      } else {
        const item = { ...base, before: current?.text ?? null, after, version: current?.version ?? 0 };
        (current ? plan.changed : plan.added).push(item);
      }
    }
  }
  return plan;
}

/** The edit commands that apply a plan: additions and changes, in file order, each a draft with its event. */
export function planCommands(documentId: string, plan: ImportPlan, comment?: string): TranslationCommandInput[] {
  return [...plan.added, ...plan.changed].map((item) => ({
    action: 'edit',
    documentId,
    segmentId: item.segmentId,
    lang: item.lang,
    version: item.version,
    text: item.after,
    ...(comment ? { comment } : {}),
  }));
}

function targets(doc: ExchangeDocument): string {
  return doc.languages.filter((l) => l !== doc.sourceLang).join(', ');
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
