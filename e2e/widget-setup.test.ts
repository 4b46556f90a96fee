// From "I pasted the snippet" to "answers arrive", in Chromium against a real
// koe server process: a shop on plain http under a real-looking host name
// (shop.test, mapped to 127.0.0.1 by --host-resolver-rules) is not a secure
// context — no crypto.randomUUID — and still shows the survey and stores one
// row; it prints nothing and loads nothing more. The same page on a host the
// site does not allow (other.test) prints exactly one koe:origin-not-allowed
// warning naming its origin; data-debug says why a survey is not shown.
// (Fixture pages declare an empty icon: no favicon request, no 404 line.)
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './browser';
import {
  ask,
  fixturePage,
  koeReady,
  newVisitor,
  SOON,
  startWidgetHost,
  type WidgetHost,
} from './widget-host';

const enabled = browserAvailable();
let host: WidgetHost;
let surveyId: string;

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('setup', { hostNames: ['shop.test', 'other.test'] });
  surveyId = await host.createSurvey({
    name: 'Setup',
    type: 'csat',
    status: 'active',
    question: { en: 'How was your order?' },
  });
  host.page('/order', fixturePage(host.siteKey, host.koeUrl, { title: 'Order' }));
  host.page(
    '/debug',
    fixturePage(host.siteKey, host.koeUrl, { title: 'Debug', attributes: 'data-debug' }),
  );
});

afterAll(async () => {
  await host?.close();
});

/** A visitor on `url` with every console message and every koe-explain.js request recorded. */
async function visit(url: string) {
  const visitor = await newVisitor(host.browser);
  const messages: Array<{ type: string; text: string }> = [];
  const explainers: string[] = [];
  visitor.page.on('console', (message: ConsoleMessage) =>
    messages.push({ type: message.type(), text: message.text() }),
  );
  visitor.page.on('request', (request) => {
    if (request.url().includes('koe-explain.js')) explainers.push(request.url());
  });
  await visitor.page.goto(url);
  return { ...visitor, messages, explainers };
}

const koeCommand = (page: Page, ...command: unknown[]) =>
  page.evaluate(
    (c) => (window as unknown as { koe: (...a: unknown[]) => void }).koe(...c),
    command,
  );

describe.skipIf(!enabled)('the snippet on a real host name', () => {
  it('plain http outside localhost (no crypto.randomUUID): shows the survey, stores one row, prints nothing', async () => {
    const { page, errors, messages, explainers } = await visit(`${host.urlOf('shop.test')}/order`);
    expect(
      await page.evaluate(() => ({
        secure: isSecureContext,
        randomUUID: typeof crypto.randomUUID,
      })),
    ).toEqual({ secure: false, randomUUID: 'undefined' });
    await koeReady(page);
    await ask(page, surveyId, 'plain-http');
    await page.getByRole('radio', { name: '4', exact: true }).click();
    await page.getByRole('status').waitFor();
    await expect
      .poll(() => host.rows('touchpoint = ?', 'plain-http'), SOON)
      .toEqual([expect.objectContaining({ survey_id: surveyId, score: 4, finished: 1 })]);
    expect(host.rows('touchpoint = ?', 'plain-http')[0]?.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(messages).toEqual([]);
    expect(explainers).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('an origin the site does not allow: exactly one koe:origin-not-allowed warning, naming it', async () => {
    const origin = host.urlOf('other.test');
    const { page, errors, messages, explainers } = await visit(`${origin}/order`);
    await koeReady(page);
    const warning = `koe:origin-not-allowed — this page's origin ${origin} is not allowed for site ${host.siteKey}; allow it in the dashboard's Settings or: npm run koe -- sites update --site ${host.siteKey} --add-origin ${origin}`;
    await expect
      .poll(() => messages.filter((m) => m.text.startsWith('koe')), SOON)
      .toEqual([{ type: 'warning', text: warning }]);
    // Asking again changes nothing: no survey, no second warning.
    await koeCommand(page, 'ask', surveyId);
    await koeCommand(page, 'ask', surveyId);
    expect(await page.getByRole('dialog').count()).toBe(0);
    // The browser's own line about the 403 aside, the console holds that one warning.
    expect(messages.filter((m) => !m.text.startsWith('Failed to load resource'))).toEqual([
      { type: 'warning', text: warning },
    ]);
    expect(explainers).toEqual([`${host.koeUrl}/koe-explain.js`]);
    expect(errors).toEqual([]);
  });

  it('data-debug: each decision in the console, with the date an answered survey may show again', async () => {
    const { page, errors, messages } = await visit(`${host.urlOf('shop.test')}/debug`);
    await koeReady(page);
    await ask(page, surveyId);
    await page.getByRole('radio', { name: '5 Very satisfied', exact: true }).click();
    await page.getByRole('status').waitFor();
    await koeCommand(page, 'ask', surveyId);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await koeCommand(page, 'ask', surveyId);
    const lines = () => messages.filter((m) => m.type === 'info').map((m) => m.text);
    // koe-explain.js loads, and the post's answer arrives, in their own time.
    await expect
      .poll(lines, SOON)
      .toEqual(
        expect.arrayContaining([
          `koe: ${surveyId} armed: koe('ask') only`,
          `koe: ${surveyId} ask: shown`,
          expect.stringMatching(/^koe: post [0-9a-f-]{36} 202$/),
          `koe: ${surveyId} ask: another survey is showing`,
          expect.stringMatching(
            new RegExp(`^koe: ${surveyId} ask: answered; recontact until \\d{4}-\\d\\d-\\d\\dT`),
          ),
        ]),
      );
    expect(messages.filter((m) => m.type === 'warning')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
