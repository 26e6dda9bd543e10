import type { Generated } from 'kysely';

/**
 * Table types for Kysely. App tables are plural; the singular names `user`, `session`,
 * `account` and `verification` are left to the auth library.
 * Times are ISO 8601 strings in UTC, so that SQLite and PostgreSQL store them alike.
 */
export interface DocumentsTable {
  id: string;
  source_lang: string;
  created_at: string;
  /** Goes up with every change the reader would show (database triggers); keys the cached reader. */
  revision: Generated<number>;
  /** Set while a chunked import is still writing the document (the time of its latest chunk); hidden until null. */
  importing_since?: string | null;
}

/** The languages a document is read in, source included, in display order. */
export interface DocumentLanguagesTable {
  document_id: string;
  lang: string;
  position: number;
}

export interface SegmentsTable {
  document_id: string;
  id: string;
  position: number;
  kind: string;
}

export interface SegmentNotesTable {
  document_id: string;
  segment_id: string;
  lang: string;
  note: string;
}

/**
 * One row per segment and language that has text; no row means `missing`. The source
 * language's row is the source, and its `source_hash` is the hash of its own text.
 */
export interface TranslationsTable {
  document_id: string;
  segment_id: string;
  lang: string;
  text: string;
  status: string;
  /** Hash of the source text this translation was last written or checked against. */
  source_hash: string;
  /** Starts at 1, +1 on every accepted write: the optimistic-concurrency token. */
  version: number;
  updated_at: string;
  updated_by: string | null;
  /** Author of the current text (not of the last status change). */
  text_author: string | null;
}

export interface SourceTextsTable {
  hash: string;
  text: string;
}

/** Append-only history: a trigger refuses UPDATE and DELETE. */
export interface EventsTable {
  id: Generated<number>;
  document_id: string;
  segment_id: string;
  lang: string;
  actor: string | null;
  action: string;
  text_before: string | null;
  text_after: string | null;
  status_before: string;
  status_after: string;
  source_hash: string;
  version: number;
  created_at: string;
  comment: string | null;
}

/** A conversation about one translation, append-only like events: comments, resolve and reopen. */
export interface CommentsTable {
  id: Generated<number>;
  document_id: string;
  segment_id: string;
  lang: string;
  author: string;
  kind: 'comment' | 'resolve' | 'reopen';
  body: string | null;
  created_at: string;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

/** Failed sign-ins per key (`account:<email>`, `address:<ip>`) in the current window. */
export interface SignInLimitsTable {
  key: string;
  failures: number;
  window_start: string;
}

export interface SignInFailuresTable {
  id: Generated<number>;
  email: string;
  failed_at: string;
}

/** The auth library's user table (its own migrations create it); the columns the app reads. */
export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: number | boolean;
  createdAt: string | Date;
  updatedAt: string | Date;
  role: string;
  /** Comma-separated language codes the user may work on; null for all. */
  languages: string | null;
  /** Set (to the time) when an admin deactivated the account: no sign-in, no session. */
  deactivatedAt?: string | null;
}

export interface SentenceLinksTable {
  document_id: string;
  segment_id: string;
  lang: string;
  source_hash: string;
  text_hash: string;
  /** JSON: for each sentence of the translation, the indices of its source sentences. */
  links: string;
}

/** A text of content/ as the database last saw it: the base a sync compares files and database against. */
export interface ContentBaseTable {
  document_id: string;
  segment_id: string;
  lang: string;
  text: string;
}

/** The translator notes of content/ as the database last saw them (like content_base's texts). */
export interface ContentNoteBaseTable {
  document_id: string;
  segment_id: string;
  lang: string;
  note: string;
}

/** A glossary entry; `document_id` null holds for every document. JSON columns: language → terms. */
export interface GlossaryEntriesTable {
  id: Generated<number>;
  document_id: string | null;
  terms: string;
  forbidden: string;
  note: string;
  updated_at: string;
  updated_by: string | null;
}

/** A quality finding a reviewer dismissed, for one text (by hash) and one check. */
export interface QaDismissalsTable {
  document_id: string;
  segment_id: string;
  lang: string;
  text_hash: string;
  check_id: string;
  dismissed_by: string | null;
  dismissed_at: string;
}

/** A soft claim: someone is editing this translation until `expires_at` (renewed while they type). */
export interface ClaimsTable {
  document_id: string;
  segment_id: string;
  lang: string;
  user_id: string;
  claimed_at: string;
  expires_at: string;
}

/** A personal API token; the secret itself is never stored. */
export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  /** SHA-256 of the secret, hex. */
  token_hash: string;
  /** The secret's first characters, for its owner to recognise it by. */
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Requests of one API client (`token:<id>`, `address:<ip>`) in the current fixed window. */
export interface ApiRateLimitsTable {
  key: string;
  requests: number;
  window_start: string;
}

export interface Database {
  api_tokens: ApiTokensTable;
  api_rate_limits: ApiRateLimitsTable;
  claims: ClaimsTable;
  content_base: ContentBaseTable;
  content_note_base: ContentNoteBaseTable;
  glossary_entries: GlossaryEntriesTable;
  qa_dismissals: QaDismissalsTable;
  sentence_links: SentenceLinksTable;
  source_texts: SourceTextsTable;
  app_settings: AppSettingsTable;
  sign_in_failures: SignInFailuresTable;
  sign_in_limits: SignInLimitsTable;
  user: UserTable;
  documents: DocumentsTable;
  document_languages: DocumentLanguagesTable;
  segments: SegmentsTable;
  segment_notes: SegmentNotesTable;
  translations: TranslationsTable;
  events: EventsTable;
  comments: CommentsTable;
}
