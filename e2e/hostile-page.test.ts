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
import { laidOut, pageBoxes, setUpHostilePage } from './hostile-fixture';
import {
  answer,
  koeReady,
  newGlobals,
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
  host = await startWidgetHost('hostile');
  surveyId = await setUpHostilePage(host);
});

afterAll(async () => {
  await host?.close();
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
