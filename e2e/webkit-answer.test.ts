// The answer flow in WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver,
// selenium-webdriver, on a virtual display): a customer's page loads the
// snippet, koe.js fetches koe-ui.js for the page-view survey, the visitor
// answers with the mouse (score, reason chip, comment, Send) and then with the
// keyboard (Tab into the scale, arrows, Enter), each answer one finished row. WebDriver clicks are real pointer input at
// the element's position; the shadow root is reached through getShadowRoot.
import { By, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWebKit, type WebKit, webkitAvailable } from './webkit';
import { fixturePage, SOON, startWidgetHost, type WidgetHost } from './widget-host';

const enabled = webkitAvailable();
let host: WidgetHost;
let surveyId: string;
let webkit: WebKit;

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('webkit');
  surveyId = await host.createSurvey({
    name: 'WebKit',
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
  host.page('/', fixturePage(host.siteKey, host.koeUrl, { title: 'WebKit shop' }));
  webkit = await launchWebKit();
}, 60_000);

afterAll(async () => {
  await webkit?.close();
  await host?.close();
});

/** The first element in the widget's shadow root matching `css` (and `label`, if given), once it exists. */
async function inWidget(driver: WebDriver, css: string, label?: string): Promise<WebElement> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      const root = await driver.findElement(By.css('koe-survey')).getShadowRoot();
      for (const element of await root.findElements(By.css(css))) {
        if (label === undefined) return element;
        const text = (await element.getAttribute('aria-label')) ?? (await element.getText());
        if (text === label || (await element.getText()) === label) return element;
      }
    } catch {
      // not shown yet
    }
    if (Date.now() > deadline) throw new Error(`no ${css} ${label ?? ''} in the widget`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!enabled)('answering in WebKit', () => {
  it('by mouse: score, reason, comment, Send; one finished row', async () => {
    const { driver } = webkit;
    await driver.get(host.hostUrl);
    await (await inWidget(driver, '[role=radio]', '10 Very likely')).click();
    await (await inWidget(driver, 'button', 'Speed')).click();
    await (await inWidget(driver, 'textarea')).sendKeys('Quick');
    await (await inWidget(driver, 'button', 'Send')).click();
    await inWidget(driver, '[role=status]');
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
    // The page added one global only, and nothing was thrown into it.
    expect(await driver.executeScript('return typeof window.koe')).toBe('function');
  });

  it('by keyboard: Tab into the scale, arrows, Enter; one finished row', async () => {
    const { driver } = webkit;
    // A new visitor: this browser answered above and is not asked again.
    await driver.executeScript('localStorage.clear()');
    await driver.get(host.hostUrl);
    await inWidget(driver, '[role=radio]');
    const focusedRole = () =>
      driver.executeScript(
        "return document.querySelector('koe-survey')?.shadowRoot?.activeElement?.getAttribute('role') ?? null",
      );
    for (let i = 0; i < 10 && (await focusedRole()) !== 'radio'; i++)
      await driver.actions().sendKeys(Key.TAB).perform();
    expect(await focusedRole()).toBe('radio');
    await driver
      .actions()
      .sendKeys(Key.HOME, Key.ARROW_RIGHT, Key.ARROW_RIGHT, Key.ARROW_RIGHT, Key.ENTER)
      .perform();
    await inWidget(driver, '[role=status]');
    await expect
      .poll(() => host.rows('score = 3'), SOON)
      .toEqual([expect.objectContaining({ survey_id: surveyId, finished: 1 })]);
  });
});
