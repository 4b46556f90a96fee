// The answer flow in Firefox (Debian's firefox-esr over WebDriver BiDi): a
// customer's page loads the snippet, koe.js fetches koe-ui.js for the
// page-view survey, the visitor answers with the mouse (score, reason chip,
// comment, Send) and then with the keyboard (Tab into the scale, arrows,
// Enter), and each answer is one finished row in SQLite. Clicks are real
// pointer input at the element's position; the shadow root is reached through
// element handles.
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxAvailable, launchFirefox } from './firefox';
import { fixturePage, SOON, startWidgetHost, type WidgetHost } from './widget-host';

const enabled = firefoxAvailable();
let host: WidgetHost;
let surveyId: string;
let firefox: Awaited<ReturnType<typeof launchFirefox>>;

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('firefox');
  surveyId = await host.createSurvey({
    name: 'Firefox',
    type: 'nps',
    status: 'active',
    question: { en: 'How likely are you to recommend us?' },
    followUp: {
      promoter: {
        question: { en: 'What did you like?' },
        reasons: [{ id: 'speed', label: { en: 'Speed' } }],
      },
    },
    trigger: { on: 'pageview', urls: [], delaySeconds: 0 },
  });
  host.page('/', fixturePage(host.siteKey, host.koeUrl, { title: 'Firefox shop' }));
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await host?.close();
});

/** The first element in the widget's shadow root matching `selector` (and `text`, if given), once it exists. */
async function inWidget(page: Page, selector: string, text?: string): Promise<ElementHandle> {
  const handle = await page.waitForFunction(
    (s, t) =>
      [...(document.querySelector('koe-survey')?.shadowRoot?.querySelectorAll(s) ?? [])].find(
        (e) => t === undefined || e.textContent === t || e.getAttribute('aria-label') === t,
      ),
    { polling: 50, timeout: 20_000 },
    selector,
    text,
  );
  return handle as ElementHandle;
}

/** A fresh visitor (own storage) on the shop, with errors thrown into the page recorded. */
async function visit(): Promise<{ page: Page; errors: string[] }> {
  const context = await firefox.createBrowserContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(host.hostUrl);
  return { page, errors };
}

describe.skipIf(!enabled)('answering in Firefox', () => {
  it('by mouse: score, reason, comment, Send; one finished row', async () => {
    const { page, errors } = await visit();
    await (await inWidget(page, '[role=radio]', '10 Very likely')).click();
    await (await inWidget(page, 'button', 'Speed')).click();
    await (await inWidget(page, 'textarea')).click();
    await page.keyboard.type('Quick');
    await (await inWidget(page, 'button', 'Send')).click();
    await inWidget(page, '[role=status]');
    await expect
      .poll(() => host.rows("comment = 'Quick'"), SOON)
      .toEqual([
        expect.objectContaining({
          survey_id: surveyId,
          score: 10,
          finished: 1,
          reasons: '["speed"]',
        }),
      ]);
    expect(errors).toEqual([]);
  });

  it('by keyboard: Tab into the scale, arrows, Enter; one finished row', async () => {
    const { page, errors } = await visit();
    await inWidget(page, '[role=radio]');
    for (let i = 0; i < 10; i++) {
      const focused = await page.evaluate(() =>
        document.querySelector('koe-survey')?.shadowRoot?.activeElement?.getAttribute('role'),
      );
      if (focused === 'radio') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await inWidget(page, '[role=status]');
    await expect
      .poll(() => host.rows('score = 3'), SOON)
      .toEqual([expect.objectContaining({ survey_id: surveyId, finished: 1 })]);
    expect(errors).toEqual([]);
  });
});
