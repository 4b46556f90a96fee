// A newcomer's path, in Chromium against a real koe server process: the
// snippet on a page whose origin the site does not allow yet (the README's
// http://127.0.0.1:PORT) shows nothing and warns once in the console; the
// dashboard's Settings lists that refused origin; one click on Allow; the
// same page then shows the survey, the answer is stored once, and the
// survey's overview counts it. Settings has no axe-core violations and fits
// a 360 px phone; its screenshot is saved under e2e/artifacts/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type ServerProcess, startServerProcess } from '../apps/server/test/server-process';
import { axeViolations } from './axe';
import { browserAvailable, launchChromium } from './browser';
import { ask, fixturePage, koeReady, listen, newVisitor, SOON } from './widget-host';

const enabled = browserAvailable();
const artifacts = new URL('./artifacts', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'koe-new-user-'));
const db = join(dir, 'koe.db');
const shopPages = new Map<string, string>();
const shop = createServer((req, res) => {
  const html = shopPages.get(new URL(req.url ?? '/', 'http://x').pathname);
  res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html ?? 'not found');
});
let shopUrl: string;
let site: { siteKey: string; secretKey: string };
let owner: { email: string; password: string };
let surveyId: string;
let server: ServerProcess;
let koeUrl: string;
let browser: Browser;

beforeAll(async () => {
  if (!enabled) return;
  shopUrl = await listen(shop);
  // The site allows its production origin only, as a newcomer's first site would.
  site = JSON.parse(
    runCli([
      'sites',
      'create',
      '--name',
      'Tea shop',
      '--origin',
      'https://tea.example',
      '--json',
      '--db',
      db,
    ]).stdout,
  );
  owner = JSON.parse(
    runCli([
      'users',
      'create',
      '--email',
      'owner@tea.example',
      '--org',
      'Tea company',
      '--role',
      'owner',
      '--json',
      '--db',
      db,
    ]).stdout,
  );
  server = await startServerProcess(['--db', db], { KOE_RATE_LIMIT_CLIENT: '0' });
  koeUrl = server.baseUrl.replace('localhost', '127.0.0.1');
  const created = await fetch(`${koeUrl}/v1/surveys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${site.secretKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Checkout CSAT',
      type: 'csat',
      status: 'active',
      question: { en: 'How was your order?' },
    }),
  });
  surveyId = ((await created.json()) as { id: string }).id;
  shopPages.set('/order', fixturePage(site.siteKey, koeUrl, { title: 'Order' }));
  browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  shop.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The shop's order page in a fresh browser context, its koe console lines recorded. */
async function visitShop() {
  const visitor = await newVisitor(browser);
  const warnings: string[] = [];
  visitor.page.on('console', (message: ConsoleMessage) => {
    if (message.text().startsWith('koe')) warnings.push(message.text());
  });
  await visitor.page.goto(`${shopUrl}/order`);
  await koeReady(visitor.page);
  return { ...visitor, warnings };
}

async function signIn(page: Page) {
  await page.goto(`${koeUrl}/app`);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Checkout CSAT', exact: true }).waitFor();
}

function storedRows() {
  const reader = new Database(db, { readonly: true });
  try {
    return reader.prepare('SELECT survey_id, score FROM responses').all();
  } finally {
    reader.close();
  }
}

describe.skipIf(!enabled)('a new user puts koe on their page', () => {
  it('refused origin → listed in Settings → Allow → the survey shows → the answer arrives', async () => {
    // 1. The snippet on a page the site does not allow: no survey, one warning saying what to do.
    const refused = await visitShop();
    await expect
      .poll(() => refused.warnings, SOON)
      .toEqual([expect.stringContaining(`koe:origin-not-allowed — this page's origin ${shopUrl}`)]);
    expect(refused.warnings[0]).toContain("allow it in the dashboard's Settings");
    await refused.page.context().close();

    // 2. The dashboard names the site and lists the refused origin in Settings.
    const dashboard = await (await browser.newContext({ locale: 'en-US' })).newPage();
    const errors: string[] = [];
    dashboard.on('pageerror', (error) => errors.push(error.message));
    await signIn(dashboard);
    const header = dashboard.getByRole('navigation', { name: 'Site' });
    await header.getByText('Tea shop').waitFor();
    await header.getByRole('link', { name: 'Settings' }).click();
    const installs = dashboard.getByRole('region', { name: 'Install check' });
    const line = installs.getByText(`koe was loaded on ${shopUrl}, which is not an allowed origin`);
    await line.waitFor();
    expect(await axeViolations(dashboard)).toEqual([]);
    await dashboard.screenshot({
      path: join(artifacts, 'settings-refused-origin.png'),
      fullPage: true,
    });
    // A phone shows Settings without sideways scrolling.
    await dashboard.setViewportSize({ width: 360, height: 780 });
    expect(
      await dashboard.evaluate(() => document.documentElement.scrollWidth),
    ).toBeLessThanOrEqual(360);
    await dashboard.setViewportSize({ width: 1280, height: 900 });

    // 3. One click allows it.
    await installs.getByRole('button', { name: `Allow ${shopUrl}` }).click();
    const origins = dashboard.getByRole('region', { name: 'Allowed origins' });
    await origins.locator('code', { hasText: shopUrl }).waitFor();
    await installs.getByText('that origin is allowed now').waitFor();

    // 4. The same page now shows the survey; the answer is stored once.
    const allowed = await visitShop();
    await ask(allowed.page, surveyId);
    await allowed.page.getByRole('radio', { name: '5 Very satisfied', exact: true }).click();
    await allowed.page.getByRole('status').waitFor();
    await expect.poll(storedRows, SOON).toEqual([{ survey_id: surveyId, score: 5 }]);
    expect(allowed.warnings).toEqual([]);
    expect(allowed.errors).toEqual([]);

    // 5. Settings sees the page allowed; the survey's overview counts the answer.
    await installs.getByRole('button', { name: 'Refresh' }).click();
    await installs.getByText(`Seen on ${shopUrl} just now`).waitFor();
    await dashboard.getByRole('link', { name: 'koe' }).first().click();
    await dashboard.getByRole('link', { name: 'Checkout CSAT', exact: true }).click();
    await expect.poll(() => dashboard.getByTestId('n').textContent(), SOON).toBe('1');
    expect(await dashboard.getByText('Waiting for the first answer').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
