import { type EffectiveStatus, OUTDATED_STATUSES } from '@/lib/review/effective';

/** What the timeline needs of one event: which translation, its status and source hash after it, and when. */
export interface TimelineEvent {
  segmentId: string;
  lang: string;
  statusAfter: string;
  /** For the source row: the hash of its own text; for a translation: the source it was written or checked against. */
  sourceHash: string;
  /** ISO 8601 time (UTC). */
  createdAt: string;
}

/** One language's counts at the end of one day (UTC) on which something changed. */
export interface TimelinePoint {
  day: string;
  counts: Record<EffectiveStatus, number>;
}

export interface TimelineOptions {
  sourceLang: string;
  targets: readonly string[];
  /** Segments the document has: what is not draft, checked, rejected or outdated is missing. */
  total: number;
}

const KNOWN = new Set(['draft', 'checked', 'rejected']);

function emptyCounts(): Record<EffectiveStatus, number> {
  return { missing: 0, draft: 0, checked: 0, rejected: 0, outdated: 0 };
}

/**
 * Progress over time, rebuilt from history in one pass: events go in (in the order they were
 * written), and every day that ended with a change gives each target language a point with its
 * counts. A translation is outdated when the source hash it was written against differs from the
 * source row's latest, exactly as the workspace derives it today. Memory is one entry per
 * translation, whatever the length of history.
 */
export function createTimeline({ sourceLang, targets, total }: TimelineOptions) {
  const status = new Map<string, { status: string; hash: string }>();
  const source = new Map<string, string>();
  const series = new Map<string, TimelinePoint[]>(targets.map((lang) => [lang, []]));
  let day: string | null = null;

  function snapshot(at: string) {
    const perLang = new Map<string, Record<EffectiveStatus, number>>(targets.map((lang) => [lang, emptyCounts()]));
    for (const [key, entry] of status) {
      const [segmentId, lang] = key.split('\u0000') as [string, string];
      const counts = perLang.get(lang);
      if (!counts || !KNOWN.has(entry.status)) continue;
      const outdated =
        (OUTDATED_STATUSES as readonly string[]).includes(entry.status) &&
        source.has(segmentId) &&
        source.get(segmentId) !== entry.hash;
      counts[outdated ? 'outdated' : (entry.status as EffectiveStatus)] += 1;
    }
    for (const [lang, counts] of perLang) {
      const known = counts.draft + counts.checked + counts.rejected + counts.outdated;
      counts.missing = Math.max(0, total - known);
      series.get(lang)?.push({ day: at, counts });
    }
  }

  return {
    add(event: TimelineEvent) {
      const eventDay = event.createdAt.slice(0, 10);
      if (day !== null && eventDay !== day) snapshot(day);
      day = eventDay;
      if (event.lang === sourceLang) {
        if (KNOWN.has(event.statusAfter)) source.set(event.segmentId, event.sourceHash);
        else source.delete(event.segmentId);
        return;
      }
      const key = `${event.segmentId}\u0000${event.lang}`;
      if (KNOWN.has(event.statusAfter)) status.set(key, { status: event.statusAfter, hash: event.sourceHash });
      else status.delete(key);
    },
    /** The series per target language, oldest day first; empty when history is. */
    finish(): Map<string, TimelinePoint[]> {
      if (day !== null) snapshot(day);
      day = null;
      return series;
    },
  };
}

/** The timeline of a whole list of events (see createTimeline). */
export function progressTimeline(events: Iterable<TimelineEvent>, options: TimelineOptions): Map<string, TimelinePoint[]> {
  const timeline = createTimeline(options);
  for (const event of events) timeline.add(event);
  return timeline.finish();
}
