// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (never a
// downloaded browser). Outside CI, a machine without /usr/bin/firefox-esr
// skips the Firefox tests and says so; in CI it must exist (.ci/run installs it).
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';

export function firefoxAvailable(): boolean {
  if (existsSync(FIREFOX)) return true;
  if (process.env.CI) throw new Error(`${FIREFOX} is missing: .ci/run installs firefox-esr`);
  console.warn(`skipping Firefox tests: ${FIREFOX} not found (apt-get install -y firefox-esr)`);
  return false;
}

export function launchFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // No updates, telemetry or first-run pages: nothing but the test talks to the network.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
}
