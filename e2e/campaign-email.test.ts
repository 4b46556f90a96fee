// A quarterly relationship NPS by email, end to end in Chromium against a
// real koe process with a real SMTP server: on a 390 px phone the owner adds
// the campaign on the Share page, uploads the list and starts it; the email
// arrives; its score link opens the hosted page, which stores the score and
// takes the follow-up; back on the Share page the campaign counts the answer,
// and the overview splits the survey's answers by channel. axe-core finds no
// violations on the page with a live campaign.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServerProcess } from '../apps/server/test/server-process';
import { type Inbox, startInbox } from '../apps/server/test/smtp-inbox';
import { axeViolations } from './axe';
import { browserAvailable, launchChromium } from './browser';
import { type Seeded, SURVEY_ID, seedDashboard } from './dashboard-seed';

const enabled = browserAvailable();
const dir = mkdtempSync(join(tmpdir(), 'koe-campaign-'));
const artifacts = new URL('./artifacts', import.meta.url).pathname;
let server: ServerProcess;
let inbox: Inbox;
let base: string;
let site: Seeded;
let browser: Browser;

/** A port free now, so the public URL (the email's links) can name it before the server starts. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  if (!enabled) return;
  const db = join(dir, 'koe.db');
  site = await seedDashboard(db);
  inbox = await startInbox();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = await startServerProcess(['--port', String(port), '--db', db], {
    KOE_SMTP_URL: inbox.url,
    KOE_PUBLIC_URL: base,
  });
  browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  server?.child.kill('SIGTERM');
  await inbox?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function signIn(page: Page) {
  await page.goto(`${base}/app`);
  await page.getByLabel('Email').fill(site.email);
  await page.getByLabel('Password').fill(site.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Checkout NPS', exact: true }).waitFor();
}

describe.skipIf(!enabled)('a relationship survey by email', () => {
  it('is set up on a phone, emailed, answered from the email, and counted beside the widget’s answers', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signIn(page);
    await page.goto(`${base}/app/surveys/${SURVEY_ID}/share`);
    const section = page.getByRole('region', { name: 'Email campaigns' });
    await section.getByRole('button', { name: 'Add the campaign' }).waitFor();

    await section.getByLabel('Name').fill('Quarterly NPS');
    await section.getByLabel('How often').selectOption('quarterly');
    await section.getByRole('button', { name: 'Add the campaign' }).click();
    const item = section.getByRole('listitem', { name: 'Quarterly NPS' });
    await item.getByText('Draft').waitFor();

    await item
      .getByLabel('CSV', { exact: true })
      .fill('email,userId,plan\nana@example.com,cust-ana,pro\n');
    await item.getByRole('button', { name: 'Upload' }).click();
    await item.getByText('1 added, 0 updated, 1 on the list.').waitFor();
    await item.getByRole('button', { name: 'Start Quarterly NPS' }).click();
    await item.getByText('Active').waitFor();

    // The email arrives (the first round goes at once when started without a date).
    await expect.poll(() => inbox.to('ana@example.com').length, { timeout: 30_000 }).toBe(1);
    const mail = inbox.to('ana@example.com')[0];
    const nine = /href="([^"]+score=9)"/.exec(String(mail?.html))?.[1]?.replaceAll('&#38;', '&');
    expect(nine?.startsWith(`${base}/s/${SURVEY_ID}?t=`)).toBe(true);

    // Its score link: the hosted page stores 9 at once and asks the follow-up.
    const answer = await context.newPage();
    const stored = answer.waitForResponse(
      (response) => response.url().endsWith('/v1/responses') && response.status() === 202,
    );
    await answer.goto(nine as string);
    await stored;
    await answer.getByRole('dialog').waitFor();
    await answer.close();

    // Back on the Share page: answered, 100 % of 1 emailed.
    await page.reload();
    const again = page
      .getByRole('region', { name: 'Email campaigns' })
      .getByRole('listitem', { name: 'Quarterly NPS' });
    await expect
      .poll(async () =>
        again.getByText('Answered').first().locator('xpath=following-sibling::*[1]').textContent(),
      )
      .toBe('1');
    await again.getByText('100% (1 of 1 emailed)').waitFor();
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'campaign-share-phone.png'), fullPage: true });

    // The answer by email beside the widget's, split by channel.
    const byChannel = (await (
      await fetch(`${base}/v1/surveys/${SURVEY_ID}/metrics?groupBy=channel`, {
        headers: { authorization: `Bearer ${site.secretKey}` },
      })
    ).json()) as { groups: Array<{ key: string; n: number }> };
    expect(byChannel.groups.find((g) => g.key === 'email')?.n).toBe(1);
    expect(byChannel.groups.find((g) => g.key === 'web')?.n).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await context.close();
  });
});
