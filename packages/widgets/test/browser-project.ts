// The vitest browser project: real headless Chromium through playwright, found (or installed as root on
// Debian) by scripts/chromium.mjs, or named by CHROMIUM_PATH.
import { playwright } from '@vitest/browser-playwright';
import { CHROMIUM_HEADLESS_FLAGS, ensureChromium } from '../../../scripts/chromium.mjs';

/** A vitest project running `include` in Chromium, with Lit's production build (the one the bundles ship). */
export function browserProject(
  name: string,
  include: string[],
  setupFiles = ['../../scripts/vitest-fail-on-console.ts'],
) {
  return {
    resolve: { conditions: ['module', 'browser', 'production'] },
    optimizeDeps: {
      include: [
        'lit',
        'lit/decorators.js',
        'lit/directives/repeat.js',
        'lit/directives/guard.js',
        'lit/directives/live.js',
        'axe-core',
        'd3-scale',
        'd3-shape',
        '@passerelle/core',
        '@passerelle/matching',
        '@passerelle/reporting',
      ],
    },
    test: {
      name,
      include,
      setupFiles,
      // A limit against hangs, not a timing check.
      testTimeout: 60_000,
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        provider: playwright({
          launchOptions: { executablePath: ensureChromium(), args: CHROMIUM_HEADLESS_FLAGS },
        }),
        instances: [{ browser: 'chromium' as const }],
      },
    },
  };
}
