// One koe instance on a page: loads the site's active surveys, arms their
// triggers, decides eligibility, shows at most one survey at a time, sends
// answers, and runs the commands of the public API. No public call throws.
// What happens is noted for the console (notes.ts).
import { optedOut, record, whyNot } from './eligibility';
import { pickLocale } from './i18n';
import { type Mounted, mountSurvey } from './mount';
import { type Explainer, explain, explainWith, note } from './notes';
import { createSender } from './sender';
import { save, toJson } from './storage';
import { armTriggers, type Triggers } from './triggers';
import type { AskOptions, KoeEventDetail, KoeEventName, WidgetSurvey } from './types';
import { uuid7 } from './uuid';

export interface KoeOptions {
  siteKey: string;
  /** Origin of the koe server, e.g. https://feedback.example.com. */
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

export type Command = [string, ...unknown[]];

export interface Koe {
  (...command: unknown[]): void;
  /** Resolves once the surveys are loaded and triggers are armed. */
  ready: Promise<void>;
}

export function createKoe({
  siteKey,
  host,
  nonce,
  fetch: fetchFn,
  debug,
  explain: explainer,
}: KoeOptions): Koe {
  const base = host.replace(/\/$/, '');
  const sender = createSender(`${base}/v1/responses`, fetchFn);
  explainWith((notes) => {
    if (explainer) return explainer(notes, base);
    const script = document.createElement('script');
    script.src = `${base}/koe-explain.js`;
    if (nonce) script.nonce = nonce;
    // How koe-explain.js finds the notes without another global.
    (script as HTMLScriptElement & { notes?: unknown }).notes = notes;
    document.head.append(script);
  });
  const debugMode = (on: boolean) => {
    note('debug', on);
    if (on) explain();
  };
  if (debug) debugMode(true);
  const listeners: Record<KoeEventName, Array<(detail: KoeEventDetail) => void>> = {
    show: [],
    submit: [],
    dismiss: [],
  };
  let surveys: WidgetSurvey[] = [];
  let triggers: Triggers | undefined;
  let current: Mounted | undefined;
  let userId: string | undefined;
  let userAttributes: Record<string, string | number | boolean> = {};
  const waiting: Command[] = [];

  const emit = (name: KoeEventName, detail: KoeEventDetail) => {
    for (const fn of listeners[name]) {
      try {
        fn(detail);
      } catch {
        // a site's listener must not break koe
      }
    }
  };

  const show = (survey: WidgetSurvey, manual: boolean, options: AskOptions = {}) => {
    if (!document.body) {
      // Asked from <head> before the body exists: show once it does.
      addEventListener('DOMContentLoaded', () => show(survey, manual, options), { once: true });
      return;
    }
    const now = Date.now();
    const why = current ? 'b' : whyNot(survey, now, manual);
    note('show', survey, manual, why);
    if (why) return;
    record(survey.id, 's', now);
    const id = uuid7(now);
    const locale = pickLocale(Object.keys(survey.question), survey.defaultLocale);
    // Global Privacy Control: no user id or attributes leave the browser.
    const gpc =
      (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
    const attributes = { ...userAttributes, ...options.attributes };
    // Serialising leaves out the undefined fields.
    const post = (score: number, finished: boolean, reasons?: string[], comment?: string) =>
      sender.send(
        id,
        toJson({
          id,
          siteKey,
          surveyId: survey.id,
          score,
          finished,
          locale,
          // Never the query or fragment: they carry tokens and e-mail addresses.
          url: location.origin + location.pathname,
          touchpoint: options.touchpoint,
          userId: gpc ? undefined : userId,
          attributes: gpc || !Object.keys(attributes).length ? undefined : attributes,
          reasons: reasons?.length ? reasons : undefined,
          comment: comment || undefined,
        }),
      );
    current = mountSurvey(
      {
        survey,
        locale,
        onScore: (score) => {
          record(survey.id, 'a', Date.now());
          void post(score, false);
        },
        onFinish: (score, reasons, comment) => {
          record(survey.id, 'a', Date.now());
          void post(score, true, reasons, comment);
          emit('submit', { surveyId: survey.id, score });
        },
        onClose: (answered) => {
          current = undefined;
          if (!answered) {
            record(survey.id, 'd', Date.now());
            emit('dismiss', { surveyId: survey.id });
          }
        },
      },
      { nonce, target: options.target },
    );
    emit('show', { surveyId: survey.id });
  };

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
      case 'on': {
        const list = listeners[args[0] as KoeEventName];
        if (list && typeof args[1] === 'function')
          list.push(args[1] as (d: KoeEventDetail) => void);
        break;
      }
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
          current = undefined;
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
      else if (loading) waiting.push(command as Command);
      else run(command as Command);
    } catch {
      // No public call ever throws into the page.
    }
  }) as Koe;

  koe.ready = (async () => {
    try {
      void sender.flush();
      addEventListener('online', () => void sender.flush(true));
      if (optedOut()) return;
      const response = await (fetchFn ?? fetch)(
        `${base}/v1/sites/${encodeURIComponent(siteKey)}/surveys`,
        {
          credentials: 'omit',
        },
      );
      if (!response.ok) {
        note('config', response);
        return explain();
      }
      const config = (await response.json()) as { data: WidgetSurvey[] };
      note('surveys', config, siteKey);
      surveys = config.data;
      triggers = armTriggers(surveys, (survey) => show(survey, false));
    } catch {
      // offline or blocked: the page goes on without a survey
    } finally {
      loading = false;
      for (const command of waiting.splice(0)) {
        try {
          run(command);
        } catch {
          // see above
        }
      }
    }
  })();
  return koe;
}
