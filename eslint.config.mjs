import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import layers from './lint/layers.mjs';

const root = import.meta.dirname;

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next/**',
    'out/**',
    'build/**',
    'data/**',
    'test-results/**',
    'playwright-report/**',
    'blob-report/**',
    '.e2e*/**',
    'next-env.d.ts',
    // Deliberately bad imports, linted by tests/unit/layers.test.ts under the paths they stand for.
    'tests/fixtures/layers/**',
  ]),
  {
    name: 'triglot/strict',
    // The files Next's React and TypeScript configs cover (not .cjs, such as cache-handler.cjs).
    files: ['**/*.{ts,tsx,mts,js,jsx,mjs}'],
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // A leading underscore marks a binding that is unused on purpose (`for (const _ of text)`,
      // or leaving a key out: `const { a: _a, ...rest } = x`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-unused-expressions': 'error',
      // Markup from a string is how injected text becomes script: every text is rendered as
      // text (React escapes it). Pages served from a cache rely on this (docs/architecture.md#security-headers).
      'react/no-danger': 'error',
    },
  },
  {
    // docs/architecture.md#layers. Each rule checks only the files of its own folder.
    name: 'triglot/layers',
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    plugins: { layers },
    rules: {
      'layers/lib': ['error', { root }],
      'layers/components': ['error', { root }],
      'layers/app': ['error', { root }],
      'layers/server': ['error', { root }],
      'layers/cli': ['error', { root }],
      'layers/i18n': ['error', { root }],
      'layers/server-cycles': ['error', { root }],
    },
  },
]);
