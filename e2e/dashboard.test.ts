// The dashboard in Chromium against a real koe server process with seeded
// answers: sign in by keyboard (email and password; the session cookie's
// flags read from the browser), the NPS on the page equals the API's,
// changing the range redraws the chart, a stored XSS payload stays text and
// runs nothing under the page's CSP, axe-core finds no violations, the
// overview fits a 360 px phone, exports download, and the editor's preview
// shows the draft in the real widget; an editor adds a keyword alert rule
// and sees it listed, a viewer is offered no change; the Share page, on a
// 390 px phone, copies the survey's link, draws its QR code, previews the
// email snippet styled and makes personal links. Screenshots are saved
// under e2e/artifacts/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Metrics } from '../apps/dashboard/src/api/types';
import { runCli, type ServerProcess, startServerProcess } from '../apps/server/test/server-process';
import { axeViolations } from './axe';
import { browserAvailable, launchChromium } from './browser';
import { type Seeded, SURVEY_ID, seedDashboard, XSS_COMMENT } from './dashboard-seed';

const enabled = browserAvailable();
const dir = mkdtempSync(join(tmpdir(), 'koe-dashboard-'));
const db = join(dir, 'koe.db');
const artifacts = new URL('./artifacts', import.meta.url).pathname;
let server: ServerProcess;
let base: string;
let site: Seeded;
let browser: Browser;
/** Members of the seeded site's organization besides its owner, made with the CLI. */
const members = {} as Record<'editor' | 'viewer', Account>;

interface Account {
  email: string;
  password: string;
}

beforeAll(async () => {
  if (!enabled) return;
  site = await seedDashboard(db);
  for (const role of ['editor', 'viewer'] as const) {
    const made = runCli([
      'users',
      'create',
      '--email',
      `${role}@dashboard.example`,
      '--org',
      'Dashboard org',
      '--role',
      role,
      '--json',
      '--db',
      db,
    ]);
    if (made.status !== 0) throw new Error(made.stderr);
    members[role] = JSON.parse(made.stdout) as Account;
  }
  server = await startServerProcess(['--db', db]);
  base = server.baseUrl.replace('localhost', '127.0.0.1');
  browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  errors: string[];
  violations: () => Promise<string[]>;
}

/** A page that records script errors and CSP violations (in the page and its frames). */
async function openDashboard(width = 1280, height = 900): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
  });
  await page.goto(`${base}/app`);
  return {
    page,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

/** Signs in with the keyboard only: tab to the email field, type, Tab, password, Enter. */
async function signIn(page: Page, who: Account = site) {
  const field = page.getByLabel('Email');
  await field.waitFor();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await field.evaluate((el) => el === document.activeElement)) break;
  }
  await page.keyboard.type(who.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
  await page.getByRole('link', { name: 'Checkout NPS', exact: true }).waitFor();
}

async function openOverview(page: Page) {
  const metrics = page.waitForRequest(
    (request) => request.url().includes('/metrics?') && request.url().includes('compare=previous'),
  );
  await page.getByRole('link', { name: 'Checkout NPS', exact: true }).click();
  await page.getByTestId('score').waitFor();
  return (await metrics).url();
}

async function openAlerts(page: Page) {
  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Alerts' })
    .click();
  await page.getByRole('heading', { name: 'Alerts and digests', level: 1 }).waitFor();
  return page.getByRole('region', { name: 'Alert rules' });
}

/** Waits for the Share page's QR code to be drawn; its pixel width. */
async function qrLoaded(page: Page): Promise<number> {
  const image = page.getByRole('img', { name: 'QR code of the survey link' });
  await image.waitFor();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  return image.evaluate((img: HTMLImageElement) => img.naturalWidth);
}

async function apiMetrics(url: string): Promise<Metrics> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${site.secretKey}` } });
  return (await response.json()) as Metrics;
}

describe.skipIf(!enabled)('dashboard in Chromium', () => {
  it('signs in by keyboard into an HttpOnly, SameSite=Lax cookie, and shows the API’s NPS', async () => {
    const { page, errors, violations } = await openDashboard(1280, 1000);
    await signIn(page);
    // The cookie's flags as the browser holds them; the page's script cannot read it.
    const [cookie, ...others] = await page.context().cookies();
    expect(others).toEqual([]);
    expect(cookie).toMatchObject({
      name: 'koe_session',
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
    });
    expect(cookie?.secure).toBe(false); // plain http on 127.0.0.1; __Host- and Secure on https
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(page.url()).not.toContain(cookie?.value ?? '');
    expect(
      await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage })),
    ).not.toContain(cookie?.value ?? '');

    const metricsUrl = await openOverview(page);
    const api = await apiMetrics(metricsUrl);
    expect(api.n).toBeGreaterThan(100);
    await expect.poll(() => page.getByTestId('score').textContent()).toBe(api.score?.toFixed(1));
    expect(await page.getByTestId('n').textContent()).toBe(String(api.n));
    // The seeded last 30 days are better than the 30 before, by far more than chance.
    expect(api.previous?.p).toBeLessThan(0.05);
    await page.getByText('significant (p < 0.05)').waitFor();

    await page.waitForSelector('.chart-canvas canvas');
    // One screen of a laptop: what the analyst sees first.
    await page.screenshot({ path: join(artifacts, 'dashboard-overview.png') });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('drills down: a reason, then a term; the overview, the comments and the URL follow', async () => {
    const { page, errors, violations } = await openDashboard(1280, 1000);
    await signIn(page);
    const metricsUrl = await openOverview(page);
    const why = page.getByRole('region', { name: 'Why' });
    const narrowed = page.waitForResponse(
      (response) =>
        response.url().includes('/metrics') && response.url().includes('reason=delivery'),
    );
    await why.getByRole('button', { name: 'Delivery' }).click();
    const byReason = (await (await narrowed).json()) as Metrics;
    expect(new URL(page.url()).searchParams.getAll('reason')).toEqual(['delivery']);
    const expected = await apiMetrics(`${metricsUrl}&reason=delivery`);
    expect(byReason.n).toBe(expected.n);
    await expect.poll(() => page.getByTestId('n').textContent()).toBe(String(expected.n));
    await page.getByRole('region', { name: 'Filters' }).getByText('Delivery').waitFor();

    // A detractor term: the comments narrow to it and mark it.
    const themes = page.getByRole('region', { name: 'What people say' });
    const term = themes.locator('.bucket-detractor .term-chip').first();
    const text = (await term.textContent()) as string;
    await term.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(text);
    const both = await apiMetrics(`${metricsUrl}&reason=delivery&q=${encodeURIComponent(text)}`);
    await expect.poll(() => page.getByTestId('n').textContent()).toBe(String(both.n));
    await expect.poll(() => page.locator('.comment-text mark').count()).toBeGreaterThan(0);
    for (const mark of await page.locator('.comment-text mark').allTextContents())
      expect(mark.toLocaleLowerCase()).toBe(text);

    // Removing the reason chip keeps the term.
    await page.getByRole('button', { name: /Remove filter: Reason Delivery/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('reason')).toEqual([]);
    expect(new URL(page.url()).searchParams.get('q')).toBe(text);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('redraws the trend when the range changes', async () => {
    const { page, errors } = await openDashboard();
    await signIn(page);
    await openOverview(page);
    const chart = page.locator('figure.chart');
    await expect.poll(() => chart.getAttribute('data-points')).toBe('30');

    const next = page.waitForResponse(
      (response) =>
        response.url().includes('/metrics?') && response.url().includes('compare=previous'),
    );
    await page.getByLabel('Date range').selectOption('last7');
    const api = (await (await next).json()) as Metrics;
    await expect.poll(() => chart.getAttribute('data-points')).toBe('7');
    expect(api.series).toHaveLength(7);
    await expect.poll(() => page.getByTestId('score').textContent()).toBe(api.score?.toFixed(1));
    // uPlot holds the new points: the canvas was redrawn, not left with 30.
    await page.getByText('Trend as a table').click();
    expect(await page.locator('.trend-table tbody tr').count()).toBe(7);
    expect(errors).toEqual([]);
  });

  it('shows a stored XSS payload as text and runs nothing', async () => {
    const { page, errors, violations } = await openDashboard();
    await signIn(page);
    await openOverview(page);
    const comment = page.locator('.comment-text', { hasText: 'checkout was slow' });
    await comment.waitFor();
    expect(await comment.textContent()).toBe(XSS_COMMENT);
    expect(await page.locator('.comments img, .comments script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(
      undefined,
    );
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('has no axe-core violations on the sign-in page, the list, the overview, the editor, sharing and alerts', async () => {
    const { page } = await openDashboard();
    await page.getByLabel('Email').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page);
    expect(await axeViolations(page)).toEqual([]);
    await openOverview(page);
    await page.locator('.comment').first().waitFor();
    await page.locator('table.segments').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit survey' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Share', exact: true }).click();
    await qrLoaded(page);
    await page.getByRole('button', { name: 'Make the links' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openAlerts(page);
    await page.getByRole('button', { name: 'Add the digest' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a 360 px wide phone without sideways scrolling, still with no axe violations', async () => {
    const { page } = await openDashboard(360, 740);
    await signIn(page);
    await openOverview(page);
    await page.locator('.comment').first().waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: join(artifacts, 'dashboard-overview-phone.png'),
      fullPage: true,
    });
    // The alerts page and its forms fit too.
    await openAlerts(page);
    await page.getByRole('button', { name: 'Add the digest' }).waitFor();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'dashboard-alerts-phone.png'), fullPage: true });
  });

  it('downloads the CSV export with the session cookie, nothing secret in the URL', async () => {
    const { page } = await openDashboard();
    await signIn(page);
    await openOverview(page);
    const request = page.waitForRequest((r) => r.url().includes('/responses.csv'));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'CSV' }).click();
    const sent = await request;
    const headers = await sent.allHeaders();
    expect(headers.authorization).toBeUndefined();
    expect(headers.cookie).toMatch(/^koe_session=/);
    expect(headers['koe-site']).toBe(site.siteId);
    expect(sent.url()).not.toContain(headers.cookie?.split('=')[1] ?? '');
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\ufeffid,received_at')).toBe(true);
    expect(csv).toContain('checkout was slow');
  });

  it('previews the survey being edited in the real widget, live', async () => {
    const { page, errors, violations } = await openDashboard();
    await signIn(page);
    await page.getByRole('link', { name: 'Edit Checkout NPS' }).click();
    const preview = page.frameLocator('iframe.preview-frame');
    const dialog = preview.getByRole('dialog');
    await dialog.waitFor();
    await preview.getByText('How likely are you to recommend us?').waitFor();

    await page.getByLabel('Question en', { exact: true }).fill('Would you tell a friend about us?');
    await preview.getByText('Would you tell a friend about us?').waitFor();

    // Answering in the preview walks the real follow-up, and nothing reaches the server.
    const stored = async () => {
      const response = await fetch(`${base}/v1/surveys/${SURVEY_ID}/responses?limit=1000`, {
        headers: { authorization: `Bearer ${site.secretKey}` },
      });
      return ((await response.json()) as { data: unknown[] }).data.length;
    };
    const before = await stored();
    await preview.getByRole('radio', { name: /^2/ }).click();
    await preview.getByText('What went wrong?').waitFor();
    await preview.getByRole('button', { name: 'Send' }).click();
    await preview.getByRole('status').waitFor();
    expect(await stored()).toBe(before);

    await page.getByLabel('Preview language').selectOption('ja');
    await preview.getByText('友人に勧めますか？').waitFor();
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });
  it('shares a survey on a 390 px phone: the link copied, the QR code drawn, the email preview styled', async () => {
    const { page, errors, violations } = await openDashboard(390, 844);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await signIn(page);
    await openOverview(page);
    await page.getByRole('link', { name: 'Share', exact: true }).click();
    await page.getByRole('heading', { name: 'Share “Checkout NPS”', level: 1 }).waitFor();
    expect(page.url()).toBe(`${base}/app/surveys/${SURVEY_ID}/share`);
    expect(await qrLoaded(page)).toBeGreaterThan(0);

    // The link, copied and announced, is the hosted page.
    const link = `${base}/s/${SURVEY_ID}`;
    const linkCard = page.getByRole('region', { name: 'Survey link' });
    expect(await linkCard.getByRole('textbox', { name: 'Survey link' }).inputValue()).toBe(link);
    await linkCard.getByRole('button', { name: 'Copy the survey link' }).click();
    await expect.poll(() => linkCard.getByRole('status').textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect((await fetch(link)).status).toBe(200);

    // The PNG download is the API's picture, fetched with the session.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PNG' }).click();
    const png = readFileSync(await (await download).path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');

    // The preview keeps the snippet's look under the page's policy, and links nowhere.
    const email = page.getByRole('region', { name: 'Email snippet' });
    await email.getByText('Preview (links are not clickable here)').waitFor();
    const look = await page.getByTestId('email-preview').evaluate((host) => {
      const root = host.shadowRoot as ShadowRoot;
      const cell = root.querySelector('td[align="center"] span') as HTMLElement;
      const style = getComputedStyle(cell);
      return {
        text: root.textContent,
        border: style.borderTopStyle,
        radius: style.borderTopLeftRadius,
        links: root.querySelectorAll('a, [href]').length,
      };
    });
    expect(look).toMatchObject({ border: 'solid', radius: '6px', links: 0 });
    expect(look.text).toContain('How likely are you to recommend us?');
    await email.getByRole('button', { name: 'Copy plain text' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
      `${link}?c=email&score=10`,
    );

    // Personal links, listed and downloaded.
    const personal = page.getByRole('region', { name: 'Personal links' });
    await personal.getByLabel('Recipients').fill('cus_1, ana@example.com\n=2+2');
    await personal.getByRole('button', { name: 'Make the links' }).click();
    await personal.getByRole('cell', { name: 'ana@example.com' }).waitFor();
    const csvDownload = page.waitForEvent('download');
    await personal.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\ufeffuserId,email,url,expiresAt');
    expect(csv).toContain(`cus_1,ana@example.com,${link}?t=`);
    expect(csv).toContain("\r\n'=2+2,,");

    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'dashboard-share-phone.png'), fullPage: true });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lets an editor add a keyword alert rule and see it listed; a viewer gets no controls', async () => {
    const { page, errors, violations } = await openDashboard();
    await signIn(page, members.editor);
    const alerts = await openAlerts(page);
    await alerts.getByText('No alert rules yet.').waitFor();
    // The zone the rule counts days in starts as the browser's.
    expect(await alerts.getByLabel('Time zone').inputValue()).toBe(
      await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    );
    await alerts.getByLabel('Keywords', { exact: true }).fill('refund\n返金');
    await alerts.getByLabel('Email to (optional)').fill('care@dashboard.example');
    await alerts.getByRole('button', { name: 'Add the rule' }).click();
    const item = alerts.getByRole('listitem').filter({ hasText: 'Keywords: refund, 返金' });
    await item.waitFor();
    expect(await item.textContent()).toContain('Keyword in a comment');
    expect(await item.textContent()).toContain('Checkout NPS');
    await item.getByRole('button', { name: /^Delete / }).waitFor();
    const response = await fetch(`${base}/v1/alerts`, {
      headers: { authorization: `Bearer ${site.secretKey}` },
    });
    const stored = ((await response.json()) as { data: Array<Record<string, unknown>> }).data;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      kind: 'keyword',
      surveyId: SURVEY_ID,
      settings: { keywords: ['refund', '返金'] },
      emails: ['care@dashboard.example'],
    });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'dashboard-alerts.png'), fullPage: true });
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);

    const viewer = await openDashboard();
    await signIn(viewer.page, members.viewer);
    const seen = await openAlerts(viewer.page);
    const listed = seen.getByRole('listitem').filter({ hasText: 'Keywords: refund, 返金' });
    await listed.waitFor();
    await listed.getByRole('button', { name: /^Recent alerts/ }).waitFor();
    expect(await listed.getByRole('button', { name: /^(Pause|Resume|Delete) / }).count()).toBe(0);
    expect(await seen.getByRole('button', { name: 'Add the rule' }).count()).toBe(0);
    expect(await seen.getByLabel('Keywords', { exact: true }).count()).toBe(0);
    await viewer.page
      .getByRole('region', { name: 'Digests' })
      .getByText('No digests yet.')
      .waitFor();
    expect(await viewer.page.getByRole('button', { name: 'Add the digest' }).count()).toBe(0);
    expect(await axeViolations(viewer.page)).toEqual([]);
    expect(viewer.errors).toEqual([]);
  });
});
