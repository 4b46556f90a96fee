// One small driver for the three browser engines, so a browser test can be
// written once and run in Chromium (playwright-core), Firefox (firefox-esr,
// puppeteer-core over WebDriver BiDi) and WebKit (MiniBrowser through
// WebKitWebDriver, selenium-webdriver, on xvfb). It offers only what the
// cross-engine tests need: open a page at a viewport size, run a function in
// it, click or wait for an element of the widget's shadow root, type, and a
// PNG of the viewport. Waiting is always on a condition in the page, polled.
import type { ElementHandle as ChromiumElement, Page as ChromiumPage } from 'playwright-core';
import type { ElementHandle, Page as FirefoxPage } from 'puppeteer-core';
import { Key as Keys, Origin, type WebDriver, type WebElement } from 'selenium-webdriver';
import { browserAvailable, launchChromium } from './browser';
import { firefoxAvailable, launchFirefox } from './firefox';
import { launchWebKit, webkitAvailable } from './webkit';

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface Viewport {
  width: number;
  height: number;
}

export interface EnginePage {
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page with JSON arguments and resolves with its (awaited) result. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Runs a classic script's source in the page (a library such as axe-core). */
  addScript(source: string): Promise<void>;
  /** Resolves once an element of the widget's shadow root matches `css` (and `label`). */
  waitInWidget(css: string, label?: string): Promise<void>;
  /** Clicks (real pointer input) the element `waitInWidget` finds. */
  clickInWidget(css: string, label?: string): Promise<void>;
  /** Types into the focused element. */
  type(text: string): Promise<void>;
  /** Presses one key on the focused element. */
  press(key: Key): Promise<void>;
  /** A PNG of the viewport, at one device pixel per CSS pixel. */
  screenshot(): Promise<Buffer>;
  /** Errors thrown into the page, where the engine's driver reports them (Chromium, Firefox). */
  errors: string[];
  close(): Promise<void>;
}

export interface EngineBrowser {
  /** A fresh visitor: its own storage, the given viewport. */
  newPage(viewport?: Viewport): Promise<EnginePage>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** False (with a warning) outside CI when the engine is not installed. */
  available(): boolean;
  launch(): Promise<EngineBrowser>;
}

export type Key = 'End' | 'Home' | 'Tab' | 'Enter';

const DESKTOP: Viewport = { width: 1280, height: 800 };

/**
 * Finds the first element of the widget's shadow root matching `css` whose
 * text or aria-label is `label` (any, when empty). A plain function, run with
 * each driver's own evaluate: drivers' injected helpers can break on pages
 * that tamper with built-ins (the hostile page), which is a fact about the
 * tool, not the widget.
 */
function findInWidget(css: string, label: string): Element | null {
  const root = document.querySelector('koe-survey')?.shadowRoot;
  for (const element of root?.querySelectorAll(css) ?? [])
    if (
      label === '' ||
      element.textContent === label ||
      element.getAttribute('aria-label') === label
    )
      return element;
  return null;
}
const FIND = findInWidget.toString();

/**
 * JSON of a value from its own keys only, ignoring the page's prototypes
 * (Array.prototype.toJSON, enumerable Object.prototype members); undefined is null.
 */
function toJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + toJson(value[i]);
    return `${out}]`;
  }
  let out = '';
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (item !== undefined) out += `${out ? ',' : ''}${JSON.stringify(key)}:${toJson(item)}`;
  }
  return `{${out}}`;
}
const TO_JSON = toJson.toString();

/** An expression calling a function's source with JSON arguments (drivers await its promise). */
const call = (source: string, args: unknown[]) => `(${source})(...${JSON.stringify(args)})`;

async function poll<T>(what: string, attempt: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = await attempt().catch(() => null);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function chromiumPage(page: ChromiumPage, errors: string[]): EnginePage {
  const find = (css: string, label = '') =>
    poll(`${css} ${label} in the widget`, async () => {
      const handle = await page.evaluateHandle(call(FIND, [css, label]));
      return handle.asElement() as ChromiumElement<Element> | null;
    });
  return {
    errors,
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, ...args) => page.evaluate(call(fn.toString(), args)) as never,
    addScript: async (source) => void (await page.evaluate(source)),
    waitInWidget: async (css, label) => void (await find(css, label)),
    clickInWidget: async (css, label) => (await find(css, label)).click(),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    screenshot: () => page.screenshot(),
    close: () => page.context().close(),
  };
}

function firefoxPage(page: FirefoxPage, errors: string[]): EnginePage {
  const find = (css: string, label = '') =>
    poll(`${css} ${label} in the widget`, async () => {
      const handle = await page.evaluateHandle(call(FIND, [css, label]));
      return handle.asElement() as ElementHandle<Element> | null;
    });
  return {
    errors,
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, ...args) => page.evaluate(call(fn.toString(), args)) as never,
    addScript: async (source) => void (await page.evaluate(source)),
    waitInWidget: async (css, label) => void (await find(css, label)),
    clickInWidget: async (css, label) => (await find(css, label)).click(),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    screenshot: async () => Buffer.from(await page.screenshot()),
    close: () => page.browserContext().close(),
  };
}

function webkitPage(driver: WebDriver): EnginePage {
  const find = (css: string, label = '') =>
    poll(`${css} ${label} in the widget`, async () => {
      const element = (await driver.executeScript(
        `return (${FIND})(arguments[0], arguments[1])`,
        css,
        label,
      )) as WebElement | null;
      return element;
    });
  return {
    errors: [],
    goto: (url) => driver.get(url),
    // WebDriver's Execute Script awaits a returned promise (W3C WebDriver §13.2.1).
    // The result comes back as JSON written by toJson: the driver's own
    // serialisation walks inherited enumerable properties, which a page that
    // extends Object.prototype (the hostile page) turns into garbage.
    evaluate: async (fn, ...args) =>
      JSON.parse(
        (await driver.executeScript(
          `const toJson = ${TO_JSON}, args = arguments;
          return (async () => toJson(await (${fn.toString()}).apply(null, args)))()`,
          ...args,
        )) as string,
      ),
    addScript: async (source) => void (await driver.executeScript(source)),
    waitInWidget: async (css, label) => void (await find(css, label)),
    // Pointer input at the element's centre, through the Actions API: the
    // driver's element click runs its own script in the page, which breaks on
    // pages that extend Object.prototype.
    async clickInWidget(css, label = '') {
      const [x = 0, y = 0] = await poll(`${css} ${label} in the widget`, async () => {
        const json = (await driver.executeScript(
          `const toJson = ${TO_JSON}, element = (${FIND})(arguments[0], arguments[1]);
          if (!element) return null;
          element.scrollIntoView({ block: 'nearest' });
          const box = element.getBoundingClientRect();
          return toJson([Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]);`,
          css,
          label,
        )) as string | null;
        return json ? (JSON.parse(json) as number[]) : null;
      });
      await driver.actions().move({ x, y, origin: Origin.VIEWPORT }).click().perform();
    },
    type: (text) => driver.actions().sendKeys(text).perform(),
    press: (key) =>
      driver
        .actions()
        .sendKeys(Keys[key.toUpperCase() as Uppercase<Key>])
        .perform(),
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), 'base64'),
    close: async () => {},
  };
}

export const chromiumEngine: Engine = {
  name: 'chromium',
  available: browserAvailable,
  async launch() {
    const browser = await launchChromium();
    return {
      async newPage(viewport = DESKTOP) {
        const page = await (await browser.newContext({ viewport })).newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        return chromiumPage(page, errors);
      },
      close: () => browser.close(),
    };
  },
};

export const firefoxEngine: Engine = {
  name: 'firefox',
  available: firefoxAvailable,
  async launch() {
    const browser = await launchFirefox();
    return {
      async newPage(viewport = DESKTOP) {
        const page = await (await browser.createBrowserContext()).newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        await page.setViewport(viewport);
        return firefoxPage(page, errors);
      },
      close: () => browser.close(),
    };
  },
};

/**
 * WebKit: one MiniBrowser session whose storage is cleared for each new
 * visitor (a session takes seconds to start on a virtual display). The
 * window is sized so that its viewport, not its outer frame, is `viewport`.
 * MiniBrowser's window cannot be narrower than its toolbar (about 450 px), so
 * a phone-sized viewport is an iframe of that size at the top left of a page
 * of the same origin, and the session's scripts run in that frame.
 */
export const webkitEngine: Engine = {
  name: 'webkit',
  available: webkitAvailable,
  async launch() {
    const webkit = await launchWebKit();
    const { driver } = webkit;
    const window = driver.manage().window();
    /** The window's outer and inner (viewport) sizes once a resize has taken effect. */
    const settledSizes = async () => {
      const read = async () => {
        const { width, height } = await window.getRect();
        const inner = (await driver.executeScript('return [innerWidth, innerHeight]')) as number[];
        return [width, height, inner[0] ?? 0, inner[1] ?? 0];
      };
      // A resize reaches the page a moment after the window: read until two reads agree.
      let last = await read();
      for (let i = 0; i < 50; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const now = await read();
        if (now.every((value, j) => value === last[j])) return now;
        last = now;
      }
      throw new Error("WebKit's window never settled after a resize");
    };
    return {
      async newPage(viewport = DESKTOP) {
        await driver.switchTo().defaultContent();
        await driver.get('about:blank');
        await window.setRect(viewport);
        const [outerWidth = 0, outerHeight = 0, width = 0, height = 0] = await settledSizes();
        await window.setRect({
          width: outerWidth + viewport.width - width,
          height: outerHeight + viewport.height - height,
        });
        const [, , actualWidth = 0, actualHeight = 0] = await settledSizes();
        const framed = actualWidth !== viewport.width;
        if (actualHeight !== viewport.height || actualWidth < viewport.width)
          throw new Error(
            `WebKit's viewport is ${actualWidth}×${actualHeight}, not the wanted size`,
          );
        const page = webkitPage(driver);
        const visited = new Set<string>();
        return {
          ...page,
          async goto(url) {
            await driver.switchTo().defaultContent();
            const { origin } = new URL(url);
            const blank = `${origin}/no-such-page`; // the fixture servers answer 404, no snippet
            if (!visited.has(origin)) {
              // An earlier visitor may have left storage on this origin: this one starts without it.
              visited.add(origin);
              await driver.get(blank);
              await driver.executeScript('localStorage.clear(); sessionStorage.clear()');
            }
            if (!framed) return driver.get(url);
            await driver.get(blank);
            await driver.executeScript(
              `document.body.innerHTML = '';
              document.body.style.margin = '0';
              const frame = document.createElement('iframe');
              frame.style.cssText = 'position:fixed;left:0;top:0;border:0;width:${viewport.width}px;height:${viewport.height}px';
              return new Promise((resolve) => {
                frame.onload = resolve;
                frame.src = arguments[0];
                document.body.append(frame);
              }).then(() => null);`,
              url,
            );
            await driver.switchTo().frame(0);
          },
        };
      },
      close: () => webkit.close(),
    };
  },
};
export const ENGINES: Engine[] = [chromiumEngine, firefoxEngine, webkitEngine];
