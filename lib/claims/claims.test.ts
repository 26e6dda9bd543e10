import { describe, expect, it } from 'vitest';
import { type Claim, claimActive, claimDue, claimExpiry, claimInputSchema, othersEditing } from './claims';

const now = new Date('2026-12-01T12:00:00.000Z');
const claim = (segmentId: string, userId: string, name: string, expiresAt = '2026-12-01T12:01:00.000Z'): Claim => ({
  segmentId,
  userId,
  name,
  expiresAt,
});

describe('claims', () => {
  it('lapse two minutes after they are taken or renewed', () => {
    expect(claimExpiry(now)).toBe('2026-12-01T12:02:00.000Z');
    expect(claimActive({ expiresAt: claimExpiry(now) }, new Date('2026-12-01T12:01:59.999Z'))).toBe(true);
    expect(claimActive({ expiresAt: claimExpiry(now) }, new Date('2026-12-01T12:02:00.000Z'))).toBe(false);
  });

  it('are renewed at most every thirty seconds while someone types', () => {
    expect(claimDue(null, 0)).toBe(true);
    expect(claimDue(1000, 30_999)).toBe(false);
    expect(claimDue(1000, 31_000)).toBe(true);
  });

  it('show each segment’s other editors by name, never the viewer, never a lapsed claim', () => {
    const map = othersEditing(
      [
        claim('p1', 'b', 'Boris'),
        claim('p1', 'a', 'Anna'),
        claim('p1', 'me', 'Me'),
        claim('p2', 'c', 'Chen', '2026-12-01T11:59:00.000Z'),
      ],
      'me',
      now,
    );
    expect(map.get('p1')?.map((c) => c.name)).toEqual(['Anna', 'Boris']);
    expect(map.has('p2')).toBe(false);
    expect(othersEditing([claim('p1', 'a', 'Anna')], null, now).get('p1')).toHaveLength(1);
  });

  it('take a translation named in full, and say so when it is not', () => {
    expect(claimInputSchema.parse({ documentId: 'd', segmentId: 's', lang: 'zh' })).toEqual({
      documentId: 'd',
      segmentId: 's',
      lang: 'zh',
      release: false,
    });
    const bad = claimInputSchema.safeParse({ documentId: 'd', segmentId: '', lang: 'xx' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['lang', 'segmentId']);
  });
});
