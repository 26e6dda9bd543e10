// ESLint rules for the layers in docs/architecture.md#layers: data flows app → server → lib.
//
// One rule per importing layer (`layers/lib`, `layers/components`, `layers/app`, `layers/server`,
// `layers/cli`, `layers/i18n`), each checking only the files of its own folder, and
// `layers/server-cycles` for cycles between the folders of server/. Imports are resolved by
// path alone, the `@/` alias (tsconfig `@/*` → `./*`) and relative paths alike, so a rule
// gives the same answer for a file on disk and for text linted under a made-up file name.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SEE = 'see docs/architecture.md#layers';
const DRIVERS = ['kysely', 'better-sqlite3', 'pg'];
// lib/ is pure domain logic: no React, no Next, no database, no auth library.
const LIB_FORBIDDEN_PACKAGES = [
  'react',
  'react-dom',
  'next',
  'next-intl',
  '@tanstack/react-query',
  'server-only',
  'better-auth',
  ...DRIVERS,
];
const SOURCE_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const TEST_FILE = /\.test\.(ts|tsx|mts)$/;

/** @param {string} p */
const toPosix = (p) => p.split(path.sep).join('/');

/**
 * What an import specifier points at, seen from `fromRel` (a root-relative posix path).
 * `{ kind: 'local', rel, top, unit }`: a file or folder of this project (`rel` without extension
 * or trailing /index; `top` its first folder; `unit` its folder or file directly under `top`).
 * `{ kind: 'package', name }`: an npm package. `null`: a Node built-in or a path outside the root.
 * @param {string} spec
 * @param {string} fromRel
 */
export function resolveImport(spec, fromRel) {
  let rel;
  if (spec.startsWith('@/')) rel = spec.slice(2);
  else if (spec === '.' || spec === '..' || spec.startsWith('./') || spec.startsWith('../'))
    rel = path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), spec));
  else if (spec.startsWith('node:')) return null;
  else {
    const parts = spec.split('/');
    return { kind: 'package', name: spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
  }
  if (rel === '..' || rel.startsWith('../')) return null;
  rel = rel
    .replace(SOURCE_FILE, '')
    .replace(/\/index$/, '')
    .replace(/\/$/, '');
  const [top = '', unit = ''] = rel.split('/');
  return { kind: 'local', rel, top, unit };
}

/** @param {string} filename @param {string} root */
const relativeToRoot = (filename, root) => toPosix(path.relative(root, filename));

/**
 * Every import of a file: `{ node, spec, typeOnly }`, from import and export-from declarations
 * and dynamic `import()` with a literal specifier. Calls `visit` for each.
 * @param {(entry: { node: any, spec: string, typeOnly: boolean }) => void} visit
 */
function importVisitors(visit) {
  /** @param {any} node */
  const declaration = (node) => {
    if (!node.source || typeof node.source.value !== 'string') return;
    const typeOnly = node.importKind === 'type' || node.exportKind === 'type';
    visit({ node: node.source, spec: node.source.value, typeOnly });
  };
  return {
    ImportDeclaration: declaration,
    ExportNamedDeclaration: declaration,
    ExportAllDeclaration: declaration,
    /** @param {any} node */
    ImportExpression(node) {
      if (node.source.type === 'Literal' && typeof node.source.value === 'string')
        visit({ node: node.source, spec: node.source.value, typeOnly: false });
    },
  };
}

const rootOption = {
  type: 'object',
  properties: { root: { type: 'string' } },
  required: ['root'],
  additionalProperties: false,
};

/**
 * A rule for the files under `folder/`: `check(target, entry, fromRel)` returns the message for
 * a forbidden import, or nothing.
 * @param {string} folder
 * @param {string} description
 * @param {(target: any, entry: { spec: string, typeOnly: boolean }, fromRel: string) => string | undefined} check
 */
function layerRule(folder, description, check) {
  return {
    meta: {
      type: 'problem',
      docs: { description, url: 'docs/architecture.md#layers' },
      schema: [rootOption],
    },
    /** @param {any} context */
    create(context) {
      const fromRel = relativeToRoot(context.filename, context.options[0].root);
      if (!fromRel.startsWith(`${folder}/`)) return {};
      return importVisitors((entry) => {
        const target = resolveImport(entry.spec, fromRel);
        if (!target) return;
        const message = check(target, entry, fromRel);
        if (message) context.report({ node: entry.node, message: `'${entry.spec}': ${message}` });
      });
    },
  };
}

/** @param {any} t */
const isDriver = (t) => t.kind === 'package' && DRIVERS.includes(t.name);

const lib = layerRule('lib', 'lib/ imports only lib/ and npm packages that are neither UI nor database', (t) => {
  if (t.kind === 'local' && t.top !== 'lib') return `lib/ must not import ${t.top}/ — domain logic stays pure; ${SEE}`;
  if (t.kind === 'package' && LIB_FORBIDDEN_PACKAGES.includes(t.name))
    return `lib/ must not import ${t.name} — domain logic has no React, Next, database or auth code; ${SEE}`;
});

const components = layerRule(
  'components',
  'components/ reach the server only through server/actions and types from server/queries',
  (t, { typeOnly }) => {
    if (isDriver(t)) return `components/ must not import ${t.name} — only server/ touches the database; ${SEE}`;
    if (t.kind !== 'local') return;
    if (t.top === 'app' || t.top === 'cli') return `components/ must not import ${t.top}/ — data flows app → components; ${SEE}`;
    if (t.top !== 'server' || t.unit === 'actions') return;
    if (t.unit === 'queries') {
      if (typeOnly) return;
      return `components/ may import only types from server/queries (\`import type\`) — data reaches components as props; ${SEE}`;
    }
    return `components/ must not import server/${t.unit} — UI calls server/actions and takes types from server/queries; ${SEE}`;
  },
);

const app = layerRule(
  'app',
  'app/ reads only through server/queries and writes only through server/actions',
  (t, _entry, fromRel) => {
    if (isDriver(t)) return `app/ must not import ${t.name} — only server/ touches the database; ${SEE}`;
    if (t.kind !== 'local') return;
    if (t.top === 'cli') return `app/ must not import cli/ — ${SEE}`;
    if (t.top !== 'server' || t.unit === 'actions') return;
    if (t.unit === 'queries') {
      if (t.rel === 'server/queries') return;
      return `app/ must import server/queries through its index (@/server/queries) — ${SEE}`;
    }
    if (t.unit === 'auth' && fromRel.startsWith('app/api/auth/')) return;
    // REST API v1's door (token, rate limit, JSON errors) and its command plumbing.
    if (t.unit === 'api' && fromRel.startsWith('app/api/v1/')) return;
    return `app/ must not import server/${t.unit} — pages and routes read through server/queries and write through server/actions; ${SEE}`;
  },
);

const server = layerRule('server', 'server/ never imports app/, components/ or cli/', (t) => {
  if (t.kind === 'local' && ['app', 'components', 'cli'].includes(t.top))
    return `server/ must not import ${t.top}/ — data flows app → server → lib; ${SEE}`;
});

const cli = layerRule('cli', 'cli/ imports server/ and lib/, never the UI', (t) => {
  if (t.kind === 'local' && (t.top === 'app' || t.top === 'components'))
    return `cli/ must not import ${t.top}/ — the CLI runs the same server/ and lib/ code without the UI; ${SEE}`;
});

const i18n = layerRule('i18n', 'i18n/ sits below the UI and the server', (t) => {
  if (t.kind === 'local' && ['app', 'components', 'server', 'cli'].includes(t.top))
    return `i18n/ must not import ${t.top}/ — routing and messages sit below the UI and the server; ${SEE}`;
});

// ---- cycles between the folders (and top-level files) of server/ ----

/**
 * @typedef {Map<string, Map<string, string[]>>} UnitGraph unit → unit it imports → files that do so
 */

/** @type {Map<string, { signature: string, graph: UnitGraph }>} */
const scanCache = new Map();

/** @param {string} dir @param {string[]} out */
function listSourceFiles(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listSourceFiles(full, out);
    else if (SOURCE_FILE.test(entry.name) && !TEST_FILE.test(entry.name)) out.push(full);
  }
  return out;
}

/**
 * The graph of server/'s units from every non-test source file under it, read again whenever a
 * file is added, removed or changed.
 * @param {string} root
 * @returns {UnitGraph}
 */
function serverGraph(root) {
  const files = listSourceFiles(path.join(root, 'server'), []);
  const signature = files.map((f) => `${f}:${fs.statSync(f).mtimeMs}`).join('\n');
  const cached = scanCache.get(root);
  if (cached && cached.signature === signature) return cached.graph;
  /** @type {Map<string, string[]>} */
  const specs = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    specs.set(
      relativeToRoot(file, root),
      importedFiles.map((i) => i.fileName),
    );
  }
  const graph = unitGraph(specs);
  scanCache.set(root, { signature, graph });
  return graph;
}

/** The server/ unit of a root-relative path, or undefined. @param {string} rel */
function serverUnit(rel) {
  const target = resolveImport(`@/${rel}`, rel);
  return target && target.top === 'server' && target.unit ? target.unit : undefined;
}

/**
 * @param {Map<string, string[]>} specsByFile
 * @returns {UnitGraph}
 */
function unitGraph(specsByFile) {
  /** @type {UnitGraph} */
  const graph = new Map();
  for (const [file, specs] of specsByFile) {
    const from = serverUnit(file);
    if (!from) continue;
    for (const spec of specs) {
      const target = resolveImport(spec, file);
      if (!target || target.kind !== 'local' || target.top !== 'server' || !target.unit || target.unit === from) continue;
      const edges = graph.get(from) ?? new Map();
      graph.set(from, edges);
      const by = edges.get(target.unit) ?? [];
      edges.set(target.unit, by);
      if (!by.includes(file)) by.push(file);
    }
  }
  return graph;
}

/**
 * The shortest path of units from `start` to `goal`, with the file behind each step.
 * @param {UnitGraph} graph @param {string} start @param {string} goal
 * @returns {{ unit: string, via: string }[] | undefined}
 */
function findPath(graph, start, goal) {
  /** @type {Map<string, { prev: string, via: string } | null>} */
  const seen = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const unit = /** @type {string} */ (queue.shift());
    for (const [next, files] of graph.get(unit) ?? []) {
      if (seen.has(next)) continue;
      seen.set(next, { prev: unit, via: /** @type {string} */ (files[0]) });
      if (next === goal) {
        const steps = [];
        for (let at = goal; at !== start;) {
          const step = /** @type {{ prev: string, via: string }} */ (seen.get(at));
          steps.unshift({ unit: at, via: step.via });
          at = step.prev;
        }
        return steps;
      }
      queue.push(next);
    }
  }
}

const serverCycles = {
  meta: {
    type: 'problem',
    docs: { description: 'the folders of server/ import one another one way only', url: 'docs/architecture.md#layers' },
    schema: [rootOption],
  },
  /** @param {any} context */
  create(context) {
    const root = context.options[0].root;
    const fromRel = relativeToRoot(context.filename, root);
    const from = serverUnit(fromRel);
    if (!fromRel.startsWith('server/') || TEST_FILE.test(fromRel) || !from) return {};
    /** @type {{ node: any, spec: string }[]} */
    const imports = [];
    return {
      ...importVisitors((entry) => imports.push(entry)),
      'Program:exit'() {
        // Only paths back to this file's own folder matter, so the graph of the files on disk
        // serves for any text linted under this name too.
        const graph = serverGraph(root);
        for (const { node, spec } of imports) {
          const target = resolveImport(spec, fromRel);
          if (!target || target.kind !== 'local' || target.top !== 'server' || !target.unit || target.unit === from) continue;
          const back = findPath(graph, target.unit, from);
          if (!back) continue;
          const cycle = [from, target.unit, ...back.map((s) => s.unit)].map((u) => `server/${u}`).join(' → ');
          const evidence = back.map((s) => `${s.via} imports server/${s.unit}`).join(', ');
          context.report({
            node,
            message: `'${spec}': import cycle ${cycle} (${evidence}) — folders of server/ depend one way; move the shared part down or pass it in; ${SEE}`,
          });
        }
      },
    };
  },
};

const plugin = {
  meta: { name: 'layers' },
  rules: { lib, components, app, server, cli, i18n, 'server-cycles': serverCycles },
};

export default plugin;
