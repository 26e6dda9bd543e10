import { describe, expect, it } from 'vitest';
import { createTimeline, progressTimeline, type TimelineEvent } from './timeline';

const options = { sourceLang: 'en', targets: ['zh', 'ru'], total: 3 };
const ev = (segmentId: string, lang: string, statusAfter: string, sourceHash: string, createdAt: string): TimelineEvent => ({
  segmentId,
  lang,
  statusAfter,
  sourceHash,
  createdAt,
});

describe('progressTimeline', () => {
  it('gives each target one point per day that changed, counted at the end of the day', () => {
    const series = progressTimeline(
      [
        ev('s1', 'en', 'draft', 'h1', '2026-11-01T08:00:00Z'),
        ev('s2', 'en', 'draft', 'h2', '2026-11-01T08:00:00Z'),
        ev('s3', 'en', 'draft', 'h3', '2026-11-01T08:00:00Z'),
        ev('s1', 'zh', 'draft', 'h1', '2026-11-01T08:00:00Z'),
        ev('s2', 'zh', 'draft', 'h2', '2026-11-01T08:00:00Z'),
        ev('s1', 'zh', 'checked', 'h1', '2026-11-03T10:00:00Z'),
        ev('s2', 'zh', 'rejected', 'h2', '2026-11-03T11:00:00Z'),
        ev('s2', 'zh', 'draft', 'h2', '2026-11-03T12:00:00Z'),
      ],
      options,
    );
    expect(series.get('zh')).toEqual([
      { day: '2026-11-01', counts: { missing: 1, draft: 2, checked: 0, rejected: 0, outdated: 0 } },
      { day: '2026-11-03', counts: { missing: 1, draft: 1, checked: 1, rejected: 0, outdated: 0 } },
    ]);
    expect(series.get('ru')?.map((p) => p.counts.missing)).toEqual([3, 3]);
  });

  it('counts a checked or draft translation as outdated once its source changes, and checked again after a new check', () => {
    const series = progressTimeline(
      [
        ev('s1', 'en', 'draft', 'h1', '2026-11-01T08:00:00Z'),
        ev('s1', 'ru', 'checked', 'h1', '2026-11-01T09:00:00Z'),
        ev('s1', 'en', 'draft', 'h1b', '2026-11-02T09:00:00Z'),
        ev('s1', 'ru', 'checked', 'h1b', '2026-11-04T09:00:00Z'),
      ],
      options,
    );
    expect(series.get('ru')?.map((p) => [p.day, p.counts.checked, p.counts.outdated])).toEqual([
      ['2026-11-01', 1, 0],
      ['2026-11-02', 0, 1],
      ['2026-11-04', 1, 0],
    ]);
  });

  it('counts a deleted translation as missing again, and nothing at all for no history', () => {
    const series = progressTimeline(
      [ev('s1', 'zh', 'draft', 'h1', '2026-11-01T08:00:00Z'), ev('s1', 'zh', 'missing', 'h1', '2026-11-02T08:00:00Z')],
      options,
    );
    expect(series.get('zh')?.map((p) => p.counts.missing)).toEqual([2, 3]);
    expect(progressTimeline([], options).get('zh')).toEqual([]);
  });

  it('takes events one at a time as well as a whole list', () => {
    const timeline = createTimeline(options);
    timeline.add(ev('s1', 'zh', 'draft', 'h1', '2026-11-01T08:00:00Z'));
    timeline.add(ev('s2', 'zh', 'checked', 'h2', '2026-11-01T09:00:00Z'));
    expect(timeline.finish().get('zh')).toEqual([
      { day: '2026-11-01', counts: { missing: 1, draft: 1, checked: 1, rejected: 0, outdated: 0 } },
    ]);
  });
});
