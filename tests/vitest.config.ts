import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
    // Chromium is found (or installed) once, before the end-to-end files start.
    globalSetup: ['./e2e/chromium-setup.ts'],
    // Limits against hangs, not timing checks: CI shares two cores between several suites, and the end-to-end
    // files start the demo server and Chromium before their tests.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['../scripts/vitest-fail-on-console.ts'],
  },
});
