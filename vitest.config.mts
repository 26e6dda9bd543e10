import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Vitest owns lib/, server/, cli/ and tests/{unit,integration}; tests/e2e belongs to Playwright.
export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('.', import.meta.url)) },
  },
  test: {
    include: ['{lib,server,cli,i18n}/**/*.test.ts', 'tests/{unit,integration}/**/*.test.ts'],
    exclude: ['node_modules/**', 'tests/e2e/**', '.next/**'],
    environment: 'node',
    pool: 'forks',
  },
});
