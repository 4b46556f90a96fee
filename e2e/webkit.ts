// WebKit for the browser tests: WebKitGTK's MiniBrowser driven through
// WebKitWebDriver (Debian's webkit2gtk-driver) by selenium-webdriver, on a
// virtual display (xvfb-run), as MiniBrowser needs one even when nothing is
// looked at. Outside CI, a machine without them skips the WebKit tests and
// says so; in CI they must exist (.ci/run installs them).
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, type WebDriver } from 'selenium-webdriver';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_RUN = '/usr/bin/xvfb-run';

export function webkitAvailable(): boolean {
  const missing = [WEBKIT_DRIVER, MINIBROWSER, XVFB_RUN].filter((path) => !existsSync(path));
  if (!missing.length) return true;
  const what = `${missing.join(', ')} missing (apt-get install -y webkit2gtk-driver xvfb)`;
  if (process.env.CI) throw new Error(`${what}: .ci/run installs them`);
  console.warn(`skipping WebKit tests: ${what}`);
  return false;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

export interface WebKit {
  driver: WebDriver;
  close(): Promise<void>;
}

/** A fresh MiniBrowser session (its own storage) through a WebKitWebDriver on a virtual display. */
export async function launchWebKit(): Promise<WebKit> {
  const port = await freePort();
  // Its own process group, so closing ends xvfb-run, Xvfb and the driver together.
  const child: ChildProcess = spawn(
    XVFB_RUN,
    // A 24-bit screen larger than any test's window (xvfb-run's default is 640×480×8).
    ['-a', '-s', '-screen 0 1600x1200x24', WEBKIT_DRIVER, `--port=${port}`],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    const driver = await waitForDriver(port);
    return {
      driver,
      async close() {
        await driver.quit().catch(() => {});
        stop();
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

async function waitForDriver(port: number): Promise<WebDriver> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const status = await fetch(`http://127.0.0.1:${port}/status`);
      if (status.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return new Builder()
    .usingServer(`http://127.0.0.1:${port}`)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    })
    .build();
}
