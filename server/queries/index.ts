import 'server-only';
import { cache } from 'react';
import type { Lang } from '@/lib/languages';
import { getAuth } from '../auth';
import { getDb } from '../db';
import * as documents from './documents';
import * as review from './review';

export type { DocumentSummary, LanguageCoverage, ReaderCell, ReaderDocument, ReaderSegment } from './documents';
export type { HistoryEntry, ReviewDocument, ReviewRow } from './review';

/** Pages read through these: each opens the app's database and asks one question. */
export async function listDocuments() {
  return documents.listDocuments(await getDb());
}

/** Cached per request: the page and its metadata ask for the same document. */
export const getReaderDocument = cache(async (id: string) => documents.getReaderDocument(await getDb(), id));

// Review reads join the auth library's user table: make sure it exists first.
async function reviewDb() {
  await getAuth();
  return getDb();
}

export async function getReviewDocument(documentId: string, lang: Lang) {
  return review.getReviewDocument(await reviewDb(), documentId, lang);
}

export async function getHistory(documentId: string, segmentId: string, lang: Lang) {
  return review.getHistory(await reviewDb(), documentId, segmentId, lang);
}
