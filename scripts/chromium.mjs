// Finds the Chromium that browser tests drive, or installs Debian's package when that is possible.
// The decision is a pure function (tested in tests/tooling); the command line below acts on it.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** Places where Debian, Ubuntu and common installs put Chromium or Chrome. */
export const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Flags for headless runs: without --no-sandbox Chromium cannot run as root; without the networking flags it keeps
 * calling remote hosts that a closed network refuses.
 */
export const CHROMIUM_HEADLESS_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** The one command a user runs where this script cannot install Chromium itself. */
export const INSTALL_HINT =
  'Install Chromium and run the tests again: `sudo apt-get install -y chromium` on Debian or Ubuntu, ' +
  'or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/**
 * Decides where Chromium is: `{ action: 'use', path }`, `{ action: 'install' }` (Debian-like, as root),
 * or `{ action: 'stop', message }`.
 * @param {{ env: Record<string, string | undefined>, exists: (path: string) => boolean, isRoot: boolean, isDebianLike: boolean }} machine
 */
export function decideChromium({ env, exists, isRoot, isDebianLike }) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (exists(fromEnv)) return { action: 'use', path: fromEnv };
    return {
      action: 'stop',
      message: `CHROMIUM_PATH is set to ${fromEnv}, but no file is there. ${INSTALL_HINT}`,
    };
  }
  const found = CHROMIUM_CANDIDATES.find((path) => exists(path));
  if (found) return { action: 'use', path: found };
  if (isDebianLike && isRoot) return { action: 'install' };
  return { action: 'stop', message: `No Chromium found. ${INSTALL_HINT}` };
}

function isDebianLike() {
  if (existsSync('/etc/debian_version')) return true;
  try {
    return /ID(_LIKE)?=.*debian/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

function run(command, args) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed with status ${result.status}`);
}

/** Returns the path of a usable Chromium, installing Debian's package first when it may. Exits with the hint otherwise. */
export function ensureChromium() {
  const machine = {
    env: process.env,
    exists: existsSync,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    isDebianLike: process.platform === 'linux' && isDebianLike(),
  };
  let decision = decideChromium(machine);
  if (decision.action === 'install') {
    process.stderr.write("No Chromium found: installing Debian's chromium package (as root)…\n");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
    decision = decideChromium({ ...machine, isRoot: false });
  }
  if (decision.action !== 'use') {
    process.stderr.write(`${decision.message}\n`);
    process.exit(1);
  }
  return decision.path;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${ensureChromium()}\n`);
}
