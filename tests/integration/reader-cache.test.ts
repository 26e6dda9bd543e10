import { describe, expect, it } from 'vitest';
import { loadDocumentDir } from '@/lib/content/load';
import type { Actor } from '@/lib/review';
import { importContentDocument } from '@/server/content/import';
import { seedIfEmpty } from '@/server/content/seed';
import { deleteDocument, renameDocument } from '@/server/documents/manage';
import { loadTitle } from '@/server/queries/titles';
import { getReaderDocument } from '@/server/queries/documents';
import { cachedReaderPath, getReaderOutline } from '@/server/queries/reader';
import { executeCommand, executeCommandsAtomically } from '@/server/translations';
import { createUser } from '@/server/users';
import { CONTENT_DIR, DIALECTS, type TempDatabase, useTempDatabase } from './helpers';

const DOC = 'sino-russian-cooperation';
const query = new URLSearchParams({ cols: 'en,zh,ru' });

async function actors({ auth }: TempDatabase): Promise<{ reviewer: Actor; admin: Actor; translator: Actor }> {
  const make = async (role: 'reviewer' | 'admin' | 'translator'): Promise<Actor> => {
    const user = await createUser(auth, {
      email: `${role}@example.test`,
      name: role,
      password: 'reader-cache-pw-1',
      role,
      languages: null,
    });
    return { id: user.id, role: user.role, languages: null };
  };
  return { reviewer: await make('reviewer'), admin: await make('admin'), translator: await make('translator') };
}

/*
 * The cached anonymous reader is keyed by the database's epoch, the document's revision and the
 * view. These tests hold that every kind of write that changes what the reader shows gives the
 * very next request a new key (so a fresh page), and that the page then shows the change.
 */
describe.each(DIALECTS)('cached reader keys on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  async function setUp() {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    return { db, ...(await actors(database())) };
  }

  const pathNow = async (db: TempDatabase['db']) => (await cachedReaderPath(db, 'en', DOC, query))?.path;
  const cell = async (db: TempDatabase['db'], segment: string, lang: 'zh' | 'ru' | 'en') =>
    (await getReaderDocument(db, DOC))?.segments.find((s) => s.id === segment)?.cells[lang];

  it('a translation edit, a status change and a source edit each give a new page, which shows the change', async () => {
    const { db, reviewer, translator, admin } = await setUp();
    const first = await pathNow(db);
    expect(first).toMatch(/^\/en\/cached-read\/sino-russian-cooperation\/[0-9a-f]{8}-\d+~en\.zh\.ru~0~1~0s0$/);
    // Reading changes nothing.
    await getReaderOutline(db, DOC);
    expect(await pathNow(db)).toBe(first);

    const edit = await executeCommand(db, translator, {
      action: 'edit',
      documentId: DOC,
      segmentId: 'summary',
      lang: 'ru',
      version: 1,
      text: 'Новое резюме.',
    });
    expect(edit.ok).toBe(true);
    const afterEdit = await pathNow(db);
    expect(afterEdit).not.toBe(first);
    expect(await cell(db, 'summary', 'ru')).toMatchObject({ text: 'Новое резюме.' });

    const check = await executeCommand(db, reviewer, {
      action: 'check',
      documentId: DOC,
      segmentId: 'summary',
      lang: 'ru',
      version: 2,
    });
    expect(check.ok).toBe(true);
    const afterCheck = await pathNow(db);
    expect(afterCheck).not.toBe(afterEdit);
    expect(await cell(db, 'summary', 'ru')).toMatchObject({ status: 'checked' });

    const source = await executeCommand(db, admin, {
      action: 'editSource',
      documentId: DOC,
      segmentId: 'summary',
      lang: 'en',
      version: 1,
      text: 'A new summary.',
      change: 'meaning',
    });
    expect(source.ok).toBe(true);
    expect(await pathNow(db)).not.toBe(afterCheck);
    expect(await cell(db, 'summary', 'ru')).toMatchObject({ outdated: true });
  });

  it('an all-or-nothing batch (import-file, sync) gives a new page; a refused one changes nothing', async () => {
    const { db, translator } = await setUp();
    const before = await pathNow(db);
    const refused = await executeCommandsAtomically(db, translator, [
      { action: 'edit', documentId: DOC, segmentId: 'title', lang: 'zh', version: 1, text: '新标题' },
      { action: 'check', documentId: DOC, segmentId: 'title', lang: 'ru', version: 1 },
    ]);
    expect(refused.ok).toBe(false);
    expect(await pathNow(db)).toBe(before);
    const applied = await executeCommandsAtomically(db, translator, [
      { action: 'edit', documentId: DOC, segmentId: 'title', lang: 'zh', version: 1, text: '新标题' },
    ]);
    expect(applied.ok).toBe(true);
    expect(await pathNow(db)).not.toBe(before);
  });

  it('a write behind the app’s back (another process, plain SQL) still gives a new page', async () => {
    const { db } = await setUp();
    const before = await pathNow(db);
    await db.updateTable('segment_notes').set({ note: 'Changed by hand.' }).where('document_id', '=', DOC).execute();
    expect(await pathNow(db)).not.toBe(before);
  });

  it('importing another document leaves this one’s pages alone and makes its own', async () => {
    const { db } = await setUp();
    const before = await pathNow(db);
    const other = await loadDocumentDir(`${CONTENT_DIR}/${DOC}`);
    if (!other.ok) throw new Error('seed did not load');
    await importContentDocument(db, { ...other.document, id: 'second-copy' }, { actor: null });
    expect(await pathNow(db)).toBe(before);
    expect((await cachedReaderPath(db, 'en', 'second-copy', query))?.path).toMatch(/^\/en\/cached-read\/second-copy\//);
  });

  it('a rename gives a new page showing the new title; a delete leaves no page to serve, so the next request 404s', async () => {
    const { db, admin } = await setUp();
    const before = await pathNow(db);
    const title = await loadTitle(db, DOC);
    if (!title || title.segmentId === null) throw new Error('the seed has a title');
    const renamed = await renameDocument(db, admin, DOC, { zh: { text: '新的标题', version: title.titles.zh?.version ?? 0 } });
    expect(renamed.ok).toBe(true);
    const afterRename = await pathNow(db);
    expect(afterRename).not.toBe(before);
    expect(await cell(db, title.segmentId, 'zh')).toMatchObject({ text: '新的标题' });

    expect(await deleteDocument(db, admin, DOC, DOC)).toEqual({ ok: true });
    expect(await pathNow(db)).toBeUndefined();
    expect(await getReaderOutline(db, DOC)).toBeUndefined();
    expect(await getReaderDocument(db, DOC)).toBeUndefined();
  });

  it('gives the view its canonical query and finds the page holding a linked segment', async () => {
    const { db } = await setUp();
    const target = await cachedReaderPath(db, 'zh', DOC, new URLSearchParams('cols=ru,zz,ru,zh&status=1&at=p4-sreb-eaeu&utm=x'));
    expect(target?.query.toString()).toBe('cols=ru%2Czh&status=1');
    expect(target?.path).toMatch(/~ru\.zh~1~1~0s0$/);
    expect(await cachedReaderPath(db, 'en', 'no-such-document', query)).toBeUndefined();
  });

  it('keys and carries the reading aids, in one spelling, and ignores values it does not know', async () => {
    const { db } = await setUp();
    const aided = await cachedReaderPath(db, 'ru', DOC, new URLSearchParams('stress=1&zh=hant&cols=zh,ru&py=tone'));
    expect(aided?.query.toString()).toBe('cols=zh%2Cru&py=tone&zh=hant&stress=1');
    expect(aided?.path).toMatch(/~zh\.ru~0~1~tt1$/);
    const junk = await cachedReaderPath(db, 'ru', DOC, new URLSearchParams('cols=zh,ru&py=2&zh=Hant&stress=yes'));
    expect(junk?.query.toString()).toBe('cols=zh%2Cru');
    expect(junk?.path).toMatch(/~zh\.ru~0~1~0s0$/);
  });
});
