import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Limits against hangs, not timing checks: CI shares two cores between several suites, and the server tests
    // generate the demo data before they start.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['../../scripts/vitest-fail-on-console.ts'],
  },
});
