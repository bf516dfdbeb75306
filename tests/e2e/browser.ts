// Headless Chromium for the end-to-end tests: Debian's package, found (or installed as root) by
// scripts/chromium.mjs, launched with the flags this kind of machine needs (TOOLCHAIN.md, pitfall 6).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ensureChromium } from '../../scripts/chromium.mjs';

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
  const executablePath = (ensureChromium as () => string)();
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

/** Where the tests leave their screenshots: a git-ignored folder, kept as CI artefacts. */
export const ARTEFACTS_DIR = join(import.meta.dirname, '..', 'test-results', 'e2e');

export function artefactPath(name: string): string {
  mkdirSync(ARTEFACTS_DIR, { recursive: true });
  return join(ARTEFACTS_DIR, name);
}
