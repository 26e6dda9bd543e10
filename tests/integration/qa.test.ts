import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocumentDir } from '@/lib/content/load';
import { toTbx } from '@/lib/glossary/tbx';
import { parseTbx } from '@/lib/glossary/tbx';
import type { Actor } from '@/lib/review';
import { importContentDocument } from '@/server/content/import';
import { seedIfEmpty } from '@/server/content/seed';
import { seedGlossaryOnce } from '@/server/glossary/seed';
import { insertGlossaryEntries, listGlossary } from '@/server/glossary/store';
import { documentQa, setDismissal } from '@/server/qa';
import { listMemorySuggestions } from '@/server/queries/memory';
import { executeCommand } from '@/server/translations';
import { createUser } from '@/server/users';
import { CONTENT_DIR, DIALECTS, type TempDatabase, useTempDatabase } from './helpers';

const DOC = 'sino-russian-cooperation';
const PRACTICE = path.resolve(__dirname, '../fixtures/e2e-review/review-practice');

async function reviewers({ auth }: TempDatabase): Promise<[Actor, Actor]> {
  const make = async (key: string) => {
    const user = await createUser(auth, {
      email: `${key}@example.test`,
      name: key,
      password: 'correct horse battery',
      role: 'reviewer',
      languages: null,
    });
    return { id: user.id, role: user.role, languages: user.languages };
  };
  return [await make('rita'), await make('roman')];
}

async function version(db: TempDatabase['db'], doc: string, segmentId: string, lang: string) {
  const row = await db
    .selectFrom('translations')
    .select('version')
    .where('document_id', '=', doc)
    .where('segment_id', '=', segmentId)
    .where('lang', '=', lang)
    .executeTakeFirstOrThrow();
  return Number(row.version);
}

describe.each(DIALECTS)('quality checks, glossary and memory on %s', (dialect) => {
  const database = useTempDatabase(dialect);

  it('seeds the glossary once, and the seed article passes its checks', async () => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    expect(await seedGlossaryOnce(db, CONTENT_DIR)).toEqual([]);
    const glossary = await listGlossary(db, DOC);
    expect(glossary.length).toBeGreaterThanOrEqual(10);
    expect(glossary.find((e) => e.terms.zh?.includes('丝绸之路经济带'))?.terms.ru?.[0]).toBe('Экономический пояс Шёлкового пути');
    await seedGlossaryOnce(db, CONTENT_DIR);
    expect(await listGlossary(db, DOC)).toHaveLength(glossary.length);
    // Carefully written translations: no error-level finding anywhere.
    const qa = await documentQa(db, DOC);
    expect(qa.flatMap((q) => q.findings.filter((f) => f.severity === 'error'))).toEqual([]);
  });

  it('answers every save with the findings, and a dismissal holds for that text only', async () => {
    const { db } = database();
    const [rita] = await reviewers(database());
    await seedIfEmpty(db, CONTENT_DIR);
    await seedGlossaryOnce(db, CONTENT_DIR);
    const zh = (await documentQa(db, DOC, { segmentId: 'intro-conference', lang: 'zh' }))[0];
    const original = await db
      .selectFrom('translations')
      .select('text')
      .where('document_id', '=', DOC)
      .where('segment_id', '=', 'intro-conference')
      .where('lang', '=', 'zh')
      .executeTakeFirstOrThrow();
    expect(zh?.findings).toEqual([]);

    const wrong = original.text.replace('2016年', '2061年').replace('华东师范大学', '东方师范大学');
    const saved = await executeCommand(db, rita, {
      action: 'edit',
      documentId: DOC,
      segmentId: 'intro-conference',
      lang: 'zh',
      version: zh?.version,
      text: wrong,
    });
    if (!saved.ok) throw new Error(`save failed: ${JSON.stringify(saved)}`);
    const mine = saved.qa?.find((q) => q.lang === 'zh');
    expect(mine?.findings.map((f) => [f.check, f.values.items])).toEqual([
      ['numbers', '2016'],
      ['numbers', '2061'],
      ['forbidden', '东方师范大学 → 华东师范大学'],
      ['glossary', 'East Normal University → 华东师范大学'],
    ]);
    // The Russian translation of the segment is reported too (its cross-target findings depend on this text).
    expect(saved.qa?.map((q) => q.lang).sort()).toEqual(['ru', 'zh']);

    await setDismissal(
      db,
      { documentId: DOC, segmentId: 'intro-conference', lang: 'zh', text: wrong, check: 'numbers' },
      true,
      rita.id,
    );
    const after = (await documentQa(db, DOC, { segmentId: 'intro-conference', lang: 'zh' }))[0];
    expect(after?.findings.filter((f) => f.check === 'numbers').every((f) => f.dismissed)).toBe(true);
    expect(after?.findings.find((f) => f.check === 'forbidden')?.dismissed).toBe(false);

    // An edit re-arms it: the dismissal belongs to the text it was made for.
    const edited = await executeCommand(db, rita, {
      action: 'edit',
      documentId: DOC,
      segmentId: 'intro-conference',
      lang: 'zh',
      version: await version(db, DOC, 'intro-conference', 'zh'),
      text: `${wrong}另有一句。`,
    });
    expect(edited.ok && edited.qa?.find((q) => q.lang === 'zh')?.findings.find((f) => f.check === 'numbers')?.dismissed).toBe(
      false,
    );
  });

  it('suggests checked translations from other documents, exact first, and not drafts', async () => {
    const { db } = database();
    const [, roman] = await reviewers(database());
    const loaded = await loadDocumentDir(PRACTICE);
    if (!loaded.ok) throw new Error('fixture');
    await importContentDocument(db, { ...loaded.document, id: 'practice-a' }, { actor: null });
    await importContentDocument(db, { ...loaded.document, id: 'practice-b' }, { actor: null });
    expect(await listMemorySuggestions(db, 'practice-b', 'departure', 'zh')).toEqual([]);

    const checked = await executeCommand(db, roman, {
      action: 'check',
      documentId: 'practice-a',
      segmentId: 'departure',
      lang: 'zh',
      version: 1,
    });
    expect(checked.ok).toBe(true);
    const suggestions = await listMemorySuggestions(db, 'practice-b', 'departure', 'zh');
    expect(suggestions).toEqual([
      {
        text: '列车于23:40驶离新西伯利亚，晚点十二分钟。',
        source: 'The train left Novosibirsk at 23:40, twelve minutes late.',
        documentId: 'practice-a',
        segmentId: 'departure',
        match: { score: 100, exact: true, edits: 0, length: 13 },
      },
    ]);
    // Not for the source language, nor for an unknown segment.
    expect(await listMemorySuggestions(db, 'practice-b', 'departure', 'en')).toBeUndefined();
    expect(await listMemorySuggestions(db, 'practice-b', 'nope', 'zh')).toBeUndefined();
  });

  it('round-trips a glossary through TBX in the database', async () => {
    const { db } = database();
    await seedIfEmpty(db, CONTENT_DIR);
    await seedGlossaryOnce(db, CONTENT_DIR);
    const before = await listGlossary(db, DOC);
    const parsed = parseTbx(toTbx(before, 'x'));
    if (!parsed.ok) throw new Error('not parsed');
    await insertGlossaryEntries(
      db,
      parsed.entries.map((e) => ({ ...e, documentId: null })),
      null,
    );
    const global = await listGlossary(db, null);
    expect(global.map(({ terms, forbidden, note }) => ({ terms, forbidden, note }))).toEqual(
      before.map(({ terms, forbidden, note }) => ({ terms, forbidden, note })),
    );
  });
});
