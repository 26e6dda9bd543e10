import 'server-only';
import { cache } from 'react';
import type { Format } from '@/lib/formats';
import type { Lang } from '@/lib/languages';
import type { LookupQuery } from '@/lib/dictionary/lookup';
import type { Finding } from '@/lib/qa';
import type { ReviewFilters } from '@/lib/review';
import { pickRange } from '@/lib/reader/ranges';
import { getAuth } from '../auth';
import { getSessionUser } from '../auth/session';
import { listClaims as listActiveClaims } from '../claims/store';
import { listApiTokens } from '../auth/tokens';
import { getDb } from '../database';
import { listGlossary } from '../glossary/store';
import { documentQa } from '../qa';
import { allowSelfCheck } from '../settings';
import * as conversations from './conversations';
import { getStressDictionary as loadStressDictionary, hasStressDictionary } from '../text-aids/stress-dictionary';
import { lookupWord as lookupInDictionaries } from '../dictionary';
import * as documents from './documents';
import * as events from './events';
import * as reader from './reader';
import * as stats from './stats';
import * as segments from './segments';
import * as titles from './titles';
import * as exchange from './exchange';
import * as memory from './memory';
import * as users from './users';
import * as workspace from './workspace';

export type { SessionUser as Viewer } from '../auth/session';
export type { UserSummary } from '../users';
export type { DocumentSummary, ReaderCell, ReaderDocument, ReaderSegment } from './documents';
export type { EventEntry } from './events';
export type { DocumentStats } from './stats';
export type { InboxItem } from './conversations';
export type { ReaderOutline, TocEntry } from './reader';
export type { TitleState } from './titles';
export type { ApiTokenSummary } from '../auth/tokens';
export type { FileExport, FileExportOptions } from './exchange';
export type { MemorySuggestion } from './memory';
export type { GlossaryEntry } from '@/lib/glossary/model';
export type { TranslationQa } from '@/lib/qa';
export type { LookupResult } from '@/lib/dictionary/lookup';
export type { Workspace, WorkspaceComment, WorkspacePaging, WorkspaceRow, WorkspaceTarget } from './workspace';

/*
 * Pages, layouts, route handlers and server components read through these, and only these:
 * each opens the app's database and asks one question.
 */

export async function listDocuments() {
  return documents.listDocuments(await getDb());
}

/** Where a reader page is in its document: its range, how many there are, the contents. */
export interface ReaderPage {
  index: number;
  count: number;
  /** Positions [start, end) of the page's segments. */
  start: number;
  end: number;
  segmentCount: number;
  toc: reader.TocEntry[];
  sourceLang: Lang;
  epoch: string;
  revision: number;
}

/**
 * One page of the reader: the range holding segment `at` (a link to a segment), else page `p`
 * (1-based), else the first; with its place in the document. Cached per request: the page and
 * its metadata ask alike.
 */
/**
 * The Russian stress dictionary for a view: read (once per process) only when the view shows
 * stress marks; `offered` says whether the lexicon is installed at all.
 */
export async function getStressDictionary(wanted: boolean) {
  const offered = await hasStressDictionary();
  return { offered, dictionary: wanted && offered ? await loadStressDictionary() : null };
}

export const getReaderView = cache(async (id: string, at?: string, p?: string) => {
  const db = await getDb();
  const outline = await reader.getReaderOutline(db, id);
  if (!outline) return undefined;
  const index = pickRange(outline.ranges, at === undefined ? undefined : outline.positions.get(at), p);
  const range = outline.ranges[index] ?? { start: 0, end: 0 };
  const document = await documents.getReaderDocument(db, id, range);
  if (!document) return undefined;
  const page: ReaderPage = {
    index,
    count: outline.ranges.length,
    start: range.start,
    end: range.end,
    segmentCount: outline.segmentCount,
    toc: outline.toc,
    sourceLang: outline.sourceLang,
    epoch: outline.epoch,
    revision: outline.revision,
  };
  return { document, page };
});

/** A document's outline (ranges, contents, positions) at its current revision. */
export async function getReaderOutline(id: string) {
  return reader.getReaderOutline(await getDb(), id);
}

/** A document's title in the UI language (falling back to the source), or undefined for no such document. */
export const getDocumentTitle = cache(async (id: string, locale: string) =>
  documents.getDocumentTitle(await getDb(), id, locale),
);

/** A document's title segment (texts and versions) for the rename form; see titles.loadTitle. */
export async function getTitleState(id: string) {
  return titles.loadTitle(await getDb(), id);
}

/** The signed-in user of this request, or null. */
export async function getViewer() {
  return getSessionUser();
}

/** The review policy an admin sets: may reviewers check what they wrote themselves? */
export async function getReviewPolicy(): Promise<{ allowSelfCheck: boolean }> {
  return { allowSelfCheck: await allowSelfCheck(await getDb()) };
}

// Reads that join the auth library's user table: make sure it exists first.
async function withUsers() {
  await getAuth();
  return getDb();
}

/**
 * One page of the review workspace: the segments passing `filters`, filtered and paged in the
 * database. Review data names people (who changed a text, who commented, what they said): only
 * a signed-in viewer gets those; anyone else gets the texts and statuses.
 */
export async function getWorkspace(documentId: string, lang: Lang, filters: ReviewFilters = {}, page = 1, at?: string) {
  const people = (await getSessionUser()) !== null;
  return workspace.getWorkspace(await withUsers(), documentId, lang, filters, page, workspace.WORKSPACE_PAGE_SIZE, {
    people,
    at,
  });
}

/** Who is editing which translation of one language of a document now; null without a session (it names people). */
export async function listClaims(documentId: string, lang: Lang) {
  if ((await getSessionUser()) === null) return null;
  return listActiveClaims(await withUsers(), documentId, lang, new Date());
}

/** What waits for the signed-in user across documents (rejected texts, conversations), or null without a session. */
export async function getInbox() {
  const viewer = await getSessionUser();
  if (!viewer) return null;
  return conversations.getInbox(await withUsers(), viewer);
}

/** One document as an exchange file (XLIFF, TMX, i18next, TSV, text), with its file name and content type. */
export async function getDocumentExport(documentId: string, format: Format, options: exchange.FileExportOptions = {}) {
  return exchange.exportDocumentFile(await withUsers(), documentId, format, options);
}

/** One document's summary (titles, languages, progress), or undefined for no such visible document. */
export async function getDocumentSummary(documentId: string) {
  return (await documents.listDocuments(await getDb())).find((doc) => doc.id === documentId);
}

/**
 * A document's statistics: progress over time for anyone; who did what (it names people) only
 * for a signed-in viewer, as the rest of review data.
 */
export async function getDocumentStats(documentId: string) {
  const people = (await getSessionUser()) !== null;
  return stats.getDocumentStats(await withUsers(), documentId, { people });
}

/** A translation's history; who acted and their comments only for a signed-in viewer. */
export async function listEvents(documentId: string, segmentId: string, lang: Lang) {
  const people = (await getSessionUser()) !== null;
  return events.listEvents(await withUsers(), documentId, segmentId, lang, { people });
}

export async function listUsers() {
  return users.listUsers(await withUsers());
}

export async function countUsers() {
  return users.countUsers(await withUsers());
}

/** Quality findings of every translation of a document into one language. */
export async function getDocumentQa(documentId: string, lang: Lang) {
  return documentQa(await getDb(), documentId, { lang });
}

/**
 * The failing, not dismissed quality checks of the reader's segments (one page), per segment
 * and language, for a reviewer who turned the flags on.
 */
export async function getReaderQaFlags(documentId: string, segmentIds: readonly string[]) {
  const flags = new Map<string, Map<string, Finding[]>>();
  for (const qa of await documentQa(await getDb(), documentId, { segmentIds })) {
    const active: Finding[] = qa.findings.filter((f) => !f.dismissed).map(({ dismissed: _, ...f }) => f);
    if (active.length === 0) continue;
    const row = flags.get(qa.segmentId) ?? new Map<string, Finding[]>();
    row.set(qa.lang, active);
    flags.set(qa.segmentId, row);
  }
  return flags;
}

/** The glossary for a document (its entries and the global ones), or only the global entries. */
export async function getGlossary(documentId: string | null) {
  return listGlossary(await getDb(), documentId);
}

/** Translation memory for one segment: undefined when the segment or its source is unknown. */
export async function getMemorySuggestions(documentId: string, segmentId: string, lang: Lang) {
  return memory.listMemorySuggestions(await getDb(), documentId, segmentId, lang);
}

/** A word looked up in the dictionaries installed with the app (each loaded on first use). */
export async function lookupWord(query: LookupQuery) {
  return lookupInDictionaries(query);
}

/** One page of a document's segments with every translation (REST API v1): after position `after`, `limit` of them. */
export async function getSegmentPage(documentId: string, after: number, limit: number) {
  return segments.getSegmentPage(await getDb(), documentId, after, limit);
}

/** The signed-in user's API tokens (never their secrets), or null without a session. */
export async function listMyApiTokens() {
  const viewer = await getSessionUser();
  if (!viewer) return null;
  return listApiTokens(await getDb(), viewer.id);
}
