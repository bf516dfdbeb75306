// Headless Chromium for the end-to-end tests: Debian's package, found (or installed as root) once per run by
// scripts/chromium.mjs (see chromium-setup.ts), launched with the flags such machines need.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

/** Without the networking flags Chromium keeps calling remote hosts; without --no-sandbox it cannot run as root. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_FLAGS, headless: true });
}

/** Where the tests leave their screenshots: a git-ignored folder, kept as CI artefacts. */
export const ARTEFACTS_DIR = join(import.meta.dirname, '..', 'test-results', 'e2e');

export function artefactPath(name: string): string {
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
  return join(ARTEFACTS_DIR, name);
}
