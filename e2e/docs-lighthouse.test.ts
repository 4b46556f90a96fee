// /docs in real Chromium against a real server process: Lighthouse (mobile,
// simulated slow 4G and 4× CPU slowdown) scores performance ≥ 90 and
// accessibility ≥ 95, and the page asks nothing of any host but the server.
//
// Performance is the best of three runs. The simulation multiplies the main
// thread's observed task times by four, so every other process on the
// machine (npm test runs the other suites beside this one) can only lower
// the score: on two busy cores one page measured 72 to 100 within minutes,
// an empty page 81 to 100. The best run is the one least disturbed, the
// usual estimate when noise only ever adds time; each run is printed.
// Accessibility and the hosts asked do not move with load and are checked in
// every run. /docs/interactive (Scalar) is held to the same rule about hosts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../apps/server/test/server-process';
import { browserAvailable, launchChromium } from './browser';
import { type LighthouseResult, runLighthouse } from './lighthouse';

const enabled = browserAvailable();
const RUNS = 3;
const dir = mkdtempSync(join(tmpdir(), 'koe-docs-'));
let koe: ServerProcess;

beforeAll(async () => {
  if (!enabled) return;
  koe = await startServerProcess(['--db', join(dir, 'koe.db')]);
});

afterAll(() => {
  koe?.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe.skipIf(!enabled)('GET /docs in Lighthouse', () => {
  it(
    'scores performance ≥ 90 and accessibility ≥ 95, and requests nothing from another host',
    async () => {
      // The page is rendered and compressed on its first request: measure the steady state.
      expect((await fetch(`${koe.baseUrl}/docs`)).status).toBe(200);
      const runs: LighthouseResult[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(`${koe.baseUrl}/docs`));
      const performance = Math.max(...runs.map((r) => r.performance));
      console.info(
        `/docs Lighthouse: performance ${runs.map((r) => r.performance).join(', ')} (best ${performance}), accessibility ${runs[0]?.accessibility}, median first contentful paint ${median(runs.map((r) => r.firstContentfulPaintMs))} ms, median total blocking time ${median(runs.map((r) => r.totalBlockingTimeMs))} ms, ${runs[0]?.transferBytes} bytes`,
      );
      const origin = new URL(koe.baseUrl).origin;
      for (const run of runs) {
        expect(run.requests.length).toBeGreaterThan(0);
        expect(run.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
        expect(run.accessibilityFailures).toEqual([]);
        expect(run.accessibility).toBeGreaterThanOrEqual(95);
      }
      expect(performance).toBeGreaterThanOrEqual(90);
    },
    RUNS * 90_000,
  );
});

describe.skipIf(!enabled)('GET /docs/interactive in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders Scalar from this server and talks to no other host', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${koe.baseUrl}/docs/interactive`);
    await page.getByRole('heading', { name: 'koe API', level: 1 }).waitFor();
    await page.getByText('Send an answer (the widget does this)').first().waitFor();
    const origin = new URL(koe.baseUrl).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requests).toContain(`${origin}/v1/openapi.json`);
    // Scalar probes for eval once and carries on without it; nothing else is refused.
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    expect(violations.filter((v) => v !== 'script-src eval')).toEqual([]);
  });
});
