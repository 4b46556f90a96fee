// The hostile page of hostile-page.test.ts, shared with the other engines'
// runs: CSS that unsets and hides, huge z-indexes, tampered built-ins, and the
// page's own boxes measured once it has laid out.
import { fixturePage, type WidgetHost } from './widget-host';

export const HOSTILE_CSS = `<style>
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
export const TAMPERING = `<script>
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
// A Promise replacement with the statics polyfills ship (WebKitWebDriver's own
// script wrapper calls Promise.race in the page, so it needs that one).
var NativePromise = Promise;
window.Promise = function Promise(executor) { return new NativePromise(executor); };
window.Promise.prototype = NativePromise.prototype;
window.Promise.resolve = NativePromise.resolve.bind(NativePromise);
window.Promise.reject = NativePromise.reject.bind(NativePromise);
window.Promise.all = NativePromise.all.bind(NativePromise);
window.Promise.race = NativePromise.race.bind(NativePromise);
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

export const BODY = `<header>Sticky header</header>
<section class="promo">Promo banner</section>
<p id="lead">A long shop page whose layout must not move.</p>
<p id="tail">More content.</p>`;

/** Where the page's own elements are, to compare before and after the widget. */
export const pageBoxes = () =>
  ['header', '.promo', '#lead', '#tail', 'h1', 'footer'].map((selector) => {
    const box = (document.querySelector(selector) as Element).getBoundingClientRect();
    return [selector, box.x, box.y, box.width, box.height];
  });

/**
 * Resolves once the page has loaded, its fonts are ready and two frames have
 * been rendered since: its layout is the one a visitor sees. Waiting on the
 * page's own signals, not on time, keeps the test exact on a busy machine.
 */
export const laidOut = () =>
  new Promise<void>((resolve) => {
    const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    const ready = () => void document.fonts.ready.then(frames);
    if (document.readyState === 'complete') ready();
    else addEventListener('load', ready, { once: true });
  });

/**
 * The hostile survey and page on a widget host: an NPS survey shown by the
 * `checkout` event, which the tests send once the page's own layout is
 * measured. Returns the survey's id.
 */
export async function setUpHostilePage(host: WidgetHost): Promise<string> {
  const surveyId = await host.createSurvey({
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
  return surveyId;
}
