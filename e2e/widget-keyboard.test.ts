// The real thing: the built koe.js on the demo page served by a real koe
// server process, in Chromium, answered with the keyboard only. The answer
// must be in the database, finished, with its reasons and comment.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../apps/server/src/store/sqlite/store';
import { type ServerProcess, startServerProcess } from '../apps/server/test/server-process';
import { browserAvailable, launchChromium } from './browser';

const enabled = browserAvailable();
const dir = mkdtempSync(join(tmpdir(), 'koe-e2e-'));
const db = join(dir, 'koe.db');
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  if (!enabled) return;
  server = await startServerProcess(['--db', db, '--demo'], { KOE_RATE_LIMIT_CLIENT: '0' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!enabled)('widget in Chromium', () => {
  it('the demo page asks NPS on the spot; answered by keyboard, the finished answer is stored', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.baseUrl.replace('localhost', '127.0.0.1')}/demo`);
    await page.waitForFunction(
      () => typeof (window as unknown as { koe?: { ready?: unknown } }).koe?.ready === 'object',
    );

    const ask = page.getByRole('button', { name: 'Finish checkout (NPS)' });
    await ask.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();

    // The survey does not steal focus; the visitor tabs to it (past the page's
    // other buttons, then the widget's close button) and lands on the scale.
    const focused = () =>
      page.evaluate(() =>
        document.querySelector('koe-survey')?.shadowRoot?.activeElement?.getAttribute('aria-label'),
      );
    const visited: Array<string | null | undefined> = [];
    for (let i = 0; i < 6 && !(await focused())?.startsWith('0 '); i++) {
      await page.keyboard.press('Tab');
      visited.push(await focused());
    }
    expect(visited.filter(Boolean)).toEqual(['Close', '0 Not at all likely']);
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('9');
    await page.keyboard.press('Enter');

    // The promoter follow-up: first reason chip has focus.
    await page.getByText('What did you like most?').waitFor();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Fast delivery, nice people');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').waitFor();
    expect(await page.getByRole('status').textContent()).toBe('Thank you!');

    // Escape closes; focus returns to where it was before the visitor tabbed into the survey.
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Complete sign-up (CES)');

    const store = new SqliteStore({ path: db });
    try {
      await expect
        .poll(async () =>
          store.sqlite
            // The demo's made-up history is marked demo: true; this answer is the only other one.
            .prepare(
              `SELECT score, finished, reasons, comment, touchpoint, device FROM responses
               WHERE json_extract(attributes, '$.demo') IS NULL`,
            )
            .all(),
        )
        .toEqual([
          {
            score: 9,
            finished: 1,
            reasons: '["quality"]',
            comment: 'Fast delivery, nice people',
            touchpoint: 'checkout',
            device: 'bot', // headless Chromium says so in its User-Agent
          },
        ]);
    } finally {
      await store.close();
    }
    expect(errors).toEqual([]);
  });
});
