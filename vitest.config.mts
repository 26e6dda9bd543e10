import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Two projects: `unit` (pure lib/ and CLI code) and `integration` (real SQLite files and a
// throwaway PostgreSQL cluster). tests/e2e belongs to Playwright.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
  },
  test: {
    environment: 'node',
    pool: 'forks',
    exclude: ['node_modules/**', 'tests/e2e/**', '.next/**'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['{lib,server,cli,i18n}/**/*.test.ts', 'tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/integration/postgres-cluster.ts'],
        },
      },
    ],
  },
});
