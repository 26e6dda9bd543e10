import { type Kysely, type Migration, type MigrationProvider, sql } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** Tables whose rows the reader shows: a change to any of them is a new revision of its document. */
const REVISION_SOURCES = ['translations', 'segments', 'segment_notes', 'sentence_links', 'document_languages'] as const;

async function createRevisionFunction(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION bump_document_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE documents SET revision = revision + 1 WHERE id = OLD.document_id;
  ELSE
    UPDATE documents SET revision = revision + 1 WHERE id = NEW.document_id;
  END IF;
  RETURN NULL;
END $$`,
    )
    .execute(db);
}

/**
 * Migrations live in code, not in a folder read at run time, so that they travel inside the
 * Next.js server bundle and the CLI alike. Names sort in the order they apply; never edit
 * an applied migration, add a new one.
 */
function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '0001_content': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('documents')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('source_lang', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('document_languages')
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addPrimaryKeyConstraint('document_languages_pk', ['document_id', 'lang'])
          .execute();
        await db.schema
          .createTable('segments')
          .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('id', 'text', (c) => c.notNull())
          .addColumn('position', 'integer', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('segments_pk', ['document_id', 'id'])
          .execute();
        await db.schema
          .createTable('segment_notes')
          .addColumn('document_id', 'text', (c) => c.notNull())
          .addColumn('segment_id', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('note', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('segment_notes_pk', ['document_id', 'segment_id', 'lang'])
          .addForeignKeyConstraint(
            'segment_notes_segment_fk',
            ['document_id', 'segment_id'],
            'segments',
            ['document_id', 'id'],
            (c) => c.onDelete('cascade'),
          )
          .execute();
        await db.schema
          .createTable('translations')
          .addColumn('document_id', 'text', (c) => c.notNull())
          .addColumn('segment_id', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'checked', 'rejected')`))
          .addColumn('source_hash', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull().check(sql`version >= 1`))
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text')
          .addPrimaryKeyConstraint('translations_pk', ['document_id', 'segment_id', 'lang'])
          .addForeignKeyConstraint(
            'translations_segment_fk',
            ['document_id', 'segment_id'],
            'segments',
            ['document_id', 'id'],
            (c) => c.onDelete('cascade'),
          )
          .execute();
        await db.schema
          .createTable('events')
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('document_id', 'text', (c) => c.notNull())
          .addColumn('segment_id', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('actor', 'text')
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('text_before', 'text')
          .addColumn('text_after', 'text')
          .addColumn('status_before', 'text', (c) => c.notNull())
          .addColumn('status_after', 'text', (c) => c.notNull())
          .addColumn('source_hash', 'text', (c) => c.notNull())
          .addColumn('version', 'integer', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('events_translation_idx')
          .on('events')
          .columns(['document_id', 'segment_id', 'lang', 'id'])
          .execute();
        // History is never rewritten: refuse UPDATE and DELETE in the database itself, so that
        // no code path (or hand-written SQL) can lose an event.
        if (dialect === 'sqlite') {
          await sql`CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END`.execute(db);
          await sql`CREATE TRIGGER events_no_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END`.execute(db);
        } else {
          await sql`CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'events are append-only'; END $$`.execute(db);
          await sql`CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON events
            FOR EACH ROW EXECUTE FUNCTION events_append_only()`.execute(db);
          // TRUNCATE skips row triggers: refuse it with a statement trigger.
          await sql`CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
            FOR EACH STATEMENT EXECUTE FUNCTION events_append_only()`.execute(db);
        }
      },
    },
    '0002_accounts_and_review': {
      async up(db: Kysely<unknown>) {
        // Instance-wide settings (the auth secret when no env var gives one, review policy).
        await db.schema
          .createTable('app_settings')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('value', 'text', (c) => c.notNull())
          .execute();
        // Failed sign-ins per email, for throttling that holds across app servers.
        await db.schema
          .createTable('sign_in_failures')
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('email', 'text', (c) => c.notNull())
          .addColumn('failed_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('sign_in_failures_email_idx')
          .on('sign_in_failures')
          .columns(['email', 'failed_at'])
          .execute();
        // Who wrote the current text: a reviewer may not check their own text.
        await db.schema.alterTable('translations').addColumn('text_author', 'text').execute();
        // A rejection's reason, and other remarks, live with the event that made them.
        await db.schema.alterTable('events').addColumn('comment', 'text').execute();
        // Every source text ever stored, by hash: what an outdated translation was written
        // against, so the review view can show what changed in the source since.
        await db.schema
          .createTable('source_texts')
          .addColumn('hash', 'text', (c) => c.primaryKey())
          .addColumn('text', 'text', (c) => c.notNull())
          .execute();
        await sql`INSERT INTO source_texts (hash, text)
          SELECT DISTINCT t.source_hash, t.text FROM translations t
          JOIN documents d ON d.id = t.document_id AND d.source_lang = t.lang`.execute(db);
      },
    },
    '0003_sentence_links': {
      async up(db: Kysely<unknown>) {
        // For each translated segment: which source sentences each of its sentences renders,
        // for sentence highlighting in the reader. Stamped with the hashes it was computed
        // from, so a stale row is recognised and recomputed, never shown.
        await db.schema
          .createTable('sentence_links')
          .addColumn('document_id', 'text', (c) => c.notNull())
          .addColumn('segment_id', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('source_hash', 'text', (c) => c.notNull())
          .addColumn('text_hash', 'text', (c) => c.notNull())
          .addColumn('links', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('sentence_links_pk', ['document_id', 'segment_id', 'lang'])
          .execute();
      },
    },
    '0004_document_revision': {
      async up(db: Kysely<unknown>) {
        // A document's revision goes up with every change to anything the reader shows of it
        // (texts, statuses, segments, notes, sentence links, languages), whoever writes: the
        // app, the CLI, an import. The cached reader is keyed by it, so a page is never stale.
        await db.schema
          .alterTable('documents')
          .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        // A reader page reads its segments by position.
        await db.schema.createIndex('segments_position').on('segments').columns(['document_id', 'position']).execute();
        if (dialect === 'postgres') await createRevisionFunction(db);
        for (const table of REVISION_SOURCES) {
          if (dialect === 'sqlite') {
            for (const [event, row] of [
              ['INSERT', 'NEW'],
              ['UPDATE', 'NEW'],
              ['DELETE', 'OLD'],
            ] as const) {
              await sql
                .raw(
                  `CREATE TRIGGER ${table}_revision_${event.toLowerCase()} AFTER ${event} ON ${table} ` +
                    `BEGIN UPDATE documents SET revision = revision + 1 WHERE id = ${row}.document_id; END`,
                )
                .execute(db);
            }
          } else {
            await sql
              .raw(
                `CREATE TRIGGER ${table}_revision AFTER INSERT OR UPDATE OR DELETE ON ${table} ` +
                  `FOR EACH ROW EXECUTE FUNCTION bump_document_revision()`,
              )
              .execute(db);
          }
        }
      },
    },
    '0005_content_base': {
      async up(db: Kysely<unknown>) {
        // The texts of content/ as the database last saw them (at seeding, export or sync), so
        // that sync tells a change in the files from a change in the database, and both from a
        // conflict. Not the translations table: nothing here is read as a translation.
        await db.schema
          .createTable('content_base')
          .addColumn('document_id', 'text', (c) => c.notNull())
          .addColumn('segment_id', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('content_base_pk', ['document_id', 'segment_id', 'lang'])
          .addForeignKeyConstraint('content_base_document_fk', ['document_id'], 'documents', ['id'], (c) => c.onDelete('cascade'))
          .execute();
      },
    },
    '0006_glossary_and_dismissals': {
      async up(db: Kysely<unknown>) {
        // Glossary entries, for one document or (document_id null) for all. Terms and
        // forbidden variants are JSON objects of language → list, checked by lib/glossary.
        await db.schema
          .createTable('glossary_entries')
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('document_id', 'text', (c) => c.references('documents.id').onDelete('cascade'))
          .addColumn('terms', 'text', (c) => c.notNull())
          .addColumn('forbidden', 'text', (c) => c.notNull())
          .addColumn('note', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text')
          .execute();
        await db.schema.createIndex('glossary_entries_document_idx').on('glossary_entries').column('document_id').execute();
        // A reviewer's "this finding is wrong": kept for the exact text (its hash) and check,
        // so the finding comes back as soon as the text changes.
        await db.schema
          .createTable('qa_dismissals')
          .addColumn('document_id', 'text', (c) => c.notNull())
          .addColumn('segment_id', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('text_hash', 'text', (c) => c.notNull())
          .addColumn('check_id', 'text', (c) => c.notNull())
          .addColumn('dismissed_by', 'text')
          .addColumn('dismissed_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('qa_dismissals_pk', ['document_id', 'segment_id', 'lang', 'text_hash', 'check_id'])
          .addForeignKeyConstraint(
            'qa_dismissals_segment_fk',
            ['document_id', 'segment_id'],
            'segments',
            ['document_id', 'id'],
            (c) => c.onDelete('cascade'),
          )
          .execute();
      },
    },
    '0007_chunked_imports_and_sign_in_limits': {
      async up(db: Kysely<unknown>) {
        // A long import commits in chunks, so that other writers get the lock between them. Until
        // the last chunk the document is hidden from every read and write: `importing_since`
        // (the time of its latest chunk) is set, and cleared when the import is complete.
        await db.schema.alterTable('documents').addColumn('importing_since', 'text').execute();
        // History starts when a document becomes visible: the events of an import that failed
        // (or was killed) half-way may be removed with it; any other event stays append-only.
        if (dialect === 'sqlite') {
          await sql`DROP TRIGGER events_no_delete`.execute(db);
          await sql`CREATE TRIGGER events_no_delete BEFORE DELETE ON events
            WHEN NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = OLD.document_id AND d.importing_since IS NOT NULL)
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END`.execute(db);
        } else {
          await sql`CREATE OR REPLACE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'DELETE' AND TG_LEVEL = 'ROW' AND EXISTS (
                SELECT 1 FROM documents d WHERE d.id = OLD.document_id AND d.importing_since IS NOT NULL
              ) THEN
                RETURN OLD;
              END IF;
              RAISE EXCEPTION 'events are append-only';
            END $$`.execute(db);
        }
        // Sign-in limits: one counter per key (an account, a client address), updated in one
        // atomic statement per attempt, shared by every app server on the database.
        await db.schema
          .createTable('sign_in_limits')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('failures', 'integer', (c) => c.notNull())
          .addColumn('window_start', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0008_conversations': {
      async up(db: Kysely<unknown>) {
        // A conversation per translation: comments, and a thread resolved or reopened, each a
        // row of its own, never changed afterwards (the thread's state is its latest rows).
        // Rejections and other commented commands stay in events and join the thread on read.
        await db.schema
          .createTable('comments')
          .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
            dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('document_id', 'text', (c) => c.notNull())
          .addColumn('segment_id', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('author', 'text', (c) => c.notNull())
          .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('comment', 'resolve', 'reopen')`))
          .addColumn('body', 'text')
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('comments_translation_idx')
          .on('comments')
          .columns(['document_id', 'segment_id', 'lang', 'id'])
          .execute();
        await db.schema.createIndex('comments_author_idx').on('comments').columns(['author', 'id']).execute();
        if (dialect === 'sqlite') {
          await sql`CREATE TRIGGER comments_no_update BEFORE UPDATE ON comments
            BEGIN SELECT RAISE(ABORT, 'comments are append-only'); END`.execute(db);
          await sql`CREATE TRIGGER comments_no_delete BEFORE DELETE ON comments
            BEGIN SELECT RAISE(ABORT, 'comments are append-only'); END`.execute(db);
        } else {
          await sql`CREATE FUNCTION comments_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'comments are append-only'; END $$`.execute(db);
          await sql`CREATE TRIGGER comments_no_change BEFORE UPDATE OR DELETE ON comments
            FOR EACH ROW EXECUTE FUNCTION comments_append_only()`.execute(db);
          await sql`CREATE TRIGGER comments_no_truncate BEFORE TRUNCATE ON comments
            FOR EACH STATEMENT EXECUTE FUNCTION comments_append_only()`.execute(db);
        }
      },
    },
    '0009_api_tokens': {
      async up(db: Kysely<unknown>) {
        // Personal API tokens: only the SHA-256 of the secret is kept (lib/api/tokens.ts says
        // why that suffices), with a short prefix the owner recognises it by. Revoking keeps
        // the row, so the account page can still tell what a token was.
        await db.schema
          .createTable('api_tokens')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('token_hash', 'text', (c) => c.notNull().unique())
          .addColumn('prefix', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('last_used_at', 'text')
          .addColumn('revoked_at', 'text')
          .execute();
        await db.schema.createIndex('api_tokens_user_idx').on('api_tokens').columns(['user_id', 'created_at']).execute();
        // Request counters of the API, one per key (a token, a client address) and fixed window,
        // updated in one atomic statement per request, shared by every app server.
        await db.schema
          .createTable('api_rate_limits')
          .addColumn('key', 'text', (c) => c.primaryKey())
          .addColumn('requests', 'integer', (c) => c.notNull())
          .addColumn('window_start', 'text', (c) => c.notNull())
          .execute();
      },
    },
    '0010_claims': {
      async up(db: Kysely<unknown>) {
        // Soft claims: "this person is editing this translation", one row per person and
        // translation, until `expires_at` unless renewed. Not a translation change (no event);
        // a row past its time means nothing and is cleared by the next claim.
        await db.schema
          .createTable('claims')
          .addColumn('document_id', 'text', (c) => c.notNull())
          .addColumn('segment_id', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('user_id', 'text', (c) => c.notNull())
          .addColumn('claimed_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('claims_pk', ['document_id', 'lang', 'segment_id', 'user_id'])
          .addForeignKeyConstraint('claims_segment_fk', ['document_id', 'segment_id'], 'segments', ['document_id', 'id'], (c) =>
            c.onDelete('cascade'),
          )
          .execute();
        await db.schema.createIndex('claims_expires_idx').on('claims').column('expires_at').execute();
      },
    },
    '0012_content_note_base': {
      async up(db: Kysely<unknown>) {
        // The translator notes of content/ as the database last saw them, beside content_base's
        // texts, so that sync tells a note changed in the files from one changed here.
        await db.schema
          .createTable('content_note_base')
          .addColumn('document_id', 'text', (c) => c.notNull())
          .addColumn('segment_id', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('note', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('content_note_base_pk', ['document_id', 'segment_id', 'lang'])
          .addForeignKeyConstraint('content_note_base_document_fk', ['document_id'], 'documents', ['id'], (c) =>
            c.onDelete('cascade'),
          )
          .execute();
        // Notes have come in and gone out with the texts all along: where the texts have a
        // base, today's notes are the best one the notes can have.
        await sql`INSERT INTO content_note_base (document_id, segment_id, lang, note)
          SELECT n.document_id, n.segment_id, n.lang, n.note FROM segment_notes n
          WHERE EXISTS (SELECT 1 FROM content_base b WHERE b.document_id = n.document_id)`.execute(db);
      },
    },
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
