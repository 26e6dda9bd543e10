import 'server-only';
import { cache } from 'react';
import type { Lang } from '@/lib/languages';
import { getAuth } from '../auth';
import { getSessionUser } from '../auth/session';
import { getDb } from '../database';
import { allowSelfCheck } from '../settings';
import * as documents from './documents';
import * as events from './events';
import * as users from './users';
import * as workspace from './workspace';

export type { SessionUser as Viewer } from '../auth/session';
export type { UserSummary } from '../users';
export type { DocumentSummary, ReaderCell, ReaderDocument, ReaderSegment } from './documents';
export type { EventEntry } from './events';
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

/**
 * Review data names people (who changed a text, who commented, what they said): only a
 * signed-in viewer gets those; anyone else gets the texts and statuses.
 */
export async function getWorkspace(documentId: string, lang: Lang) {
  const people = (await getSessionUser()) !== null;
  return workspace.getWorkspace(await withUsers(), documentId, lang, { people });
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
