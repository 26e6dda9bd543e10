import 'server-only';
import { cache } from 'react';
import type { Lang } from '@/lib/languages';
import { getAuth } from '../auth';
import { getSessionUser } from '../auth/session';
import { getDb } from '../database';
import { listGlossary } from '../glossary/store';
import { documentQa } from '../qa';
import { allowSelfCheck } from '../settings';
import * as documents from './documents';
import * as events from './events';
import * as memory from './memory';
import * as users from './users';
import * as workspace from './workspace';

export type { SessionUser as Viewer } from '../auth/session';
export type { UserSummary } from '../users';
export type { DocumentSummary, ReaderCell, ReaderDocument, ReaderSegment } from './documents';
export type { EventEntry } from './events';
export type { MemorySuggestion } from './memory';
export type { GlossaryEntry } from '@/lib/glossary/model';
export type { TranslationQa } from '@/lib/qa';
export type { Workspace, WorkspaceComment, WorkspaceRow, WorkspaceTarget } from './workspace';

/*
 * Pages, layouts, route handlers and server components read through these, and only these:
 * each opens the app's database and asks one question.
 */

export async function listDocuments() {
  return documents.listDocuments(await getDb());
}

/** Cached per request: the page and its metadata ask for the same document. */
export const getReaderDocument = cache(async (id: string) => documents.getReaderDocument(await getDb(), id));

/** A document's title in the UI language (falling back to the source), or undefined for no such document. */
export const getDocumentTitle = cache(async (id: string, locale: string) =>
  documents.getDocumentTitle(await getDb(), id, locale),
);

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

export async function getWorkspace(documentId: string, lang: Lang) {
  return workspace.getWorkspace(await withUsers(), documentId, lang);
}

export async function listEvents(documentId: string, segmentId: string, lang: Lang) {
  return events.listEvents(await withUsers(), documentId, segmentId, lang);
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

/** The glossary for a document (its entries and the global ones), or only the global entries. */
export async function getGlossary(documentId: string | null) {
  return listGlossary(await getDb(), documentId);
}

/** Translation memory for one segment: undefined when the segment or its source is unknown. */
export async function getMemorySuggestions(documentId: string, segmentId: string, lang: Lang) {
  return memory.listMemorySuggestions(await getDb(), documentId, segmentId, lang);
}
