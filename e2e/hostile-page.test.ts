// The widget on a page that fights it: a global CSS reset that unsets every
// element's styles, rules that hide divs, dialogs and whatever is appended to
// the body or the root (a `body > :last-child` rule that also styles the
// page's own footer, which the widget must not take over), huge z-indexes on
// page elements, and scripts that tamper with built-ins the way real pages
// and their libraries do (enumerable Object/Array prototype additions, an
// Array.prototype.includes polyfill, Prototype.js's Array#toJSON, wrapped
// JSON, Promise and fetch). The
// widget must still render on top, work (the answer is stored), move none of
// the page's layout (Layout Instability API: zero shift) and add exactly one
// global, `koe`. The page's boxes are measured once it has loaded and
// painted and before the survey exists (shown by an event the test sends),
// so the comparison never depends on timing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './browser';
import {
  answer,
  fixturePage,
  koeReady,
  newGlobals,
  newVisitor,
  SOON,
  startWidgetHost,
  type WidgetHost,
} from './widget-host';

const HOSTILE_CSS = `<style>
*:not(html,head,head *,script,style){all:unset!important}
html,body,main,header,footer,section,p,h1{display:block!important}
div,[role=dialog],dialog,form,button,textarea,p[class],[aria-live]{display:none!important;visibility:hidden!important}
body>*:last-child,html>:not(head,body){opacity:0!important;transform:scale(0)!important}
*{font-size:7px!important;z-index:auto}
header{position:fixed!important;top:0!important;left:0!important;right:0!important;height:40px!important;z-index:2147483647!important;background:#eee!important}
.promo{position:fixed!important;right:0!important;bottom:0!important;width:60vw!important;height:70vh!important;z-index:999999999!important;background:#fde68a!important}
main{padding-top:60px!important}
</style>`;

// Done before the snippet, as a page's own scripts and libraries would be.
const TAMPERING = `<script>
window.__before = Object.getOwnPropertyNames(window);
Object.prototype.foo = 1;
Object.prototype.extend = function (other) { for (var k in other) this[k] = other[k]; return this; };
Array.prototype.includes = function (item) { return this.indexOf(item) !== -1; };
Array.prototype.remove = function (item) { var i = this.indexOf(item); if (i >= 0) this.splice(i, 1); return this; };
Array.prototype.last = function () { return this[this.length - 1]; };
// Prototype.js 1.6 (still on old shops): arrays serialise to a JSON string.
Array.prototype.toJSON = function () { return '[' + this.map(function (v) { return JSON.stringify(v); }).join(', ') + ']'; };
var parse = JSON.parse, stringify = JSON.stringify;
JSON.parse = function (text, reviver) { return parse(text, reviver); };
JSON.stringify = function (value, replacer, space) { return stringify(value, replacer, space); };
var NativePromise = Promise;
window.Promise = function Promise(executor) { return new NativePromise(executor); };
window.Promise.prototype = NativePromise.prototype;
window.Promise.resolve = NativePromise.resolve.bind(NativePromise);
window.Promise.reject = NativePromise.reject.bind(NativePromise);
window.Promise.all = NativePromise.all.bind(NativePromise);
var nativeFetch = window.fetch;
window.__fetches = [];
window.fetch = function (input, init) {
  window.__fetches.push(String(input && input.url || input));
  return nativeFetch.apply(this, arguments);
};
window.__shifts = [];
new PerformanceObserver(function (list) {
  list.getEntries().forEach(function (e) { window.__shifts.push({ value: e.value, input: e.hadRecentInput }); });
}).observe({ type: 'layout-shift', buffered: true });
</script>`;

const BODY = `<header>Sticky header</header>
<section class="promo">Promo banner</section>
<p id="lead">A long shop page whose layout must not move.</p>
<p id="tail">More content.</p>`;

const enabled = browserAvailable();
let host: WidgetHost;
let surveyId: string;

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('hostile');
  surveyId = await host.createSurvey({
    name: 'Hostile',
    type: 'nps',
    status: 'active',
    question: { en: 'How likely are you to recommend us?' },
    followUp: {
      promoter: {
        question: { en: 'What did you like?' },
        reasons: [
          { id: 'speed', label: { en: 'Speed' } },
          { id: 'price', label: { en: 'Price' } },
        ],
      },
    },
    // Fired by the test once the page's own layout is measured (see below).
    trigger: { on: 'event', event: 'checkout', urls: [], delaySeconds: 0 },
  });
  host.page(
    '/',
    fixturePage(host.siteKey, host.koeUrl, {
      title: 'Hostile shop',
      head: HOSTILE_CSS + TAMPERING,
      body: BODY,
      after: '<footer>Footer</footer>',
    }),
  );
});

afterAll(async () => {
  await host?.close();
});

/** Where the page's own elements are, to compare before and after the widget. */
const pageBoxes = () =>
  ['header', '.promo', '#lead', '#tail', 'h1', 'footer'].map((selector) => {
    const box = (document.querySelector(selector) as Element).getBoundingClientRect();
    return [selector, box.x, box.y, box.width, box.height];
  });

/**
 * Resolves once the page has loaded, its fonts are ready and two frames have
 * been rendered since: its layout is the one a visitor sees. Waiting on the
 * page's own signals, not on time, keeps the test exact on a busy machine.
 */
const laidOut = () =>
  new Promise<void>((resolve) => {
    const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    const ready = () => void document.fonts.ready.then(frames);
    if (document.readyState === 'complete') ready();
    else addEventListener('load', ready, { once: true });
  });

describe.skipIf(!enabled)('hostile host page', () => {
  it('renders on top and stores the answer, shifting no layout and adding only `koe`', async () => {
    const { page, errors } = await newVisitor(host.browser, {
      viewport: { width: 1280, height: 800 },
    });
    await page.goto(host.hostUrl);
    // The page as laid out before any survey exists: the survey is shown by
    // an event the test sends only after measuring. (Measured while a survey
    // might be mounting, the boxes were either the page's or those of a page
    // whose body had gained a last child, depending on timing.)
    await koeReady(page);
    await page.evaluate(laidOut);
    expect(await page.locator('koe-survey').count()).toBe(0);
    const before = await page.evaluate(pageBoxes);
    await page.evaluate(() =>
      (window as unknown as { koe: (...a: unknown[]) => void }).koe('track', 'checkout'),
    );
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();

    // Visible despite the page's rules (Playwright's click also checks that
    // the widget, not the z-indexed promo under it, receives the pointer).
    const host$ = await page.evaluate(() => {
      const element = document.querySelector('koe-survey') as Element;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return { position: style.position, opacity: style.opacity, width: box.width };
    });
    expect(host$).toEqual({ position: 'fixed', opacity: '1', width: expect.any(Number) });
    expect(host$.width).toBeGreaterThan(300);
    // The z-indexed promo really lies under the widget, and the widget is what is on top there.
    const onTop = await page.evaluate(() => {
      const box = (document.querySelector('koe-survey') as Element).getBoundingClientRect();
      const promo = (document.querySelector('.promo') as Element).getBoundingClientRect();
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      const underPromo = x > promo.left && x < promo.right && y > promo.top && y < promo.bottom;
      return { underPromo, top: document.elementFromPoint(x, y)?.tagName };
    });
    expect(onTop).toEqual({ underPromo: true, top: 'KOE-SURVEY' });

    await answer(page, 'mouse', { radio: '10 Very likely', reasons: ['Speed'], comment: 'Works' });
    // The enumerable Array.prototype additions are not reasons, and the chip toggled once.
    await expect
      .poll(() => host.rows('survey_id = ?', surveyId), SOON)
      .toEqual([
        {
          id: expect.any(String),
          survey_id: surveyId,
          score: 10,
          finished: 1,
          reasons: '["speed"]',
          comment: 'Works',
          touchpoint: null,
        },
      ]);

    expect(await page.evaluate(pageBoxes)).toEqual(before);
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: Array<{ value: number; input: boolean }> }).__shifts,
    );
    expect(shifts.filter((s) => !s.input).reduce((sum, s) => sum + s.value, 0)).toBe(0);

    expect(await newGlobals(page)).toEqual(['koe']);
    // The widget went through the page's wrapped fetch and still worked.
    const fetched = await page.evaluate(
      () => (window as unknown as { __fetches: string[] }).__fetches,
    );
    expect(fetched.some((url) => url.endsWith('/v1/responses'))).toBe(true);
    expect(errors).toEqual([]);

    // The instrument works: a shift the page makes itself is measured.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Late banner';
      document.querySelector('#lead')?.before(p);
    });
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            (window as unknown as { __shifts: Array<{ value: number }> }).__shifts.reduce(
              (sum, s) => sum + s.value,
              0,
            ),
          ),
        SOON,
      )
      .toBeGreaterThan(0);
  });
});
