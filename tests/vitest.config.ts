import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.browser.test.ts'],
    setupFiles: ['../scripts/vitest-fail-on-console.ts'],
  },
});
