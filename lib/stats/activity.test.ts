import { describe, expect, it } from 'vitest';
import { activitySince, weekStart, weeklyActivity } from './activity';

describe('weekStart', () => {
  it('is the Monday of the week, in UTC', () => {
    expect(weekStart('2026-12-01')).toBe('2026-11-30'); // a Tuesday
    expect(weekStart('2026-11-30T23:59:59.000Z')).toBe('2026-11-30'); // the Monday itself
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // a Sunday ends the week
    expect(weekStart('2027-01-01')).toBe('2026-12-28'); // across a year
  });
});

describe('weeklyActivity', () => {
  const now = new Date('2026-12-01T12:00:00Z');

  it('counts what each person did per week, the current week last', () => {
    const result = weeklyActivity(
      [
        { actorId: 'a', name: 'Anna', kind: 'edits', day: '2026-12-01', count: 3 },
        { actorId: 'a', name: 'Anna', kind: 'edits', day: '2026-11-24', count: 2 },
        { actorId: 'a', name: 'Anna', kind: 'comments', day: '2026-11-29', count: 1 },
        { actorId: 'b', name: 'Boris', kind: 'checks', day: '2026-11-17', count: 1 },
        { actorId: 'b', name: 'Boris', kind: 'rejections', day: '2026-11-17', count: 1 },
      ],
      now,
      3,
    );
    expect(result.weeks).toEqual(['2026-11-16', '2026-11-23', '2026-11-30']);
    expect(result.people.map((p) => p.name)).toEqual(['Anna', 'Boris']);
    const [anna, boris] = result.people;
    expect(anna?.weeks).toEqual([
      { edits: 0, checks: 0, rejections: 0, comments: 0 },
      { edits: 2, checks: 0, rejections: 0, comments: 1 },
      { edits: 3, checks: 0, rejections: 0, comments: 0 },
    ]);
    expect(anna?.total).toEqual({ edits: 5, checks: 0, rejections: 0, comments: 1 });
    expect(boris?.weeks[0]).toEqual({ edits: 0, checks: 1, rejections: 1, comments: 0 });
  });

  it('leaves out what happened before the first week and people with nothing in the weeks', () => {
    const result = weeklyActivity([{ actorId: 'c', name: 'Chen', kind: 'edits', day: '2026-11-15', count: 9 }], now, 3);
    expect(activitySince(now, 3)).toBe('2026-11-16');
    expect(result.people).toEqual([]);
  });

  it('orders equally active people by name', () => {
    const result = weeklyActivity(
      [
        { actorId: 'z', name: 'Zoya', kind: 'edits', day: '2026-12-01', count: 1 },
        { actorId: 'y', name: 'Alla', kind: 'checks', day: '2026-12-01', count: 1 },
      ],
      now,
      1,
    );
    expect(result.people.map((p) => p.name)).toEqual(['Alla', 'Zoya']);
  });
});
