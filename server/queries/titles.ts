import { isLang, type Lang } from '@/lib/languages';
import type { Executor } from '../db/connect';

/** A document's title segment as the rename form shows it: its text and version per language. */
export interface TitleState {
  documentId: string;
  segmentId: string;
  sourceLang: Lang;
  languages: Lang[];
  titles: Partial<Record<Lang, { text: string; version: number }>>;
}

/**
 * The first segment of kind `title` of a visible document, with its texts and versions; undefined
 * when there is no such document, `{ segmentId: null }` when it has no title segment (its id
 * stands for its title then).
 */
export async function loadTitle(db: Executor, documentId: string): Promise<TitleState | { segmentId: null } | undefined> {
  const doc = await db
    .selectFrom('documents')
    .select(['id', 'source_lang'])
    .where('id', '=', documentId)
    .where('importing_since', 'is', null)
    .executeTakeFirst();
  if (!doc || !isLang(doc.source_lang)) return undefined;
  const segment = await db
    .selectFrom('segments')
    .select('id')
    .where('document_id', '=', documentId)
    .where('kind', '=', 'title')
    .orderBy('position')
    .limit(1)
    .executeTakeFirst();
  if (!segment) return { segmentId: null };
  const [languages, texts] = await Promise.all([
    db.selectFrom('document_languages').select('lang').where('document_id', '=', documentId).orderBy('position').execute(),
    db
      .selectFrom('translations')
      .select(['lang', 'text', 'version'])
      .where('document_id', '=', documentId)
      .where('segment_id', '=', segment.id)
      .execute(),
  ]);
  const titles: TitleState['titles'] = {};
  for (const t of texts) if (isLang(t.lang)) titles[t.lang] = { text: t.text, version: t.version };
  const langs = languages.map((l) => l.lang).filter(isLang);
  return {
    documentId,
    segmentId: segment.id,
    sourceLang: doc.source_lang,
    languages: [doc.source_lang, ...langs.filter((l) => l !== doc.source_lang)],
    titles,
  };
}
