import type { Lang } from '@/lib/languages';
import { isLang } from '@/lib/languages';
import type { Status } from '@/lib/content/model';
import { type Actor, canAccessLanguage, roleAtLeast } from '@/lib/review';
import { awaitsReply, mergeThread, type ThreadMessage } from '@/lib/review/conversation';
import type { Executor } from '../db/connect';

/** Sorting key of ISO timestamps with the row id as the tie-breaker inside one source. */
type Row = { segment_id: string; lang: string; at: string; message: ThreadMessage };

/**
 * The conversation about each translation of `segmentIds` (all of the document's when
 * omitted) in one language: the comments given with commands (a rejection's reason first)
 * and the thread's own messages, oldest first.
 */
export async function loadThreads(
  db: Executor,
  documentId: string,
  lang: Lang,
  segmentIds?: readonly string[],
): Promise<Map<string, ThreadMessage[]>> {
  if (segmentIds && segmentIds.length === 0) return new Map();
  let events = db
    .selectFrom('events')
    .leftJoin('user', 'user.id', 'events.actor')
    .select([
      'events.segment_id',
      'events.lang',
      'events.action',
      'events.comment',
      'events.created_at',
      'events.actor',
      'user.name',
    ])
    .where('events.document_id', '=', documentId)
    .where('events.lang', '=', lang)
    .where('events.comment', 'is not', null)
    .orderBy('events.id');
  let comments = db
    .selectFrom('comments')
    .leftJoin('user', 'user.id', 'comments.author')
    .select([
      'comments.segment_id',
      'comments.lang',
      'comments.kind',
      'comments.body',
      'comments.created_at',
      'comments.author',
      'user.name',
    ])
    .where('comments.document_id', '=', documentId)
    .where('comments.lang', '=', lang)
    .orderBy('comments.id');
  if (segmentIds) {
    events = events.where('events.segment_id', 'in', segmentIds);
    comments = comments.where('comments.segment_id', 'in', segmentIds);
  }
  const [eventRows, commentRows] = await Promise.all([events.execute(), comments.execute()]);
  const group = (rows: Row[]) => {
    const map = new Map<string, ThreadMessage[]>();
    for (const row of rows) {
      const list = map.get(row.segment_id) ?? [];
      list.push(row.message);
      map.set(row.segment_id, list);
    }
    return map;
  };
  const fromEvents = group(
    eventRows.map((e) => ({
      segment_id: e.segment_id,
      lang: e.lang,
      at: e.created_at,
      message: { kind: 'comment', event: e.action, authorId: e.actor, author: e.name ?? null, body: e.comment, at: e.created_at },
    })),
  );
  const fromComments = group(
    commentRows.map((c) => ({
      segment_id: c.segment_id,
      lang: c.lang,
      at: c.created_at,
      message: { kind: c.kind, event: null, authorId: c.author, author: c.name ?? null, body: c.body, at: c.created_at },
    })),
  );
  const threads = new Map<string, ThreadMessage[]>();
  for (const id of new Set([...fromEvents.keys(), ...fromComments.keys()])) {
    threads.set(id, mergeThread(fromEvents.get(id) ?? [], fromComments.get(id) ?? []));
  }
  return threads;
}

/** One translation in someone's inbox: their text was sent back, or a conversation waits for them. */
export interface InboxItem {
  documentId: string;
  segmentId: string;
  /** 1-based, as the workspace numbers rows. */
  number: number;
  lang: Lang;
  status: Status;
  reason: 'rejected' | 'reply';
  /** The latest thing said about it. */
  last: ThreadMessage | null;
}

/**
 * What waits for one person, across documents: translations they wrote that were rejected,
 * and open conversations they take part in (they wrote the text or said something) whose
 * latest word is someone else's. A reviewer also gets every open conversation in the
 * languages they review: a question asked there is a question for them. Newest first.
 */
export async function getInbox(db: Executor, actor: Actor): Promise<InboxItem[]> {
  const userId = actor.id;
  const rejected = await db
    .selectFrom('translations as t')
    .innerJoin('documents as d', 'd.id', 't.document_id')
    .select(['t.document_id', 't.segment_id', 't.lang'])
    .where('t.text_author', '=', userId)
    .where('t.status', '=', 'rejected')
    .where('d.importing_since', 'is', null)
    .execute();
  // Translations with any conversation this person is part of.
  const authoredWithTalk = await db
    .selectFrom('translations as t')
    .select(['t.document_id', 't.segment_id', 't.lang'])
    .where('t.text_author', '=', userId)
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('comments as c')
            .select('c.id')
            .whereRef('c.document_id', '=', 't.document_id')
            .whereRef('c.segment_id', '=', 't.segment_id')
            .whereRef('c.lang', '=', 't.lang'),
        ),
        eb.exists(
          eb
            .selectFrom('events as e')
            .select('e.id')
            .whereRef('e.document_id', '=', 't.document_id')
            .whereRef('e.segment_id', '=', 't.segment_id')
            .whereRef('e.lang', '=', 't.lang')
            .where('e.comment', 'is not', null),
        ),
      ]),
    )
    .execute();
  const spoke = await db
    .selectFrom('comments')
    .select(['document_id', 'segment_id', 'lang'])
    .distinct()
    .where('author', '=', userId)
    .execute();
  const spokeInEvents = await db
    .selectFrom('events')
    .select(['document_id', 'segment_id', 'lang'])
    .distinct()
    .where('actor', '=', userId)
    .where('comment', 'is not', null)
    .execute();

  const reviewed = roleAtLeast(actor.role, 'reviewer')
    ? (await db.selectFrom('comments').select(['document_id', 'segment_id', 'lang']).distinct().execute()).filter(
        (r) => isLang(r.lang) && canAccessLanguage(actor, r.lang),
      )
    : [];

  // Grouped by document and language, so each group's threads come in one query.
  const groups = new Map<string, { documentId: string; lang: Lang; segments: Set<string> }>();
  const rejectedKeys = new Set(rejected.map((r) => `${r.document_id}\u0000${r.segment_id}\u0000${r.lang}`));
  for (const r of [...rejected, ...authoredWithTalk, ...spoke, ...spokeInEvents, ...reviewed]) {
    if (!isLang(r.lang)) continue;
    const key = `${r.document_id}\u0000${r.lang}`;
    const group = groups.get(key) ?? { documentId: r.document_id, lang: r.lang, segments: new Set<string>() };
    group.segments.add(r.segment_id);
    groups.set(key, group);
  }

  const items: InboxItem[] = [];
  for (const { documentId, lang, segments } of groups.values()) {
    const ids = [...segments];
    const [threads, rows] = await Promise.all([
      loadThreads(db, documentId, lang, ids),
      db
        .selectFrom('segments as g')
        .innerJoin('documents as d', 'd.id', 'g.document_id')
        .leftJoin('translations as t', (join) =>
          join.onRef('t.document_id', '=', 'g.document_id').onRef('t.segment_id', '=', 'g.id').on('t.lang', '=', lang),
        )
        .select(['g.id', 'g.position', 't.status'])
        .where('g.document_id', '=', documentId)
        .where('g.id', 'in', ids)
        .where('d.importing_since', 'is', null)
        .execute(),
    ]);
    for (const row of rows) {
      const thread = threads.get(row.id) ?? [];
      const said = thread.filter((m) => m.kind === 'comment');
      const isRejected = rejectedKeys.has(`${documentId}\u0000${row.id}\u0000${lang}`);
      const reason = isRejected ? 'rejected' : awaitsReply(thread, userId) ? 'reply' : null;
      if (!reason) continue;
      items.push({
        documentId,
        segmentId: row.id,
        number: row.position + 1,
        lang,
        status: (row.status ?? 'missing') as Status,
        reason,
        last: said[said.length - 1] ?? null,
      });
    }
  }
  return items.sort((a, b) => (b.last?.at ?? '').localeCompare(a.last?.at ?? '') || a.number - b.number);
}
