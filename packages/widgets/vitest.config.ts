import { defineConfig } from 'vitest/config';
import { browserProject } from './test/browser-project.js';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts', '**/node_modules/**'],
          // A limit against hangs, not a timing check: CI shares two cores between several suites.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          setupFiles: ['../../scripts/vitest-fail-on-console.ts'],
        },
      },
      browserProject('browser', ['src/**/*.browser.test.ts', 'test/**/*.browser.test.ts']),
    ],
  },
});
