import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The tests run the built bin: build it once, from the current sources, before any test.
    globalSetup: ['./test/build-bin.ts'],
    // A limit against hangs, not a timing check: CI shares two cores between several suites.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    setupFiles: ['../../scripts/vitest-fail-on-console.ts'],
  },
});
