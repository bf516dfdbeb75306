// Headless Chromium for the end-to-end tests: Debian's package, found (or installed as root) once per run by
// scripts/chromium.mjs (see chromium-setup.ts), launched with the flags such machines need.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_HEADLESS_FLAGS } from '../../scripts/chromium.mjs';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromiumPath'),
    args: CHROMIUM_HEADLESS_FLAGS,
    headless: true,
  });
}

/** Where the tests leave their screenshots: a git-ignored folder, kept as CI artefacts. */
export const ARTEFACTS_DIR = join(import.meta.dirname, '..', 'test-results', 'e2e');

export function artefactPath(name: string): string {
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
  return join(ARTEFACTS_DIR, name);
}
