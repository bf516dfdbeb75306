// `npm run bench`: the match list's first render and updates with 500 rows in headless Chromium. Figures are
// printed, never asserted (machines are noisy); the bench is not part of `npm test`.
import { defineConfig } from 'vitest/config';
import { browserProject } from './test/browser-project.js';

export default defineConfig({
  test: {
    projects: [{ ...browserProject('bench', ['bench/**/*.bench.browser.ts'], []) }],
    // The printed table is the output.
    silent: false,
  },
});
