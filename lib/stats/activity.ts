/** How many weeks of activity the document page shows. */
export const ACTIVITY_WEEKS = 8;

/** The kinds of activity counted per person. */
export const ACTIVITY_KINDS = ['edits', 'checks', 'rejections', 'comments'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** Which event kinds count as which activity; any other event (imports, source edits, deletions) is not a person's review work. */
export const ACTIVITY_OF_EVENT: Readonly<Record<string, ActivityKind>> = {
  edit: 'edits',
  revert: 'edits',
  check: 'checks',
  reject: 'rejections',
};

/** One count from the database: what one person did on one day (UTC, YYYY-MM-DD). */
export interface ActivityCount {
  actorId: string;
  name: string;
  kind: ActivityKind;
  day: string;
  count: number;
}

export type ActivityTally = Record<ActivityKind, number>;

export interface PersonActivity {
  actorId: string;
  name: string;
  /** One tally per week of `weeks`, in the same order. */
  weeks: ActivityTally[];
  total: ActivityTally;
}

export interface WeeklyActivity {
  /** The Monday (YYYY-MM-DD, UTC) of each week, oldest first; the last holds `today`. */
  weeks: string[];
  people: PersonActivity[];
}

const DAY_MS = 86_400_000;

function emptyTally(): ActivityTally {
  return { edits: 0, checks: 0, rejections: 0, comments: 0 };
}

/** The Monday of the week (UTC) that holds `day`. */
export function weekStart(day: string): string {
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** The first day (YYYY-MM-DD) of the `weeks` weeks that end with the week of `now`. */
export function activitySince(now: Date, weeks: number): string {
  const monday = new Date(`${weekStart(now.toISOString())}T00:00:00Z`);
  return new Date(monday.getTime() - (weeks - 1) * 7 * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Per person, what they did in each of the last `weeks` weeks (Monday to Sunday, UTC), most
 * active first (then by name). Counts outside the weeks are ignored.
 */
export function weeklyActivity(counts: Iterable<ActivityCount>, now: Date, weeks: number): WeeklyActivity {
  const first = activitySince(now, weeks);
  const starts = Array.from({ length: weeks }, (_, i) =>
    new Date(new Date(`${first}T00:00:00Z`).getTime() + i * 7 * DAY_MS).toISOString().slice(0, 10),
  );
  const index = new Map(starts.map((week, i) => [week, i]));
  const people = new Map<string, PersonActivity>();
  for (const c of counts) {
    const i = index.get(weekStart(c.day));
    if (i === undefined || c.count <= 0) continue;
    const person = people.get(c.actorId) ?? {
      actorId: c.actorId,
      name: c.name,
      weeks: starts.map(emptyTally),
      total: emptyTally(),
    };
    const week = person.weeks[i];
    if (week) week[c.kind] += c.count;
    person.total[c.kind] += c.count;
    people.set(c.actorId, person);
  }
  const sum = (t: ActivityTally) => ACTIVITY_KINDS.reduce((n, k) => n + t[k], 0);
  return {
    weeks: starts,
    people: [...people.values()].sort((a, b) => sum(b.total) - sum(a.total) || a.name.localeCompare(b.name)),
  };
}
