// One page load in Chromium, measured from inside the renderer: the main
// thread's script execution time (CDP Performance.getMetrics ScriptDuration,
// which counts compile and evaluation of every script and every callback), its
// style and layout time, the long tasks (> 50 ms) a PerformanceObserver saw
// from the first byte on, and when koe's survey dialog appeared.
import type { Browser } from 'playwright-core';

export interface LoadMetrics {
  scriptMs: number;
  styleLayoutMs: number;
  longTasks: number;
  longTaskMs: number;
  /** From navigation start to the dialog in koe's shadow root, when one was awaited. */
  dialogMs?: number;
  /** Bytes on the wire (encoded bodies) of the scripts from `scriptsFrom`, and of all its answers. */
  scriptBytes: number;
  koeBytes: number;
  /** The paths fetched from `scriptsFrom`, in order. */
  fetched: string[];
}

/** After load (and the dialog), how long to keep measuring so trailing work is counted. */
const SETTLE_MS = 500;

interface Probe {
  longTasks: number[];
  dialogAt?: number;
}

/**
 * Runs before any script of the page, in both variants alike, so its own small
 * cost cancels out in the difference. It watches for koe's dialog with a
 * MutationObserver (no polling, which would run script all along) and tells
 * the bench through a binding, so nothing from the bench runs in the page
 * while it is measured. Plain JavaScript source: a TypeScript function would
 * be serialized after tsx's transform, which can add helpers the page lacks.
 */
const PROBE = `(() => {
  const probe = { longTasks: [] };
  window.__probe = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  let watching = false;
  const observer = new MutationObserver(() => {
    const host = document.querySelector('koe-survey');
    if (!host || !host.shadowRoot) return;
    if (!watching) {
      watching = true; // the dialog may be rendered into the shadow root after the host is added
      observer.observe(host.shadowRoot, { childList: true, subtree: true });
    }
    if (!host.shadowRoot.querySelector('[role="dialog"]')) return;
    probe.dialogAt = performance.now();
    observer.disconnect();
    window.__dialogShown();
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Loads `url` in a fresh browser context (a first-time visitor, empty storage). */
export async function measureLoad(
  browser: Browser,
  url: string,
  awaitDialog: boolean,
  scriptsFrom = 'http://koe.invalid',
): Promise<LoadMetrics> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const sizes: Array<Promise<{ script: boolean; bytes: number }>> = [];
    const fetched: string[] = [];
    page.on('requestfinished', (request) => {
      if (!request.url().startsWith(scriptsFrom)) return;
      fetched.push(new URL(request.url()).pathname);
      sizes.push(
        request.sizes().then((s) => ({
          script: request.resourceType() === 'script',
          bytes: s.responseBodySize,
        })),
      );
    });
    let shown = () => {};
    const dialogShown = new Promise<void>((resolve) => {
      shown = resolve;
    });
    await page.exposeBinding('__dialogShown', () => shown());
    await page.addInitScript({ content: PROBE });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    if (awaitDialog)
      await Promise.race([
        dialogShown,
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error(`no survey dialog on ${url}`)), 10_000),
        ),
      ]);
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const seconds = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    const probe = await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe);
    const answers = await Promise.all(sizes);
    const sum = (list: typeof answers) => list.reduce((total, a) => total + a.bytes, 0);
    return {
      scriptBytes: sum(answers.filter((a) => a.script)),
      koeBytes: sum(answers),
      fetched,
      scriptMs: seconds('ScriptDuration') * 1000,
      styleLayoutMs: (seconds('RecalcStyleDuration') + seconds('LayoutDuration')) * 1000,
      longTasks: probe.longTasks.length,
      longTaskMs: probe.longTasks.reduce((sum, ms) => sum + ms, 0),
      dialogMs: awaitDialog ? probe.dialogAt : undefined,
    };
  } finally {
    await context.close();
  }
}

/** Milliseconds of main-thread samples whose stack holds a frame of one script. */
export interface ScriptProfile {
  /** All samples under the script: its JavaScript and the browser work its calls wait for. */
  totalMs: number;
  /** Of those, the samples in the script's own JavaScript functions (leaf frame in the script). */
  ownMs: number;
}

/**
 * Loads `url` in a fresh context under V8's sampling CPU profiler (50 µs) and
 * attributes the samples to the script whose URL contains `script`. Unlike
 * ScriptDuration, which is one number for the whole page, this says which
 * script's stack the time was spent under; a native leaf frame (fetch, …) is
 * browser work that script's call asked for. The profiler slows what it
 * watches a little, so these loads are not the ones ScriptDuration is read from.
 */
export async function profileLoad(
  browser: Browser,
  url: string,
  script: string,
): Promise<ScriptProfile> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes)
      for (const child of node.children ?? []) parent.set(child, node.id);
    const inScript = (id: number) => nodes.get(id)?.callFrame.url.includes(script) ?? false;
    const under = (id: number) => {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at))
        if (inScript(at)) return true;
      return false;
    };
    let totalMs = 0;
    let ownMs = 0;
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const id = samples[i] as number;
      // A sample lasts until the next one.
      const ms = (deltas[i + 1] ?? 0) / 1000;
      if (!under(id)) continue;
      totalMs += ms;
      if (inScript(id)) ownMs += ms;
    }
    return { totalMs, ownMs };
  } finally {
    await context.close();
  }
}
