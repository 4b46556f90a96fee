// The hosted survey page in Chromium, as a phone (390×844, touch) and as an
// app's WebView would open it: a personal link's score links from the email
// snippet, 9 then 10, make one answer, finished with 10 after the follow-up;
// the page passes axe-core in light and dark and never scrolls sideways; the
// email snippet's HTML looks as its reference at 600 px.

import { SurveyInputSchema, toWidgetSurvey } from '@koe/core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignMail } from '../apps/server/src/campaigns/campaign-mail';
import { axeViolations } from './axe';
import { browserAvailable } from './browser';
import { compareWithReference } from './visual';
import { SOON, startWidgetHost, type WidgetHost } from './widget-host';

const enabled = browserAvailable();
let host: WidgetHost;
let surveyId: string;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('hosted');
  surveyId = await host.createSurvey({
    name: 'After your order',
    type: 'nps',
    status: 'active',
    question: { en: 'How likely are you to recommend Counter & Co to a friend?' },
    followUp: {
      promoter: {
        question: { en: 'What did you like most?' },
        reasons: [
          { id: 'speed', label: { en: 'Fast delivery' } },
          { id: 'staff', label: { en: 'Friendly staff' } },
        ],
        comment: 'optional',
      },
    },
  } as never);
});
afterAll(async () => {
  await host?.close();
});

const api = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${host.koeUrl}/v1${path}`, {
    ...init,
    headers: { authorization: `Bearer ${host.secretKey}`, 'content-type': 'application/json' },
  });
  if (response.status >= 300)
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<unknown>;
};

describe.skipIf(!enabled)('the hosted survey page', () => {
  it('a personal email link: 9 then 10, then the follow-up, makes one finished answer of 10', async () => {
    const snippet = (await api(`/surveys/${surveyId}/email-snippet?userId=cust-42`)) as {
      links: Array<{ score: number; url: string }>;
    };
    const context = await host.browser.newContext(PHONE);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(snippet.links[9]?.url ?? '');
    await expect.poll(() => host.rows(), SOON).toMatchObject([{ score: 9, finished: 0 }]);
    await page.goto(snippet.links[10]?.url ?? '');
    await expect.poll(() => host.rows(), SOON).toMatchObject([{ score: 10, finished: 0 }]);

    // The page opened at the follow-up of a promoter, inline in the page.
    const dialog = page.getByRole('dialog');
    await dialog.getByText('What did you like most?').waitFor();
    await dialog.getByRole('button', { name: 'Friendly staff' }).tap();
    await dialog.getByRole('textbox').fill('Helped me pick the right size.');
    await dialog.getByRole('button', { name: 'Send' }).tap();
    await expect
      .poll(() => host.rows(), SOON)
      .toMatchObject([
        { score: 10, finished: 1, reasons: '["staff"]', comment: 'Helped me pick the right size.' },
      ]);
    await page.getByText('Thank you. You can close this page.').waitFor(SOON);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe-core in ${colorScheme} at 390 px, and fits the screen`, async () => {
      const context = await host.browser.newContext({ ...PHONE, colorScheme });
      const page = await context.newPage();
      await page.goto(`${host.koeUrl}/s/${surveyId}`);
      await page.getByRole('dialog').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      await context.close();
    });
  }

  it('an expired or altered link gets a page saying so, and stores nothing', async () => {
    const before = host.rows().length;
    const page = await host.browser.newPage();
    const answer = await page.goto(`${host.koeUrl}/s/${surveyId}?t=bad.${'A'.repeat(43)}&score=3`);
    expect(answer?.status()).toBe(400);
    await page.getByRole('heading', { name: 'This link does not work' }).waitFor();
    expect(host.rows()).toHaveLength(before);
    await page.close();
  });

  it('the email snippet renders as its reference at 600 px', async () => {
    const snippet = (await api(`/surveys/${surveyId}/email-snippet`)) as { html: string };
    const page = await host.browser.newPage({ viewport: { width: 600, height: 240 } });
    await page.setContent(
      `<!doctype html><html><body style="margin:16px;background:#fff">${snippet.html}</body></html>`,
    );
    const shot = PNG.sync.read(await page.screenshot({ fullPage: true }));
    expect(compareWithReference('chromium', 'email-snippet-600', shot).failure).toBeNull();
    await page.close();
  });

  for (const width of [600, 390])
    it(`a campaign's email renders as its reference at ${width} px, in Japanese, and fits`, async () => {
      const definition = SurveyInputSchema.parse({
        name: 'Relationship',
        type: 'nps',
        status: 'active',
        defaultLocale: 'en',
        question: { en: 'How likely are you to recommend Kissa?', ja: 'Kissaを友人に勧めますか？' },
      });
      const mail = campaignMail({
        survey: toWidgetSurvey('srv_mail', definition),
        siteName: 'Kissa & Co',
        locale: 'ja',
        subject: null,
        intro: '一年間ありがとうございました。\n\n一つだけ質問させてください。',
        token: `eyJz.${'A'.repeat(43)}`,
        baseUrl: 'https://koe.example',
        unsubscribeUrl: 'https://koe.example/v1/campaigns/unsubscribe?token=t',
        reminder: false,
      });
      const page = await host.browser.newPage({ viewport: { width, height: 400 } });
      await page.setContent(mail.html);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      // A mail's body is not a page: landmarks and a page heading are a web page's best practices.
      const pageOnly = /^(landmark-one-main|page-has-heading-one|region):/;
      expect((await axeViolations(page)).filter((v) => !pageOnly.test(v))).toEqual([]);
      const shot = PNG.sync.read(await page.screenshot({ fullPage: true }));
      expect(compareWithReference('chromium', `campaign-mail-${width}`, shot).failure).toBeNull();
      await page.close();
    });
});
