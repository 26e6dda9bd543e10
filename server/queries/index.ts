import 'server-only';
import { cache } from 'react';
import { getDb } from '../db';
import * as documents from './documents';

export type { DocumentSummary, LanguageCoverage, ReaderCell, ReaderDocument, ReaderSegment } from './documents';

/** Pages read through these: each opens the app's database and asks one question. */
export async function listDocuments() {
  return documents.listDocuments(await getDb());
}

/** Cached per request: the page and its metadata ask for the same document. */
export const getReaderDocument = cache(async (id: string) => documents.getReaderDocument(await getDb(), id));
