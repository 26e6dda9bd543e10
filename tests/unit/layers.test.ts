import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The project's own eslint.config.mjs, run on the files under tests/fixtures/layers as if each
// stood at the same path in the project: `lib/bad-alias.ts` is linted as `lib/bad-alias.ts`.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = path.join(ROOT, 'tests/fixtures/layers');

let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  // Loading the config (Next's plugins, typescript-eslint) takes a while on a busy machine.
  await eslint.lintText('export {};', { filePath: 'lib/warm-up.ts' });
}, 60_000);

interface Finding {
  rule: string | null;
  line: number;
  message: string;
}

async function lintAs(fixture: string, linter: ESLint = eslint, filePath: string = fixture): Promise<Finding[]> {
  const code = readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const [result] = await linter.lintText(code, { filePath });
  expect(result).toBeDefined();
  return result!.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
}

/** The findings of the layer rules only, as `rule:line`. */
function layerFindings(findings: Finding[]): string[] {
  return findings.filter((f) => f.rule?.startsWith('layers/')).map((f) => `${f.rule}:${f.line}`);
}

describe('layer rules on deliberately bad imports', () => {
  it('lib/ may not import server/ through the @/ alias', async () => {
    const findings = await lintAs('lib/bad-alias.ts');
    expect(layerFindings(findings)).toEqual(['layers/lib:1']);
    expect(findings[0]!.message).toBe(
      "'@/server/db': lib/ must not import server/ — domain logic stays pure; see docs/architecture.md#layers",
    );
  });

  it('lib/ may not import server/ or i18n/ through relative paths', async () => {
    const findings = await lintAs('lib/bad-relative.ts');
    expect(layerFindings(findings)).toEqual(['layers/lib:1', 'layers/lib:2']);
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining("'../server/db': lib/ must not import server/"),
      expect.stringContaining("'../i18n/navigation': lib/ must not import i18n/"),
    ]);
  });

  it('lib/ may not import React, Next or a database driver, type-only or not', async () => {
    const findings = await lintAs('lib/bad-packages.ts');
    expect(layerFindings(findings)).toEqual(['layers/lib:1', 'layers/lib:2', 'layers/lib:3']);
    expect(findings.map((f) => f.message.split(' — ')[0])).toEqual([
      "'react': lib/ must not import react",
      "'next/navigation': lib/ must not import next",
      "'kysely': lib/ must not import kysely",
    ]);
  });

  it('components/ may not import server/ internals, nor values from server/queries', async () => {
    const findings = await lintAs('components/example/BadServer.tsx');
    expect(layerFindings(findings)).toEqual([
      'layers/components:1',
      'layers/components:2',
      'layers/components:3',
      'layers/components:4',
    ]);
    expect(findings.map((f) => f.message.split(' — ')[0])).toEqual([
      "'@/server/db': components/ must not import server/db",
      "'@/server/review/state': components/ must not import server/review",
      "'@/server/queries': components/ may import only types from server/queries (`import type`)",
      "'../../server/db/connect': components/ must not import server/db",
    ]);
  });

  it('app/ pages may not reach past server/queries and server/actions', async () => {
    const findings = await lintAs('app/[locale]/bad/page.tsx');
    expect(layerFindings(findings)).toEqual(['layers/app:1', 'layers/app:2', 'layers/app:3', 'layers/app:4']);
    expect(findings.map((f) => f.message.split(' — ')[0])).toEqual([
      "'@/server/auth/session': app/ must not import server/auth",
      "'@/server/db': app/ must not import server/db",
      "'@/server/settings': app/ must not import server/settings",
      "'@/server/queries/documents': app/ must import server/queries through its index (@/server/queries)",
    ]);
  });

  it('app/ pages may not reach server/ internals through relative paths either', async () => {
    const findings = await lintAs('app/[locale]/bad/relative/page.tsx');
    expect(layerFindings(findings)).toEqual(['layers/app:1', 'layers/app:2']);
    expect(findings.map((f) => f.message.split(' — ')[0])).toEqual([
      "'../../../../server/db': app/ must not import server/db",
      "'../../../../server/users': app/ must not import server/users",
    ]);
  });

  it('the same auth import is refused in a page but allowed in app/api/auth/', async () => {
    const code = "import { getAuth } from '@/server/auth';\n\nexport const auth = getAuth;\n";
    const [page] = await eslint.lintText(code, { filePath: 'app/[locale]/setup/page.tsx' });
    const [route] = await eslint.lintText(code, { filePath: 'app/api/auth/[...all]/route.ts' });
    expect(page!.messages.map((m) => m.ruleId)).toEqual(['layers/app']);
    expect(route!.messages).toEqual([]);
  });

  it('server/ may not import components/ or app/', async () => {
    const findings = await lintAs('server/queries/bad-ui.ts');
    expect(layerFindings(findings)).toEqual(['layers/server:1', 'layers/server:2']);
    expect(findings.map((f) => f.message.split(' — ')[0])).toEqual([
      "'@/components/reader/ReaderView': server/ must not import components/",
      "'../../app/api/review/[doc]/[lang]/route': server/ must not import app/",
    ]);
  });

  it('cli/ may import server/ but not components/', async () => {
    const findings = await lintAs('cli/bad-ui.ts');
    expect(layerFindings(findings)).toEqual(['layers/cli:1']);
  });

  it('i18n/ may not import server/', async () => {
    const findings = await lintAs('i18n/bad-server.ts');
    expect(layerFindings(findings)).toEqual(['layers/i18n:1']);
  });

  it('the rules look at the folder of the file: the same import is fine in server/ and tests/', async () => {
    const code = readFileSync(path.join(FIXTURES, 'lib/bad-alias.ts'), 'utf8');
    for (const filePath of ['server/queries/example.ts', 'tests/integration/example.ts']) {
      const [result] = await eslint.lintText(code, { filePath });
      expect(result!.messages).toEqual([]);
    }
  });
});

describe('layer rules on good imports', () => {
  it.each([
    'lib/good.ts',
    'components/example/Good.tsx',
    'app/[locale]/good/page.tsx',
    'app/api/auth/[...all]/route.ts',
    'server/queries/good.ts',
  ])('%s has no findings at all', async (fixture) => {
    expect(await lintAs(fixture)).toEqual([]);
  });
});

describe('cycles between the folders of server/', () => {
  it('an import that closes a cycle with the real server/ tree is reported, with its path', async () => {
    // server/content/import.ts imports server/db, so server/db may not import server/content.
    const findings = await lintAs('server/db/bad-cycle.ts');
    expect(layerFindings(findings)).toEqual(['layers/server-cycles:1']);
    expect(findings[0]!.message).toMatch(
      /^'\.\.\/content\/import': import cycle server\/db → server\/content → server\/db \(server\/content\/\S+ imports server\/db/,
    );
  });

  describe('in a small tree of its own (tests/fixtures/layers/cycle-root: a → b, c → a)', () => {
    const CYCLE_ROOT = path.join(FIXTURES, 'cycle-root');
    let cycles: ESLint;

    beforeAll(async () => {
      cycles = new ESLint({
        cwd: ROOT,
        ignore: false,
        overrideConfig: { rules: { 'layers/server-cycles': ['error', { root: CYCLE_ROOT }] } },
      });
      await cycles.lintText('export {};', { filePath: path.join(CYCLE_ROOT, 'server/warm-up.ts') });
    }, 60_000);

    async function lintInCycleRoot(code: string, file: string): Promise<Finding[]> {
      const [result] = await cycles.lintText(code, { filePath: path.join(CYCLE_ROOT, file) });
      return result!.messages.map((m) => ({ rule: m.ruleId, line: m.line, message: m.message }));
    }

    it('finds a cycle through several folders and a top-level file, by relative path', async () => {
      const findings = await lintInCycleRoot("import { c } from '../c';\n\nexport const b = c;\n", 'server/b/index.ts');
      expect(findings.map((f) => f.rule)).toEqual(['layers/server-cycles']);
      expect(findings[0]!.message).toContain(
        "'../c': import cycle server/b → server/c → server/a → server/b (server/c.ts imports server/a, server/a/index.ts imports server/b)",
      );
    });

    it('counts type-only imports and @/ imports too', async () => {
      const findings = await lintInCycleRoot(
        "import type { c } from '@/server/c';\n\nexport type B = typeof c;\n",
        'server/b/index.ts',
      );
      expect(findings.map((f) => f.rule)).toEqual(['layers/server-cycles']);
    });

    it('an import with no way back to its own folder is not reported', async () => {
      expect(await lintInCycleRoot("import { a } from './a';\n\nexport const c = a;\n", 'server/c.ts')).toEqual([]);
      expect(await lintInCycleRoot("import { c } from '../c';\n\nexport const d = c;\n", 'server/d/index.ts')).toEqual([]);
    });
  });
});
