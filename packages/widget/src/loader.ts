// One koe instance on a page, without its UI: loads the site's active
// surveys, arms their triggers, decides eligibility, flushes the retry queue
// and runs the commands of the public API. This is what every page view
// pays for (dist/koe.js: 2 KB gzip); the UI — the views and the sender — is
// asked for only when a survey is about to show, or when the page is idle
// and an armed trigger could show one (`ui`). At most one survey shows at a
// time. No public call throws. What happens is noted for the console (notes.ts).
import { optedOut, record, whyNot } from './eligibility';
import { type Explainer, explain, explainWith, note } from './notes';
import { load, save } from './storage';
import { armTriggers, type Triggers } from './triggers';
import type {
  AskOptions,
  KoeEventDetail,
  KoeEventName,
  Mounted,
  Ui,
  UiLoader,
  WidgetSurvey,
} from './types';
import { pageMatches } from './url-rules';

export interface KoeOptions {
  siteKey: string;
  /** Origin of the koe server, e.g. https://feedback.example.com (createLoader: without a trailing slash). */
  host: string;
  /** CSP nonce for the <style> fallback. */
  nonce?: string;
  fetch?: typeof fetch;
  /** Debug mode: log every trigger, eligibility decision and post (data-debug). */
  debug?: boolean;
  /**
   * Takes the notes over when one needs explaining (notes.ts). By default
   * koe-explain.js is loaded from `host`; pass explainNotes to bundle it.
   */
  explain?: Explainer;
}

/**
 * Adds a script of koe's (the UI, the console's words) with the page's nonce,
 * handing it `value` on the element itself: the script reads it from
 * document.currentScript, so neither file needs a global.
 */
export function addScript(src: string, nonce: string | undefined, value: unknown): void {
  const script = document.createElement('script') as HTMLScriptElement & { k?: unknown };
  script.src = src;
  if (nonce) script.nonce = nonce;
  script.k = value;
  document.head.append(script);
}

export interface LoaderOptions extends Omit<KoeOptions, 'explain'> {
  /** How the UI arrives: dist/koe-ui.js by a script element, or bundled (createKoe). */
  ui: UiLoader;
}

export type Command = [string, ...unknown[]];

export interface Koe {
  (...command: unknown[]): void;
  /** Resolves once the surveys are loaded and triggers are armed. */
  ready: Promise<void>;
}

export function createLoader({
  siteKey,
  host,
  nonce,
  fetch: fetchFn,
  debug,
  ui: loadUi,
}: LoaderOptions): Koe {
  // createKoe may have set its own way first (KoeOptions.explain).
  explainWith((notes) => addScript(`${host}/koe-explain.js`, nonce, notes));
  const debugMode = (on: boolean) => {
    note('debug', on);
    if (on) explain();
  };
  if (debug) debugMode(true);
  const listeners: Array<[KoeEventName, (detail: KoeEventDetail) => void]> = [];
  let surveys: WidgetSurvey[] = [];
  let triggers: Triggers | undefined;
  let current: Mounted | undefined;
  let userId: string | undefined;
  let userAttributes: Record<string, string | number | boolean> = {};
  const waiting: Command[] = [];

  const emit = (name: KoeEventName, detail: KoeEventDetail) => {
    for (const [event, fn] of listeners) {
      try {
        if (event === name) fn(detail);
      } catch {
        // a site's listener must not break koe
      }
    }
  };
  const clear = () => {
    current = undefined;
  };

  // The UI once it has arrived, and who waits for it meanwhile. If it never
  // arrives (offline, blocked), no survey shows on this page; the next page asks again.
  let ui: Ui | undefined;
  /** Undefined until the UI is asked for. */
  let uiWaiting: Array<(ui: Ui) => void> | undefined;
  /** Runs `then` with the UI, asking for it first if need be; without `then`, only asks (prefetch). */
  const withUi = (then?: (ui: Ui) => void) => {
    if (ui) return then?.(ui);
    const first = !uiWaiting;
    uiWaiting ??= [];
    const waiting = uiWaiting;
    if (then) waiting.push(then);
    // Bundled (createKoe), the UI is here at once: `then` runs now.
    if (first)
      loadUi((createUi) => {
        ui = createUi(host, fetchFn, note, explain);
        for (const fn of waiting.splice(0)) fn(ui);
      });
  };

  // The host element goes after <body> (mount.ts): a survey can show before the body is parsed.
  const show = (survey: WidgetSurvey, manual: boolean, options: AskOptions = {}) => {
    const now = Date.now();
    const why = current ? 'b' : whyNot(survey, now, manual);
    note('show', survey, manual, why);
    if (why) return;
    record(survey.id, 's', now);
    // Holds the survey's place while the UI loads: one survey at a time.
    const held: Mounted = { close: clear };
    current = held;
    withUi(({ present }) => {
      // Closed meanwhile (koe('optOut'), reset): not shown.
      if (current !== held) return;
      current = present({
        survey,
        siteKey,
        options,
        userId,
        attributes: userAttributes,
        nonce,
        record,
        emit,
        closed: clear,
      });
      emit('show', { surveyId: survey.id });
    });
  };

  /**
   * Whether an armed trigger could show this survey on this page: not opted
   * out, answered, dismissed or cooling down (sampling is left to the moment
   * it fires, so that nothing is decided early), and for page views, the
   * page's rules hold.
   */
  const couldShow = (survey: WidgetSurvey) =>
    survey.trigger.on !== 'manual' &&
    !whyNot(survey, Date.now(), false, () => -1) &&
    (survey.trigger.on !== 'pageview' || pageMatches(survey.trigger.urls, location.href));

  const run = ([name, ...args]: Command) => {
    switch (name) {
      case 'track':
        triggers?.track(String(args[0]));
        break;
      case 'ask': {
        const survey = surveys.find((s) => s.id === args[0]);
        if (survey) show(survey, true, (args[1] ?? {}) as AskOptions);
        else {
          note('ask', args[0]);
          explain();
        }
        break;
      }
      case 'identify':
        userId = args[0] == null ? undefined : String(args[0]);
        userAttributes = (args[1] as typeof userAttributes) ?? {};
        break;
      case 'on':
        if (typeof args[1] === 'function')
          listeners.push(args as [KoeEventName, (d: KoeEventDetail) => void]);
        break;
      case 'optOut':
      case 'reset': {
        // reset, for testing a setup: this browser forgets koe (marks, queue,
        // opt-out) and each warning is written again, so the next ask shows.
        const reset = name === 'reset';
        save('out', !reset && args[0] !== false);
        if (reset) {
          save('queue', []);
          note('reset');
        }
        if (reset || args[0] !== false) {
          current?.close();
          clear();
          save('seen', {});
        }
        break;
      }
    }
  };

  let loading = true;
  const koe = ((...command: unknown[]) => {
    try {
      // Debug mode starts at once. Other commands wait for the surveys they
      // may name; they run in call order.
      if (command[0] === 'debug') debugMode(command[1] !== false);
      else if (loading) {
        waiting.push(command as Command);
        // koe('ask') before the surveys arrive: the UI loads meanwhile.
        if (command[0] === 'ask') withUi();
      } else run(command as Command);
    } catch {
      // No public call ever throws into the page.
    }
  }) as Koe;

  koe.ready = (async () => {
    try {
      // The list is asked for first: the first localStorage read of a page can
      // take tens of milliseconds (measured in Chromium), and the request
      // tells the koe server nothing that fetching koe.js did not — also for
      // a visitor who opted out, to whom nothing is shown.
      const request = (fetchFn ?? fetch)(
        // The key as the site wrote it: a mistyped one is answered 404 and explained.
        `${host}/v1/sites/${siteKey}/surveys`,
        { credentials: 'omit' },
      );
      // Answers a page could not deliver: the UI, which sends, loads to send them.
      if (load<unknown[]>('queue', []).length) withUi((u) => u.flush());
      const response = await request;
      if (optedOut()) return;
      if (!response.ok) {
        note('config', response);
        return explain();
      }
      const config = (await response.json()) as { data: WidgetSurvey[] };
      note('surveys', config, siteKey);
      surveys = config.data;
      triggers = armTriggers(surveys, (survey) => show(survey, false));
      // A survey may show soon: the UI is fetched when the page is idle, so
      // showing it waits for nothing. Clicks, scrolling and exit intent are
      // armed by the UI: for those it is fetched at once, and `ready` waits
      // until they are armed (at most 3 s, should koe-ui.js never come).
      const soon = surveys.filter(couldShow);
      if (soon.some((s) => !/^(pageview|event)$/.test(s.trigger.on))) {
        const { fire } = triggers;
        await new Promise((armed) => {
          withUi((u) => armed(u.arm(surveys, fire)));
          setTimeout(armed, 3000);
        });
      } else if (soon.length) (self.requestIdleCallback ?? setTimeout)(() => withUi());
    } catch {
      // offline or blocked: the page goes on without a survey
    } finally {
      loading = false;
      // Each through koe(), which catches.
      for (const command of waiting.splice(0)) koe(...command);
    }
  })();
  return koe;
}
