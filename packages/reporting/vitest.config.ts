import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
    // A limit against hangs, not a timing check: CI shares two cores between several suites.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['../../scripts/vitest-fail-on-console.ts'],
  },
});
