// Debian's Chromium driven by playwright-core (never a downloaded browser),
// with the flags this workplace needs. Outside CI, a machine without
// /usr/bin/chromium skips the browser tests and says so; in CI it must exist.
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
  console.warn(`skipping browser tests: ${CHROMIUM} not found (apt-get install -y chromium)`);
  return false;
}

/** The flags every chromium started by a test or bench gets (playwright or Lighthouse). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** `args` adds flags, e.g. --host-resolver-rules to give a local server a real-looking host name. */
export function launchChromium(args: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS, ...args] });
}
