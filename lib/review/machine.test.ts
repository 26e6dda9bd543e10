import { CONVERSATION_REFUSALS } from './conversation';
import { describe, expect, it } from 'vitest';
import { STATUSES, type Status } from '../content/model';
import type { Lang } from '../languages';
import { allowedActions, decide, REVIEW_ACTIONS, type DecideInput, type Decision, type ReviewAction } from './machine';
import { REFUSAL_REASONS, type RefusalReason } from './refusals';
import { ROLES, type Actor, type Role } from './roles';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const ME = 'user-me';
const SOMEONE_ELSE = 'user-other';

function actor(role: Role, languages: Lang[] | null = null, id = ME): Actor {
  return { id, role, languages };
}

/** A valid input for the action, on a fresh draft written by someone else, in Russian. */
function input(overrides: Partial<DecideInput> & { action: ReviewAction }): DecideInput {
  return {
    actor: actor('reviewer'),
    lang: 'ru',
    isSource: false,
    current: { status: 'draft', outdated: false, textAuthorId: SOMEONE_ELSE },
    settings: { allowSelfCheck: false },
    ...overrides,
  };
}

/**
 * Decisions as short strings so that failures read like the spec:
 * `draft stamp`, `rejected keep`, `checked keep restamp`, or the refusal reason.
 */
function show(decision: Decision): string {
  if (!decision.ok) return decision.reason;
  return `${decision.status} ${decision.keepSourceHash ? 'keep' : 'stamp'}${decision.restampTranslations ? ' restamp' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// The exhaustive table. The expectation is written from the product rules, as tables, and
// does not call into machine.ts.
// ---------------------------------------------------------------------------------------------

type Who = 'anonymous' | Role;
const WHO: readonly Who[] = ['anonymous', ...ROLES];

/** Where the actor may act: every language, a list holding this row's language, or a list without it. */
type Scope = 'all languages' | 'this language' | 'other languages';
const SCOPES: readonly Scope[] = ['all languages', 'this language', 'other languages'];

type Variant = { name: string; action: ReviewAction; extra: Partial<DecideInput> };
const VARIANTS: readonly Variant[] = [
  { name: 'edit', action: 'edit', extra: { text: 'Новый перевод' } },
  { name: 'check', action: 'check', extra: {} },
  { name: 'reject', action: 'reject', extra: { comment: 'The term is wrong' } },
  { name: 'reopen', action: 'reopen', extra: {} },
  {
    name: 'revert (was checked vs this source)',
    action: 'revert',
    extra: { revertTo: { wasCheckedAgainstCurrentSource: true } },
  },
  { name: 'revert (was not)', action: 'revert', extra: { revertTo: { wasCheckedAgainstCurrentSource: false } } },
  { name: 'editSource cosmetic', action: 'editSource', extra: { text: '中俄关系。', sourceChange: 'cosmetic' } },
  { name: 'editSource meaning', action: 'editSource', extra: { text: '中俄关系', sourceChange: 'meaning' } },
];

/** Who may attempt each action at all. */
const MAY: Record<ReviewAction, readonly Who[]> = {
  edit: ['translator', 'reviewer', 'admin'],
  revert: ['translator', 'reviewer', 'admin'],
  check: ['reviewer', 'admin'],
  reject: ['reviewer', 'admin'],
  reopen: ['reviewer', 'admin'],
  editSource: ['admin'],
};

type Case = {
  who: Who;
  variant: Variant;
  status: Status;
  outdated: boolean;
  selfAuthored: boolean;
  isSource: boolean;
  allowSelfCheck: boolean;
  scope: Scope;
};

/** A state cell: one outcome, or a pair [when up to date, when outdated]. */
type Cell = string | readonly [fresh: string, outdated: string];

/** Outcomes by status once the actor is allowed to try the action with valid input. */
const BY_STATUS: Record<string, Record<Status, Cell>> = {
  edit: { missing: 'draft stamp', draft: 'draft stamp', checked: 'draft stamp', rejected: 'draft stamp' },
  check: {
    missing: 'nothing-to-check',
    draft: 'checked stamp',
    checked: ['already-checked', 'checked stamp'],
    rejected: 'checked stamp',
  },
  reject: { missing: 'nothing-to-reject', draft: 'rejected keep', checked: 'rejected keep', rejected: 'already-rejected' },
  reopen: { missing: 'nothing-to-reopen', draft: 'nothing-to-reopen', checked: 'draft keep', rejected: 'draft keep' },
  // Revert ignores the current status; who reverts decides (see below).
  'revert (was checked vs this source)': {
    missing: 'checked stamp',
    draft: 'checked stamp',
    checked: 'checked stamp',
    rejected: 'checked stamp',
  },
  'revert (was not)': { missing: 'draft stamp', draft: 'draft stamp', checked: 'draft stamp', rejected: 'draft stamp' },
  'editSource cosmetic': {
    missing: 'draft keep restamp',
    draft: 'draft keep restamp',
    checked: 'checked keep restamp',
    rejected: 'rejected keep restamp',
  },
  'editSource meaning': { missing: 'draft keep', draft: 'draft keep', checked: 'checked keep', rejected: 'rejected keep' },
};

function expected(c: Case): string {
  if (c.who === 'anonymous') return 'unauthenticated';
  if (c.who === 'reader') return 'forbidden-role';
  const sourceAction = c.variant.action === 'editSource';
  if (c.isSource && !sourceAction) return 'not-a-source-action';
  if (!c.isSource && sourceAction) return 'not-a-translation-action';
  if (!MAY[c.variant.action].includes(c.who)) return sourceAction ? 'source-only-admin' : 'forbidden-role';
  if (c.scope === 'other languages' && c.who !== 'admin') return 'forbidden-language';

  const row = BY_STATUS[c.variant.name];
  if (!row) throw new Error(`no table row for ${c.variant.name}`);
  const cell = row[c.status];
  let outcome = typeof cell === 'string' ? cell : cell[c.outdated ? 1 : 0];

  // A translator's revert never restores a check: only people who may check may restore one.
  if (c.variant.action === 'revert' && c.who === 'translator') outcome = 'draft stamp';
  // Checking one's own text needs the site setting. (Not for revert: see the named tests.)
  if (c.variant.action === 'check' && outcome === 'checked stamp' && c.selfAuthored && !c.allowSelfCheck) {
    outcome = 'self-check';
  }
  return outcome;
}

function toInput(c: Case): DecideInput {
  const languages: Lang[] | null = c.scope === 'all languages' ? null : c.scope === 'this language' ? ['zh', 'ru'] : ['en', 'zh'];
  return {
    actor: c.who === 'anonymous' ? null : actor(c.who, languages),
    action: c.variant.action,
    lang: 'ru',
    isSource: c.isSource,
    current: { status: c.status, outdated: c.outdated, textAuthorId: c.selfAuthored ? ME : SOMEONE_ELSE },
    settings: { allowSelfCheck: c.allowSelfCheck },
    ...c.variant.extra,
  };
}

function* allCases(): Generator<Case> {
  for (const who of WHO) {
    for (const variant of VARIANTS) {
      for (const status of STATUSES) {
        for (const outdated of [false, true]) {
          for (const isSource of [false, true]) {
            for (const allowSelfCheck of [false, true]) {
              // Anonymous has no id and no language list: one value of each is enough.
              for (const selfAuthored of who === 'anonymous' ? [false] : [false, true]) {
                for (const scope of who === 'anonymous' ? SCOPES.slice(0, 1) : SCOPES) {
                  yield { who, variant, status, outdated, selfAuthored, isSource, allowSelfCheck, scope };
                }
              }
            }
          }
        }
      }
    }
  }
}

const CASES = [...allCases()];

function caseName(c: Case): string {
  return [
    c.who,
    c.variant.name,
    `${c.isSource ? 'source' : 'translation'} ${c.status}${c.outdated ? ' outdated' : ''}`,
    c.selfAuthored ? 'own text' : "other's text",
    c.allowSelfCheck ? 'self-check allowed' : 'self-check forbidden',
    c.scope,
  ].join(' | ');
}

describe('decide: every role × action × status × outdated × author × row kind × setting × language scope', () => {
  it('covers the whole product', () => {
    // 4 signed-in roles × 8 variants × 4 statuses × 2 × 2 × 2 × 2 × 3 scopes, plus anonymous.
    expect(CASES).toHaveLength(4 * 8 * 4 * 2 * 2 * 2 * 2 * 3 + 8 * 4 * 2 * 2 * 2);
    expect(new Set(CASES.map(caseName)).size).toBe(CASES.length);
  });

  for (const who of WHO) {
    describe(who, () => {
      it.each(CASES.filter((c) => c.who === who).map((c) => [caseName(c), c] as const))('%s', (_name, c) => {
        expect(show(decide(toInput(c)))).toBe(expected(c));
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Named rules
// ---------------------------------------------------------------------------------------------

describe('who may act at all', () => {
  it.each(REVIEW_ACTIONS)('anonymous cannot %s', (action) => {
    const decision = decide(input({ action, actor: null, text: 'x', comment: 'x', sourceChange: 'meaning' }));
    expect(decision).toEqual({ ok: false, reason: 'unauthenticated' });
  });

  it.each(REVIEW_ACTIONS)('a reader cannot %s, on a translation or the source', (action) => {
    for (const isSource of [false, true]) {
      const decision = decide(
        input({
          action,
          isSource,
          actor: actor('reader'),
          text: 'x',
          comment: 'x',
          sourceChange: 'meaning',
          revertTo: { wasCheckedAgainstCurrentSource: true },
        }),
      );
      expect(decision).toEqual({ ok: false, reason: 'forbidden-role' });
    }
  });

  it('a role this code does not know is treated like a reader', () => {
    const decision = decide(input({ action: 'edit', actor: { id: ME, role: 'owner' as Role, languages: null }, text: 'x' }));
    expect(decision).toEqual({ ok: false, reason: 'forbidden-role' });
  });

  it('a translator can edit and revert but cannot check, reject or reopen', () => {
    const translator = actor('translator');
    expect(decide(input({ action: 'edit', actor: translator, text: 'Текст' })).ok).toBe(true);
    expect(decide(input({ action: 'revert', actor: translator, revertTo: { wasCheckedAgainstCurrentSource: false } })).ok).toBe(
      true,
    );
    expect(decide(input({ action: 'check', actor: translator }))).toEqual({ ok: false, reason: 'forbidden-role' });
    expect(decide(input({ action: 'reject', actor: translator, comment: 'no' }))).toEqual({
      ok: false,
      reason: 'forbidden-role',
    });
    const checked = { status: 'checked', outdated: false, textAuthorId: SOMEONE_ELSE } as const;
    expect(decide(input({ action: 'reopen', actor: translator, current: checked }))).toEqual({
      ok: false,
      reason: 'forbidden-role',
    });
  });
});

describe('edit', () => {
  const from = (status: Status, outdated = false) => input({ action: 'edit', current: { status, outdated, textAuthorId: ME } });

  it('turns a checked translation back into a draft and stamps the current source hash', () => {
    expect(decide({ ...from('checked'), text: 'Правка' })).toEqual({
      ok: true,
      status: 'draft',
      keepSourceHash: false,
      restampTranslations: false,
    });
  });

  it('makes a missing translation a draft', () => {
    expect(show(decide({ ...from('missing'), text: '新译文' }))).toBe('draft stamp');
  });

  it('answers a rejection: a rejected translation becomes a draft again', () => {
    expect(show(decide({ ...from('rejected'), text: 'Исправлено' }))).toBe('draft stamp');
  });

  it('brings an outdated translation up to date (it is stamped with the current source)', () => {
    expect(show(decide({ ...from('checked', true), text: 'Updated' }))).toBe('draft stamp');
  });

  it('needs text that is not blank', () => {
    expect(decide(from('draft'))).toEqual({ ok: false, reason: 'missing-text' });
    expect(decide({ ...from('draft'), text: '' })).toEqual({ ok: false, reason: 'empty-text' });
    expect(decide({ ...from('draft'), text: ' \n\t\u3000 ' })).toEqual({ ok: false, reason: 'empty-text' });
  });

  it('is not how the source changes, even for an admin', () => {
    const decision = decide(input({ action: 'edit', actor: actor('admin'), isSource: true, text: 'New source' }));
    expect(decision).toEqual({ ok: false, reason: 'not-a-source-action' });
  });
});

describe('check', () => {
  const on = (status: Status, outdated: boolean, author: string | null = SOMEONE_ELSE) =>
    input({ action: 'check', current: { status, outdated, textAuthorId: author } });

  it('approves a draft or a rejected translation and stamps the current source hash', () => {
    expect(decide(on('draft', false))).toEqual({
      ok: true,
      status: 'checked',
      keepSourceHash: false,
      restampTranslations: false,
    });
    expect(show(decide(on('rejected', false)))).toBe('checked stamp');
  });

  it('refuses a missing translation', () => {
    expect(decide(on('missing', false))).toEqual({ ok: false, reason: 'nothing-to-check' });
    expect(decide(on('missing', true))).toEqual({ ok: false, reason: 'nothing-to-check' });
  });

  it('refuses a translation already checked against the current source', () => {
    expect(decide(on('checked', false))).toEqual({ ok: false, reason: 'already-checked' });
  });

  it('re-checks an outdated check against the new source', () => {
    expect(show(decide(on('checked', true)))).toBe('checked stamp');
  });

  it('does not let a reviewer check their own edit', () => {
    expect(decide(on('draft', false, ME))).toEqual({ ok: false, reason: 'self-check' });
  });

  it('does not let an admin check their own edit either', () => {
    expect(decide({ ...on('draft', false, ME), actor: actor('admin') })).toEqual({ ok: false, reason: 'self-check' });
  });

  it('lets anyone who may check approve their own text when the site setting allows it', () => {
    for (const role of ['reviewer', 'admin'] as const) {
      const decision = decide({ ...on('draft', false, ME), actor: actor(role), settings: { allowSelfCheck: true } });
      expect(show(decision)).toBe('checked stamp');
    }
  });

  it('applies the self-check rule to re-checking one’s own outdated text too', () => {
    expect(decide(on('checked', true, ME))).toEqual({ ok: false, reason: 'self-check' });
  });

  it('never counts text of unknown authorship as one’s own', () => {
    expect(show(decide(on('draft', false, null)))).toBe('checked stamp');
  });

  it('reviewer B may check what reviewer A wrote', () => {
    const decision = decide({ ...on('draft', false, 'reviewer-a'), actor: actor('reviewer', null, 'reviewer-b') });
    expect(show(decision)).toBe('checked stamp');
  });

  it('reports an impossible check before the self-check rule', () => {
    expect(decide(on('checked', false, ME))).toEqual({ ok: false, reason: 'already-checked' });
  });
});

describe('reject', () => {
  const on = (status: Status, outdated = false) =>
    input({ action: 'reject', current: { status, outdated, textAuthorId: SOMEONE_ELSE } });

  it('rejects a draft or a check with a comment, keeping the source hash', () => {
    for (const status of ['draft', 'checked'] as const) {
      expect(decide({ ...on(status), comment: 'Use “Российская Федерация”' })).toEqual({
        ok: true,
        status: 'rejected',
        keepSourceHash: true,
        restampTranslations: false,
      });
    }
  });

  it('rejects an outdated check', () => {
    expect(show(decide({ ...on('checked', true), comment: 'Source changed: update the date' }))).toBe('rejected keep');
  });

  it('is refused without a comment, or with a blank one', () => {
    expect(decide(on('draft'))).toEqual({ ok: false, reason: 'comment-required' });
    expect(decide({ ...on('draft'), comment: '' })).toEqual({ ok: false, reason: 'comment-required' });
    expect(decide({ ...on('draft'), comment: '   \n' })).toEqual({ ok: false, reason: 'comment-required' });
  });

  it('is refused on a missing or an already rejected translation, before asking for a comment', () => {
    expect(decide(on('missing'))).toEqual({ ok: false, reason: 'nothing-to-reject' });
    expect(decide(on('rejected'))).toEqual({ ok: false, reason: 'already-rejected' });
    expect(decide({ ...on('rejected'), comment: 'again' })).toEqual({ ok: false, reason: 'already-rejected' });
  });

  it('lets reviewers reject their own text', () => {
    const decision = decide(
      input({ action: 'reject', comment: 'withdrawn', current: { status: 'draft', outdated: false, textAuthorId: ME } }),
    );
    expect(show(decision)).toBe('rejected keep');
  });
});

describe('reopen', () => {
  const on = (status: Status, outdated = false) =>
    input({ action: 'reopen', current: { status, outdated, textAuthorId: SOMEONE_ELSE } });

  it('turns a checked or rejected translation into a draft, keeping the source hash', () => {
    expect(decide(on('checked'))).toEqual({ ok: true, status: 'draft', keepSourceHash: true, restampTranslations: false });
    expect(show(decide(on('rejected')))).toBe('draft keep');
    expect(show(decide(on('checked', true)))).toBe('draft keep');
  });

  it('is refused on a draft or a missing translation', () => {
    expect(decide(on('draft'))).toEqual({ ok: false, reason: 'nothing-to-reopen' });
    expect(decide(on('missing'))).toEqual({ ok: false, reason: 'nothing-to-reopen' });
  });

  it('needs no comment', () => {
    expect(decide({ ...on('checked'), comment: undefined }).ok).toBe(true);
  });
});

describe('revert', () => {
  const revert = (role: Role, wasCheckedAgainstCurrentSource: boolean, status: Status = 'draft') =>
    input({
      action: 'revert',
      actor: actor(role),
      current: { status, outdated: false, textAuthorId: SOMEONE_ELSE },
      revertTo: { wasCheckedAgainstCurrentSource },
    });

  it('restores the check when a reviewer or admin reverts to a text checked against the current source', () => {
    for (const role of ['reviewer', 'admin'] as const) {
      expect(decide(revert(role, true))).toEqual({
        ok: true,
        status: 'checked',
        keepSourceHash: false,
        restampTranslations: false,
      });
    }
  });

  it('gives a draft when a translator reverts, even to a checked text', () => {
    expect(show(decide(revert('translator', true)))).toBe('draft stamp');
  });

  it('gives a draft when the earlier text was never checked against the current source', () => {
    for (const role of ['translator', 'reviewer', 'admin'] as const) {
      expect(show(decide(revert(role, false, 'checked')))).toBe('draft stamp');
    }
  });

  it('restores a check on one’s own words: it approves nothing new (self-check rule not applied)', () => {
    const own = { ...revert('reviewer', true), current: { status: 'draft', outdated: false, textAuthorId: ME } } as const;
    expect(show(decide(own))).toBe('checked stamp');
  });

  it('needs to know what it restores', () => {
    const decision = decide(input({ action: 'revert' }));
    expect(decision).toEqual({ ok: false, reason: 'missing-revert-target' });
  });

  it('is not a source action', () => {
    const decision = decide({ ...revert('admin', true), isSource: true });
    expect(decision).toEqual({ ok: false, reason: 'not-a-source-action' });
  });
});

describe('editSource', () => {
  const source = (role: Role, overrides: Partial<DecideInput> = {}) =>
    input({
      action: 'editSource',
      actor: actor(role),
      lang: 'zh',
      isSource: true,
      current: { status: 'checked', outdated: false, textAuthorId: SOMEONE_ELSE },
      text: '中俄关系的新阶段',
      sourceChange: 'meaning',
      ...overrides,
    });

  it('is for admins only', () => {
    expect(decide(source('translator'))).toEqual({ ok: false, reason: 'source-only-admin' });
    expect(decide(source('reviewer'))).toEqual({ ok: false, reason: 'source-only-admin' });
    expect(decide(source('reader'))).toEqual({ ok: false, reason: 'forbidden-role' });
    expect(decide(source('admin')).ok).toBe(true);
  });

  it('keeps checks on a cosmetic change: the caller re-stamps up-to-date translations', () => {
    expect(decide(source('admin', { sourceChange: 'cosmetic' }))).toEqual({
      ok: true,
      status: 'checked',
      keepSourceHash: true,
      restampTranslations: true,
    });
  });

  it('outdates translations on a change of meaning: nothing is re-stamped', () => {
    expect(decide(source('admin', { sourceChange: 'meaning' }))).toEqual({
      ok: true,
      status: 'checked',
      keepSourceHash: true,
      restampTranslations: false,
    });
  });

  it('keeps the source row’s status, except that a missing source with text becomes draft', () => {
    for (const status of ['draft', 'checked', 'rejected'] as const) {
      const decision = decide(source('admin', { current: { status, outdated: false, textAuthorId: null } }));
      expect(decision.ok && decision.status).toBe(status);
    }
    const fromMissing = decide(source('admin', { current: { status: 'missing', outdated: false, textAuthorId: null } }));
    expect(fromMissing.ok && fromMissing.status).toBe('draft');
  });

  it('needs text and the kind of change', () => {
    expect(decide(source('admin', { text: undefined }))).toEqual({ ok: false, reason: 'missing-text' });
    expect(decide(source('admin', { text: '  ' }))).toEqual({ ok: false, reason: 'empty-text' });
    expect(decide(source('admin', { sourceChange: undefined }))).toEqual({ ok: false, reason: 'missing-source-change' });
  });

  it('only applies to the source row', () => {
    expect(decide(source('admin', { isSource: false }))).toEqual({ ok: false, reason: 'not-a-translation-action' });
  });

  it.each(['check', 'reject', 'reopen'] as const)('%s does not apply to the source row', (action) => {
    const decision = decide(source('admin', { action, comment: 'x' }));
    expect(decision).toEqual({ ok: false, reason: 'not-a-source-action' });
  });
});

describe('language limits', () => {
  it('a reviewer of Russian only cannot act on Chinese', () => {
    const ruReviewer = actor('reviewer', ['ru']);
    expect(decide(input({ action: 'check', actor: ruReviewer, lang: 'ru' })).ok).toBe(true);
    expect(decide(input({ action: 'check', actor: ruReviewer, lang: 'zh' }))).toEqual({
      ok: false,
      reason: 'forbidden-language',
    });
    expect(decide(input({ action: 'reject', actor: ruReviewer, lang: 'zh', comment: 'x' }))).toEqual({
      ok: false,
      reason: 'forbidden-language',
    });
  });

  it('a translator limited to some languages cannot edit or revert the others', () => {
    const zhTranslator = actor('translator', ['zh']);
    expect(decide(input({ action: 'edit', actor: zhTranslator, lang: 'zh', text: '译文' })).ok).toBe(true);
    expect(decide(input({ action: 'edit', actor: zhTranslator, lang: 'en', text: 'text' }))).toEqual({
      ok: false,
      reason: 'forbidden-language',
    });
    const revert = input({
      action: 'revert',
      actor: zhTranslator,
      lang: 'ru',
      revertTo: { wasCheckedAgainstCurrentSource: false },
    });
    expect(decide(revert)).toEqual({ ok: false, reason: 'forbidden-language' });
  });

  it('an empty language list allows no language', () => {
    expect(decide(input({ action: 'edit', actor: actor('translator', []), text: 'x' }))).toEqual({
      ok: false,
      reason: 'forbidden-language',
    });
  });

  it('admins are never limited, on translations or the source', () => {
    const admin = actor('admin', ['en']);
    expect(decide(input({ action: 'check', actor: admin, lang: 'zh' })).ok).toBe(true);
    const sourceEdit = input({
      action: 'editSource',
      actor: admin,
      lang: 'zh',
      isSource: true,
      text: '新',
      sourceChange: 'meaning',
    });
    expect(decide(sourceEdit).ok).toBe(true);
  });

  it('reports a missing role before a missing language', () => {
    const decision = decide(input({ action: 'check', actor: actor('translator', ['en']), lang: 'ru' }));
    expect(decision).toEqual({ ok: false, reason: 'forbidden-role' });
  });
});

describe('refusal order', () => {
  it('reports the row state before missing input, for every state refusal', () => {
    const noInput = (action: ReviewAction, status: Status) =>
      decide(input({ action, current: { status, outdated: false, textAuthorId: SOMEONE_ELSE } }));
    expect(noInput('check', 'missing')).toEqual({ ok: false, reason: 'nothing-to-check' });
    expect(noInput('reject', 'missing')).toEqual({ ok: false, reason: 'nothing-to-reject' });
    expect(noInput('reject', 'rejected')).toEqual({ ok: false, reason: 'already-rejected' });
    expect(noInput('reopen', 'draft')).toEqual({ ok: false, reason: 'nothing-to-reopen' });
  });

  it('reports the wrong row kind before the role', () => {
    const decision = decide(input({ action: 'check', actor: actor('translator'), isSource: true }));
    expect(decision).toEqual({ ok: false, reason: 'not-a-source-action' });
  });

  it('asks for text before the kind of source change', () => {
    const decision = decide(input({ action: 'editSource', actor: actor('admin'), isSource: true }));
    expect(decision).toEqual({ ok: false, reason: 'missing-text' });
  });
});

describe('refusal reasons', () => {
  it('every reason of a translation command can be produced, and decide produces no other', () => {
    const seen = new Set<RefusalReason>();
    const note = (decision: Decision) => {
      if (!decision.ok) seen.add(decision.reason);
    };
    for (const c of CASES) {
      const full = toInput(c);
      note(decide(full));
      // The same attempt with every optional input left out.
      const { text: _t, comment: _c, revertTo: _r, sourceChange: _s, ...bare } = full;
      note(decide(bare));
      // And with blank text, to reach empty-text.
      note(decide({ ...bare, text: ' ' }));
      // And with text but no source-change kind, to reach missing-source-change.
      note(decide({ ...bare, text: 'x' }));
    }
    const conversationOnly: readonly RefusalReason[] = CONVERSATION_REFUSALS;
    expect([...seen].sort()).toEqual(REFUSAL_REASONS.filter((r) => !conversationOnly.includes(r)).sort());
  });
});

describe('allowedActions: what a UI offers is exactly what decide accepts', () => {
  it('agrees with decide on every case of the table (whose inputs are all valid)', () => {
    for (const c of CASES) {
      const input = toInput(c);
      const decision = decide(input);
      const offered = allowedActions(input)[c.variant.action];
      expect(offered, caseName(c)).toEqual(decision.ok ? { ok: true } : { ok: false, reason: decision.reason });
    }
  });

  it('answers without any text or comment: input problems are not permissions', () => {
    const row = { actor: actor('reviewer'), lang: 'ru' as const, isSource: false, settings: { allowSelfCheck: false } };
    const permissions = allowedActions({ ...row, current: { status: 'draft', outdated: false, textAuthorId: SOMEONE_ELSE } });
    expect(permissions.edit).toEqual({ ok: true });
    expect(permissions.reject).toEqual({ ok: true });
    expect(permissions.revert).toEqual({ ok: true });
    expect(permissions.editSource).toEqual({ ok: false, reason: 'not-a-translation-action' });
    const own = allowedActions({ ...row, current: { status: 'draft', outdated: false, textAuthorId: ME } });
    expect(own.check).toEqual({ ok: false, reason: 'self-check' });
  });
});
