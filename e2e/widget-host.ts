// A customer's site for the widget's browser tests: a plain node:http server
// on its own origin (as a real shop is) serving fixture pages, a site made
// with the real CLI that allows that origin, and a real koe server process on
// a fresh SQLite file serving koe.js and the API. Surveys are created through
// the public analyst API; rows are read back from the database file.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SurveyInput } from '@koe/core';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { runCli, type ServerProcess, startServerProcess } from '../apps/server/test/server-process';
import { launchChromium } from './browser';

export interface StoredRow {
  id: string;
  survey_id: string;
  score: number;
  finished: number;
  reasons: string | null;
  comment: string | null;
  touchpoint: string | null;
}

export interface Metrics {
  n: number;
  distribution: number[];
}

export interface WidgetHost {
  /** The koe server (koe.js and the API), on 127.0.0.1. */
  koeUrl: string;
  /** The customer's site, another origin: the one the site allows. */
  hostUrl: string;
  /** The customer's server under each of its host names (see WidgetHostOptions). */
  urlOf(hostName: string): string;
  siteKey: string;
  /** The site's write key, for the analyst API. */
  secretKey: string;
  browser: Browser;
  /** Serves `html` at `path` on the customer's site (or another body of the given content type). */
  page(path: string, html: string | Buffer, contentType?: string): void;
  createSurvey(input: SurveyInput): Promise<string>;
  metrics(surveyId: string): Promise<Metrics>;
  rows(where?: string, ...params: unknown[]): StoredRow[];
  close(): Promise<void>;
}

/** How long a test polls for what the browser and the server do in the background. */
export const SOON = { timeout: 20_000, interval: 100 };

/** Listens on a free port of 127.0.0.1 and resolves with the server's origin. */
export async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * The two-line snippet a site owner pastes. `scriptOrigin` is where koe.js
 * (and so the API) is fetched from; `head` is anything the page runs first;
 * `attributes` are more attributes of the script tag (data-debug); `after`
 * is what follows <main> in the body.
 */
export function fixturePage(
  siteKey: string,
  scriptOrigin: string,
  {
    title = 'Shop',
    head = '',
    body = '',
    attributes = '',
    after = '',
  }: {
    title?: string;
    head?: string;
    body?: string;
    attributes?: string;
    /** Elements of the body after its <main>. */
    after?: string;
  } = {},
): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<link rel="icon" href="data:,">
${head}
<script>window.koe=window.koe||function(){(koe.q=koe.q||[]).push(arguments)}</script>
<script async src="${scriptOrigin}/koe.js" data-site="${siteKey}"${attributes ? ` ${attributes}` : ''}></script>
</head><body><main><h1>${title}</h1>${body}</main>${after}</body></html>`;
}

export interface WidgetHostOptions {
  /**
   * Host names Chromium resolves to 127.0.0.1 (--host-resolver-rules), so the
   * customer's site can be served as e.g. http://shop.test:PORT: plain http
   * on a host that is not localhost, which is not a secure context. The first
   * is the origin the site allows; without names, http://127.0.0.1:PORT.
   */
  hostNames?: string[];
}

export async function startWidgetHost(
  name: string,
  { hostNames = [] }: WidgetHostOptions = {},
): Promise<WidgetHost> {
  const dir = mkdtempSync(join(tmpdir(), `koe-${name}-`));
  const db = join(dir, 'koe.db');
  const pages = new Map<string, { body: string | Buffer; type: string }>();
  const host = createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(page ? 200 : 404, { 'content-type': page?.type ?? 'text/html; charset=utf-8' });
    res.end(page?.body ?? 'not found');
  });
  const port = new URL(await listen(host)).port;
  const urlOf = (hostName: string) => `http://${hostName}:${port}`;
  const hostUrl = urlOf(hostNames[0] ?? '127.0.0.1');
  const site = JSON.parse(
    runCli(['sites', 'create', '--name', name, '--origin', hostUrl, '--json', '--db', db]).stdout,
  ) as { siteKey: string; secretKey: string };
  // Many answers from one address in a few seconds: the per-client limit would be the test's subject.
  const server: ServerProcess = await startServerProcess(['--db', db], {
    KOE_RATE_LIMIT_CLIENT: '0',
  });
  const koeUrl = server.baseUrl.replace('localhost', '127.0.0.1');
  const browser = await launchChromium(
    hostNames.length
      ? [`--host-resolver-rules=${hostNames.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`]
      : [],
  );
  const reader = new Database(db, { readonly: true });
  const auth = { authorization: `Bearer ${site.secretKey}` };

  return {
    koeUrl,
    hostUrl,
    urlOf,
    siteKey: site.siteKey,
    secretKey: site.secretKey,
    browser,
    page: (path, body, type = 'text/html; charset=utf-8') => void pages.set(path, { body, type }),
    async createSurvey(input) {
      const response = await fetch(`${koeUrl}/v1/surveys`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify(input),
      });
      if (response.status !== 201) throw new Error(`survey not created: ${await response.text()}`);
      return ((await response.json()) as { id: string }).id;
    },
    async metrics(surveyId) {
      const response = await fetch(`${koeUrl}/v1/surveys/${surveyId}/metrics`, { headers: auth });
      return (await response.json()) as Metrics;
    },
    rows: (where = '1 = 1', ...params) =>
      reader
        .prepare(
          `SELECT id, survey_id, score, finished, reasons, comment, touchpoint FROM responses WHERE ${where} ORDER BY id`,
        )
        .all(...params) as StoredRow[],
    async close() {
      await browser.close();
      reader.close();
      server.child.kill('SIGTERM');
      host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh visitor (own localStorage) with errors thrown into the page recorded. */
export async function newVisitor(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext(options)).newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Waits until koe.js has replaced the stub and loaded the site's surveys (triggers armed). */
export async function koeReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => typeof (window as unknown as { koe?: { ready?: unknown } }).koe?.ready === 'object',
  );
  await page.evaluate(() => (window as unknown as { koe: { ready: Promise<void> } }).koe.ready);
}

/** Calls koe('ask', …) in the page, as a site does right after an interaction, and waits for the survey. */
export async function ask(page: Page, surveyId: string, touchpoint?: string): Promise<void> {
  await page.evaluate(
    ([id, tp]) =>
      (window as unknown as { koe: (...a: unknown[]) => void }).koe('ask', id, { touchpoint: tp }),
    [surveyId, touchpoint] as const,
  );
  await page.getByRole('dialog').waitFor();
}

/**
 * The globals added since the page stored `window.__before` (its own
 * `__`-prefixed test globals aside): the widget may add `koe` and nothing else.
 */
export function newGlobals(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const before = new Set((window as unknown as { __before: string[] }).__before);
    return Object.getOwnPropertyNames(window).filter(
      (name) => !before.has(name) && !name.startsWith('__'),
    );
  });
}

export interface Answer {
  /** The score's radio as the scale names it, e.g. "10 Very likely" or "4". */
  radio: string;
  /** Reason chips to press, by their label. */
  reasons: string[];
  comment: string;
}

/** What has focus inside the widget's shadow root: its accessible label or its text. */
function focusedInWidget(page: Page): Promise<{ role: string | null; name: string } | null> {
  return page.evaluate(() => {
    const active = document.querySelector('koe-survey')?.shadowRoot?.activeElement;
    if (!active) return null;
    const name = active.getAttribute('aria-label') ?? active.textContent ?? '';
    return { role: active.getAttribute('role') ?? active.tagName.toLowerCase(), name };
  });
}

/** Presses Tab until the focused widget control satisfies `wanted` (a bounded number of times). */
async function tabUntil(
  page: Page,
  wanted: (focused: { role: string | null; name: string }) => boolean,
): Promise<void> {
  for (let i = 0; i < 20; i++) {
    const focused = await focusedInWidget(page);
    if (focused && wanted(focused)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the wanted widget control never received focus');
}

export type Input = 'mouse' | 'keyboard';

/**
 * Chooses the score. By mouse: a click on its radio. By keyboard, as the ARIA
 * radio group pattern promises: Tab into the scale, Home, arrows, Enter.
 */
export async function chooseScore(page: Page, by: Input, radio: string): Promise<void> {
  if (by === 'mouse') {
    await page.getByRole('radio', { name: radio, exact: true }).click();
    return;
  }
  await tabUntil(page, (f) => f.role === 'radio');
  await page.keyboard.press('Home');
  for (let i = 0; i < 11 && (await focusedInWidget(page))?.name !== radio; i++)
    await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
}

/** Presses the reason chips, types the comment and sends: clicks, or Space, Tab and Enter. */
export async function finishFollowUp(
  page: Page,
  by: Input,
  { reasons, comment }: Omit<Answer, 'radio'>,
): Promise<void> {
  if (by === 'mouse') {
    for (const reason of reasons)
      await page.getByRole('button', { name: reason, exact: true }).click();
    await page.getByRole('textbox').click();
    await page.keyboard.type(comment);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    return;
  }
  for (const reason of reasons) {
    await tabUntil(page, (f) => f.name === reason);
    await page.keyboard.press('Space');
  }
  await tabUntil(page, (f) => f.role === 'textarea');
  await page.keyboard.type(comment);
  await tabUntil(page, (f) => f.name === 'Send');
  await page.keyboard.press('Enter');
}

/** The whole answer: score, follow-up, and the thanks it ends on. */
export async function answer(page: Page, by: Input, { radio, ...rest }: Answer): Promise<void> {
  await chooseScore(page, by, radio);
  await finishFollowUp(page, by, rest);
  await page.getByRole('status').waitFor();
}
