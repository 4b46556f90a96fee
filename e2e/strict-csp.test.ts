// A host page on another origin with a strict Content Security Policy (no
// 'unsafe-inline', no 'unsafe-eval', a nonce for its own scripts and styles):
// the widget loads, renders and sends with zero CSP violations and adds
// exactly one global, `koe`. Also with koe.js and koe-ui.js served from another origin (a
// CDN) and the API named by data-host, and the strict page in Firefox and WebKit.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { By } from 'selenium-webdriver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../apps/server/src/store/sqlite/store';
import { runCli, type ServerProcess, startServerProcess } from '../apps/server/test/server-process';
import { browserAvailable, launchChromium } from './browser';
import { firefoxAvailable, launchFirefox } from './firefox';
import { launchWebKit, webkitAvailable } from './webkit';
import { newGlobals, SOON } from './widget-host';

const enabled = browserAvailable();
const withFirefox = enabled && firefoxAvailable();
const withWebKit = enabled && webkitAvailable();
const dir = mkdtempSync(join(tmpdir(), 'koe-csp-'));
const db = join(dir, 'koe.db');
const nonce = randomBytes(16).toString('base64');
let koe: ServerProcess;
let host: Server;
let hostUrl: string;
let browser: Browser;
const cdnRequests: string[] = [];

function hostPage(koeUrl: string, siteKey: string, scriptUrl: string, touchpoint: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>strict shop</title>
<style nonce="${nonce}">body{font-family:serif}</style>
<script nonce="${nonce}">
window.__before = Object.getOwnPropertyNames(window);
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) { window.__violations.push(e.violatedDirective + ' ' + e.blockedURI); });
window.koe=window.koe||function(){(koe.q=koe.q||[]).push(arguments)};
koe('ask', 'srv_csp', { touchpoint: '${touchpoint}' });
</script>
<script nonce="${nonce}" async src="${scriptUrl}" data-site="${siteKey}" data-host="${koeUrl}"></script>
</head><body><h1>Strict shop</h1></body></html>`;
}

beforeAll(async () => {
  if (!enabled) return;
  host = createServer();
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const site = JSON.parse(
    runCli(['sites', 'create', '--name', 'Strict', '--origin', hostUrl, '--json', '--db', db])
      .stdout,
  );
  koe = await startServerProcess(['--db', db], { KOE_RATE_LIMIT_CLIENT: '0' });
  const koeUrl = koe.baseUrl.replace('localhost', '127.0.0.1');
  const store = new SqliteStore({ path: db });
  const { SurveyInputSchema } = await import('@koe/core');
  const definition = SurveyInputSchema.parse({
    name: 'CSP',
    type: 'nps',
    status: 'active',
    question: { en: 'Would you recommend the strict shop?' },
    followUp: {
      promoter: {
        question: { en: 'What did you like?' },
        reasons: [{ id: 'speed', label: { en: 'Speed' } }],
      },
    },
  });
  await store.createSurvey({
    id: 'srv_csp',
    siteId: site.siteId,
    type: 'nps',
    definition,
    createdAt: 0,
    updatedAt: 0,
  });
  await store.close();
  // The host also plays the CDN: /cdn/koe.js and the koe-ui.js beside it are
  // the built widget, served from its origin.
  const cdnFiles = new Map(
    ['koe.js', 'koe-ui.js'].map((file) => [
      `/cdn/${file}`,
      readFileSync(join(import.meta.dirname, '..', 'packages', 'widget', 'dist', file)),
    ]),
  );
  host.on('request', (req, res) => {
    const file = cdnFiles.get(req.url ?? '');
    if (file) {
      cdnRequests.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(file);
      return;
    }
    const fromCdn = req.url === '/cdn-page';
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': [
        "default-src 'none'",
        `script-src 'nonce-${nonce}' ${fromCdn ? hostUrl : koeUrl}`,
        `style-src 'nonce-${nonce}'`,
        `connect-src ${koeUrl}`,
      ].join('; '),
    });
    // /firefox and /webkit: the strict page for the other engines, told apart by touchpoint.
    const engine = /^\/(firefox|webkit)$/.exec(req.url ?? '')?.[1];
    res.end(
      fromCdn
        ? hostPage(koeUrl, site.siteKey, `${hostUrl}/cdn/koe.js`, 'cdn')
        : hostPage(koeUrl, site.siteKey, `${koeUrl}/koe.js`, engine ?? 'strict'),
    );
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  koe?.child.kill('SIGTERM');
  host?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!enabled)('strict CSP host page', () => {
  it('renders and sends with no CSP violation and exactly one new global', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(hostUrl);
    await page.getByRole('dialog').waitFor();

    // The widget's styles applied: the card is a fixed box, not unstyled text.
    const position = await page.evaluate(
      () => getComputedStyle(document.querySelector('koe-survey') as Element).position,
    );
    expect(position).toBe('fixed');

    await page.getByRole('radio', { name: '10 Very likely' }).click();
    await page.getByRole('button', { name: 'Speed' }).click();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('status').waitFor();

    const store = new SqliteStore({ path: db });
    try {
      await expect
        .poll(
          () =>
            store.sqlite
              .prepare('SELECT score, finished, reasons, touchpoint FROM responses')
              .all(),
          SOON,
        )
        .toEqual([{ score: 10, finished: 1, reasons: '["speed"]', touchpoint: 'strict' }]);
    } finally {
      await store.close();
    }
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
    expect(await newGlobals(page)).toEqual(['koe']);
    expect(errors).toEqual([]);
  });

  it('loads koe.js and koe-ui.js from a CDN origin and sends to the data-host API', async () => {
    const page = await browser.newPage();
    await page.goto(`${hostUrl}/cdn-page`);
    await page.getByRole('radio', { name: '3' }).click();
    const store = new SqliteStore({ path: db });
    try {
      await expect
        .poll(
          () => store.sqlite.prepare("SELECT score FROM responses WHERE touchpoint = 'cdn'").all(),
          SOON,
        )
        .toEqual([{ score: 3 }]);
    } finally {
      await store.close();
    }
    expect(cdnRequests).toEqual(['/cdn/koe.js', '/cdn/koe-ui.js']);
    expect(
      await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    ).toEqual([]);
  });
});

/** The rows the strict page stored under `touchpoint`. */
async function storedFor(touchpoint: string) {
  const store = new SqliteStore({ path: db });
  try {
    return store.sqlite
      .prepare('SELECT score, finished, reasons FROM responses WHERE touchpoint = ?')
      .all(touchpoint);
  } finally {
    await store.close();
  }
}

/**
 * In the page: the CSP violations seen (but the browser's own request for
 * /favicon.ico, which Firefox and WebKit make under default-src 'none'), and
 * the globals the page did not have.
 */
const PAGE_CHECK = `return {
  violations: window.__violations.filter(function (v) { return !/favicon\\.ico$/.test(v); }),
  globals: Object.getOwnPropertyNames(window).filter(function (n) {
    return window.__before.indexOf(n) < 0 && n.indexOf('__') !== 0;
  }),
};`;

describe.skipIf(!withFirefox)('strict CSP host page in Firefox', () => {
  it('renders and sends with no CSP violation and exactly one new global', async () => {
    const firefox = await launchFirefox();
    try {
      const page = await firefox.newPage();
      await page.goto(`${hostUrl}/firefox`);
      // Through the shadow root: the radio for 10, then the follow-up's chip and Send.
      const press = async (selector: string, label: string) => {
        const handle = await page.waitForFunction(
          (s, l) =>
            [...(document.querySelector('koe-survey')?.shadowRoot?.querySelectorAll(s) ?? [])].find(
              (e) => e.getAttribute('aria-label') === l || e.textContent === l,
            ),
          { polling: 50, timeout: 20_000 },
          selector,
          label,
        );
        await (handle as unknown as { click(): Promise<void> }).click();
      };
      await press('[role=radio]', '10 Very likely');
      await press('button', 'Speed');
      await press('button', 'Send');
      await expect
        .poll(() => storedFor('firefox'), SOON)
        .toEqual([{ score: 10, finished: 1, reasons: '["speed"]' }]);
      expect(await page.evaluate(new Function(PAGE_CHECK) as () => unknown)).toEqual({
        violations: [],
        globals: ['koe'],
      });
    } finally {
      await firefox.close();
    }
  });
});

describe.skipIf(!withWebKit)('strict CSP host page in WebKit', () => {
  it('renders and sends with no CSP violation and exactly one new global', async () => {
    const webkit = await launchWebKit();
    try {
      const { driver } = webkit;
      await driver.get(`${hostUrl}/webkit`);
      const press = async (css: string, label: string) => {
        const deadline = Date.now() + 20_000;
        for (;;) {
          try {
            const root = await driver.findElement(By.css('koe-survey')).getShadowRoot();
            for (const element of await root.findElements(By.css(css)))
              if (
                (await element.getAttribute('aria-label')) === label ||
                (await element.getText()) === label
              )
                return await element.click();
          } catch {
            // not shown yet
          }
          if (Date.now() > deadline) throw new Error(`no ${label} in the widget`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };
      await press('[role=radio]', '10 Very likely');
      await press('button', 'Speed');
      await press('button', 'Send');
      await expect
        .poll(() => storedFor('webkit'), SOON)
        .toEqual([{ score: 10, finished: 1, reasons: '["speed"]' }]);
      expect(await driver.executeScript(PAGE_CHECK)).toEqual({ violations: [], globals: ['koe'] });
    } finally {
      await webkit.close();
    }
  }, 60_000);
});
