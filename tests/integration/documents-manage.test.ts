import { describe, expect, it } from 'vitest';
import { loadDocumentDir } from '@/lib/content/load';
import type { Actor } from '@/lib/review';
import { deleteDocument, renameDocument } from '@/server/documents/manage';
import { loadTitle } from '@/server/queries/titles';
import { DocumentExistsError, importContentDocument } from '@/server/content/import';
import { seedIfEmpty } from '@/server/content/seed';
import { getDocumentTitle, listDocuments } from '@/server/queries/documents';
import { cachedReaderPath } from '@/server/queries/reader';
import { executeCommand } from '@/server/translations';
import { createUser } from '@/server/users';
import { CONTENT_DIR, DIALECTS, type TempDatabase, useTempDatabase } from './helpers';

const DOC = 'sino-russian-cooperation';
const query = new URLSearchParams({ cols: 'en,zh,ru' });

async function actors({ auth }: TempDatabase) {
  const make = async (role: 'reviewer' | 'admin' | 'translator'): Promise<Actor> => {
    const user = await createUser(auth, {
      email: `${role}@example.test`,
      name: role,
      password: 'manage-docs-pw-1',
      role,
      languages: null,
    });
    return { id: user.id, role: user.role, languages: null };
  };
  return { reviewer: await make('reviewer'), admin: await make('admin'), translator: await make('translator') };
}

describe.each(DIALECTS)('renaming and deleting documents on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  async function setUp() {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    return { db, ...(await actors(database())) };
  }

  async function titleVersions(db: TempDatabase['db']) {
    const state = await loadTitle(db, DOC);
    if (!state || state.segmentId === null) throw new Error('the seed has a title segment');
    return state;
  }

  it('refuses translators and reviewers, and changes nothing', async () => {
    const { db, translator, reviewer } = await setUp();
    const before = await titleVersions(db);
    for (const actor of [translator, reviewer, null]) {
      expect(await renameDocument(db, actor, DOC, { en: { text: 'New', version: 1 } })).toEqual({
        ok: false,
        error: 'forbidden',
      });
      expect(await deleteDocument(db, actor, DOC, DOC)).toEqual({ ok: false, error: 'forbidden' });
    }
    expect(await titleVersions(db)).toEqual(before);
    expect((await listDocuments(db)).map((d) => d.id)).toContain(DOC);
  });

  it('renames the title in each language through the write path; the id and segment ids stay; the next reader request is a new page', async () => {
    const { db, admin } = await setUp();
    const before = await titleVersions(db);
    const page = (await cachedReaderPath(db, 'en', DOC, query))?.path;
    const result = await renameDocument(db, admin, DOC, {
      en: { text: 'Russia and China, Strategically', version: before.titles.en?.version ?? 0 },
      zh: { text: '中俄战略合作（新）', version: before.titles.zh?.version ?? 0 },
      ru: { text: before.titles.ru?.text ?? '', version: before.titles.ru?.version ?? 0 },
    });
    expect(result).toEqual({ ok: true, changed: ['en', 'zh'] });
    const after = await titleVersions(db);
    expect(after.segmentId).toBe(before.segmentId);
    expect(after.titles.en).toEqual({ text: 'Russia and China, Strategically', version: (before.titles.en?.version ?? 0) + 1 });
    expect(after.titles.zh?.text).toBe('中俄战略合作（新）');
    expect(await getDocumentTitle(db, DOC, 'en')).toBe('Russia and China, Strategically');
    expect(await getDocumentTitle(db, DOC, 'zh')).toBe('中俄战略合作（新）');
    expect((await cachedReaderPath(db, 'en', DOC, query))?.path).not.toBe(page);
    // One event per language renamed, as every write through the path has.
    const events = await db
      .selectFrom('events')
      .select(['lang', 'action'])
      .where('document_id', '=', DOC)
      .where('segment_id', '=', before.segmentId)
      .where('action', '<>', 'import')
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { lang: 'en', action: 'edit-source-meaning' },
      { lang: 'zh', action: 'edit' },
    ]);
  });

  it('a rename against a version someone else moved on changes nothing', async () => {
    const { db, admin } = await setUp();
    const before = await titleVersions(db);
    const result = await renameDocument(db, admin, DOC, {
      en: { text: 'First', version: before.titles.en?.version ?? 0 },
      zh: { text: '过时', version: (before.titles.zh?.version ?? 0) + 5 },
    });
    expect(result).toMatchObject({ ok: false, error: 'refused', result: { index: 1, result: { error: 'conflict' } } });
    expect(await titleVersions(db)).toEqual(before);
    expect(await renameDocument(db, admin, DOC, {})).toEqual({ ok: false, error: 'unchanged' });
    expect(await renameDocument(db, admin, 'no-such-doc', {})).toEqual({ ok: false, error: 'not-found' });
  });

  it('refuses to delete while a translation is checked, saying how many', async () => {
    const { db, admin, reviewer } = await setUp();
    const check = await executeCommand(db, reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: 'summary',
      lang: 'ru',
      version: 1,
    });
    expect(check.ok).toBe(true);
    expect(await deleteDocument(db, admin, DOC, DOC)).toEqual({ ok: false, error: 'has-checked', checked: 1 });
    expect((await listDocuments(db)).map((d) => d.id)).toContain(DOC);
  });

  it('needs the id repeated to delete', async () => {
    const { db, admin } = await setUp();
    expect(await deleteDocument(db, admin, DOC, '')).toEqual({ ok: false, error: 'unconfirmed' });
    expect(await deleteDocument(db, admin, 'no-such-doc', 'no-such-doc')).toEqual({ ok: false, error: 'not-found' });
    expect((await listDocuments(db)).map((d) => d.id)).toContain(DOC);
  });

  it('deletes a document: gone from the list and the reader at once, its history kept with a delete event per text, its id not reused', async () => {
    const { db, admin } = await setUp();
    expect(await cachedReaderPath(db, 'en', DOC, query)).toBeDefined();
    const texts = await db
      .selectFrom('translations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('document_id', '=', DOC)
      .executeTakeFirstOrThrow();
    const eventsBefore = await db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('document_id', '=', DOC)
      .executeTakeFirstOrThrow();

    expect(await deleteDocument(db, admin, DOC, DOC)).toEqual({ ok: true });

    // The anonymous reader's next request finds no page to serve (the per-request page 404s).
    expect(await cachedReaderPath(db, 'en', DOC, query)).toBeUndefined();
    expect((await listDocuments(db)).map((d) => d.id)).not.toContain(DOC);
    expect(await getDocumentTitle(db, DOC, 'en')).toBeUndefined();
    for (const table of ['segments', 'translations', 'sentence_links', 'document_languages'] as const) {
      const left = await db.selectFrom(table).select('document_id').where('document_id', '=', DOC).execute();
      expect(left, table).toEqual([]);
    }
    const deletes = await db
      .selectFrom('events')
      .select(['actor', 'status_after', 'text_before'])
      .where('document_id', '=', DOC)
      .where('action', '=', 'delete')
      .execute();
    expect(deletes).toHaveLength(Number(texts.n));
    expect(deletes.every((e) => e.actor === admin.id && e.status_after === 'missing' && e.text_before)).toBe(true);
    const eventsAfter = await db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('document_id', '=', DOC)
      .executeTakeFirstOrThrow();
    expect(Number(eventsAfter.n)).toBe(Number(eventsBefore.n) + Number(texts.n));

    // A new document may not take the id: it would inherit the old history.
    const seed = await loadDocumentDir(`${CONTENT_DIR}/${DOC}`);
    if (!seed.ok) throw new Error('seed did not load');
    const again = importContentDocument(db, seed.document, { actor: admin.id });
    await expect(again).rejects.toBeInstanceOf(DocumentExistsError);
    await expect(again).rejects.toMatchObject({ reason: 'deleted' });
    // Under another id it imports as ever.
    await importContentDocument(db, { ...seed.document, id: 'second-copy' }, { actor: admin.id });
    expect((await listDocuments(db)).map((d) => d.id)).toContain('second-copy');
  });
});
