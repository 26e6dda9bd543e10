import { describe, expect, it } from 'vitest';
import { canAccessLanguage, isRole, roleAtLeast, ROLES, type Actor, type Role } from './roles';

describe('ROLES and isRole', () => {
  it('lists the four roles from least to most powerful', () => {
    expect(ROLES).toEqual(['reader', 'translator', 'reviewer', 'admin']);
  });

  it('accepts exactly the known roles', () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of ['', 'Admin', 'owner', 'guest', null, undefined, 3, {}, ['admin']]) {
      expect(isRole(value)).toBe(false);
    }
  });
});

describe('roleAtLeast', () => {
  it('follows the order of ROLES', () => {
    for (const [i, role] of ROLES.entries()) {
      for (const [j, minimum] of ROLES.entries()) {
        expect(roleAtLeast(role, minimum), `${role} >= ${minimum}`).toBe(i >= j);
      }
    }
  });

  it('grants nothing to a role that is not in the list', () => {
    expect(roleAtLeast('owner' as Role, 'reader')).toBe(false);
  });
});

describe('canAccessLanguage', () => {
  const actor = (role: Role, languages: Actor['languages']): Actor => ({ id: 'u1', role, languages });

  it('lets an unrestricted actor act in every language', () => {
    for (const lang of ['en', 'zh', 'ru'] as const) expect(canAccessLanguage(actor('translator', null), lang)).toBe(true);
  });

  it('limits a restricted actor to the listed languages', () => {
    const ruReviewer = actor('reviewer', ['ru']);
    expect(canAccessLanguage(ruReviewer, 'ru')).toBe(true);
    expect(canAccessLanguage(ruReviewer, 'zh')).toBe(false);
    expect(canAccessLanguage(ruReviewer, 'en')).toBe(false);
  });

  it('treats an empty list as no language at all', () => {
    expect(canAccessLanguage(actor('translator', []), 'en')).toBe(false);
  });

  it('never limits an admin, even one with a language list', () => {
    expect(canAccessLanguage(actor('admin', ['ru']), 'zh')).toBe(true);
    expect(canAccessLanguage(actor('admin', []), 'en')).toBe(true);
  });
});
