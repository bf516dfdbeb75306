import { describe, expect, it } from 'vitest';
import { decideChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';

type Decision = { action: 'use'; path: string } | { action: 'install' } | { action: 'stop'; message: string };
const decide = decideChromium as (machine: {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  isRoot: boolean;
  isDebianLike: boolean;
}) => Decision;

const machine = (files: string[], overrides: Partial<Parameters<typeof decide>[0]> = {}) => ({
  env: {},
  exists: (path: string) => files.includes(path),
  isRoot: false,
  isDebianLike: true,
  ...overrides,
});

describe('finding Chromium for browser tests', () => {
  it('uses CHROMIUM_PATH first', () => {
    const decision = decide(
      machine(['/opt/chrome', '/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/chrome' } }),
    );
    expect(decision).toEqual({ action: 'use', path: '/opt/chrome' });
  });

  it('stops with the remedy when CHROMIUM_PATH points nowhere', () => {
    const decision = decide(machine([], { env: { CHROMIUM_PATH: '/nope' }, isRoot: true }));
    expect(decision.action).toBe('stop');
    expect(decision.action === 'stop' && decision.message).toContain('/nope');
  });

  it("prefers Debian's launcher-free binary over the wrapper", () => {
    const decision = decide(machine(['/usr/bin/chromium', '/usr/lib/chromium/chromium']));
    expect(decision).toEqual({ action: 'use', path: '/usr/lib/chromium/chromium' });
  });

  it('installs the Debian package only as root on a Debian-like machine', () => {
    expect(decide(machine([], { isRoot: true })).action).toBe('install');
    expect(decide(machine([], { isRoot: false }))).toEqual({
      action: 'stop',
      message: `No Chromium found. ${INSTALL_HINT}`,
    });
    expect(decide(machine([], { isRoot: true, isDebianLike: false })).action).toBe('stop');
  });
});
