// Finds Chromium once for the whole run (installing Debian's package as root when it is missing), before any test
// file starts: the end-to-end files then share one answer instead of racing to install it.
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('chromiumPath', (ensureChromium as () => string)());
}
