import type { Executor } from './connect';

/**
 * Checked translations that still render their document's current source, as one query to
 * build on: `t` the translation, `d` its document (visible, not importing), `s` the document's
 * source row of the same segment. A translation checked against an older source is not here.
 * Translation memory (segment and sentence look-ups) and pre-translation on import start from it.
 */
export function checkedTranslations(db: Executor, sourceLang: string) {
  return db
    .selectFrom('translations as t')
    .innerJoin('documents as d', 'd.id', 't.document_id')
    .innerJoin('translations as s', (join) =>
      join
        .onRef('s.document_id', '=', 't.document_id')
        .onRef('s.segment_id', '=', 't.segment_id')
        .onRef('s.lang', '=', 'd.source_lang'),
    )
    .where('t.status', '=', 'checked')
    .whereRef('t.source_hash', '=', 's.source_hash')
    .where('d.source_lang', '=', sourceLang)
    .where('d.importing_since', 'is', null);
}

/**
 * Segments with their document's current source row, as one query to build on: `g` the
 * segment, `d` its document (visible, not importing), `s` the source row. What a command
 * checks a translation against and what translation memory matches from.
 */
export function currentSources(db: Executor) {
  return db
    .selectFrom('segments as g')
    .innerJoin('documents as d', 'd.id', 'g.document_id')
    .innerJoin('translations as s', (join) =>
      join.onRef('s.document_id', '=', 'g.document_id').onRef('s.segment_id', '=', 'g.id').onRef('s.lang', '=', 'd.source_lang'),
    )
    .where('d.importing_since', 'is', null);
}
