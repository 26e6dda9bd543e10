import { sql } from 'kysely';
import { isLang, type Lang } from '@/lib/languages';
import {
  ACTIVITY_OF_EVENT,
  ACTIVITY_WEEKS,
  type ActivityCount,
  activitySince,
  weeklyActivity,
  type WeeklyActivity,
} from '@/lib/stats/activity';
import { createTimeline, type TimelinePoint } from '@/lib/stats/timeline';
import type { Db } from '../db/connect';
import { visibleDocument } from './documents';

/** Events are read in pages of this many, so memory stays one entry per translation however long history is. */
const EVENT_PAGE = 5000;

export interface DocumentStats {
  /** Each target language's counts at the end of every day that changed them, oldest first. */
  progress: { lang: Lang; points: TimelinePoint[] }[];
  /** Who did what in the last weeks; null for a viewer without a session (it names people). */
  activity: WeeklyActivity | null;
}

const eventDay = sql<string>`substr(events.created_at, 1, 10)`;
const commentDay = sql<string>`substr(comments.created_at, 1, 10)`;

/**
 * A document's statistics: progress over time rebuilt from its events in one pass (read in
 * pages by id), and with `people` each person's edits, checks, rejections and comments per
 * week of the last `weeks`, counted per day in SQL.
 */
export async function getDocumentStats(
  db: Db,
  documentId: string,
  { people, now = new Date(), weeks = ACTIVITY_WEEKS }: { people: boolean; now?: Date; weeks?: number },
): Promise<DocumentStats | undefined> {
  const doc = await visibleDocument(db, documentId);
  if (!doc) return undefined;
  const [languages, segments] = await Promise.all([
    db.selectFrom('document_languages').select('lang').where('document_id', '=', documentId).orderBy('position').execute(),
    db
      .selectFrom('segments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('document_id', '=', documentId)
      .executeTakeFirstOrThrow(),
  ]);
  const targets = languages.map((l) => l.lang).filter((lang): lang is Lang => isLang(lang) && lang !== doc.source_lang);
  const timeline = createTimeline({ sourceLang: doc.source_lang, targets, total: Number(segments.n) });
  for (let after = 0; ;) {
    const page = await db
      .selectFrom('events')
      .select(['id', 'segment_id', 'lang', 'status_after', 'source_hash', 'created_at'])
      .where('document_id', '=', documentId)
      .where('id', '>', after)
      .orderBy('id')
      .limit(EVENT_PAGE)
      .execute();
    for (const e of page)
      timeline.add({
        segmentId: e.segment_id,
        lang: e.lang,
        statusAfter: e.status_after,
        sourceHash: e.source_hash,
        createdAt: e.created_at,
      });
    const last = page.at(-1);
    if (!last || page.length < EVENT_PAGE) break;
    after = Number(last.id);
  }
  const series = timeline.finish();
  const progress = targets.map((lang) => ({ lang, points: series.get(lang) ?? [] }));
  if (!people) return { progress, activity: null };

  const since = activitySince(now, weeks);
  const [events, comments] = await Promise.all([
    db
      .selectFrom('events')
      .innerJoin('user', 'user.id', 'events.actor')
      .select(['events.actor', 'user.name', 'events.action', eventDay.as('day'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('events.document_id', '=', documentId)
      .where('events.action', 'in', Object.keys(ACTIVITY_OF_EVENT))
      .where('events.created_at', '>=', since)
      .groupBy(['events.actor', 'user.name', 'events.action', eventDay])
      .execute(),
    db
      .selectFrom('comments')
      .innerJoin('user', 'user.id', 'comments.author')
      .select(['comments.author', 'user.name', commentDay.as('day'), (eb) => eb.fn.countAll<number>().as('n')])
      .where('comments.document_id', '=', documentId)
      .where('comments.kind', '=', 'comment')
      .where('comments.created_at', '>=', since)
      .groupBy(['comments.author', 'user.name', commentDay])
      .execute(),
  ]);
  const counts: ActivityCount[] = [];
  for (const e of events) {
    const kind = ACTIVITY_OF_EVENT[e.action];
    if (kind && e.actor) counts.push({ actorId: e.actor, name: e.name, kind, day: e.day, count: Number(e.n) });
  }
  for (const c of comments) counts.push({ actorId: c.author, name: c.name, kind: 'comments', day: c.day, count: Number(c.n) });
  return { progress, activity: weeklyActivity(counts, now, weeks) };
}
