// The words for koe.js's notes (notes.ts), in the browser console. Loaded as
// koe-explain.js only when a note needs explaining, it replays the notes so
// far and explains each later one.
// - A configuration problem is one console.warn line, written once per cause
//   per page load: `koe:<code> — what happened; what to do`. The problems the
//   server finds (unknown key, origin not allowed, a draft survey answered)
//   come with its own words (problem+json `detail`, apps/server
//   public-problems.ts); the widget words the rest.
// - Debug mode (data-debug, koe('debug', true)) adds a console.info line
//   `koe: …` for every survey armed, trigger fired, decision to show or not
//   and post. Turned on late, it replays what happened since the page loaded.
// Nothing here may throw into the page.
import { DAY, type Mark, marks, optedOut, SITE_COOLDOWN_MS } from './eligibility';
import type { Note } from './notes';
import { FAILING_AFTER } from './sender';
import type { InactiveSurvey, WidgetSurvey } from './types';

interface Problem {
  code?: string;
  detail?: string;
}

const iso = (time: number) => new Date(time).toISOString();

/** What a survey's trigger waits for, as debug mode says it. */
function describeTrigger({ trigger }: WidgetSurvey): string {
  const what =
    trigger.on === 'event'
      ? `event "${trigger.event}"`
      : trigger.on === 'click'
        ? `click on ${trigger.selector}`
        : trigger.on === 'scroll'
          ? `scroll past ${trigger.percent}%`
          : trigger.on === 'manual'
            ? "koe('ask') only"
            : trigger.on;
  const rules = trigger.urls.length ? `, ${trigger.urls.length} page rule(s)` : '';
  const delay = trigger.delaySeconds ? `, after ${trigger.delaySeconds}s` : '';
  return what + rules + delay;
}

/** Why a survey was not shown, with the time it may show again. */
function describeWhy(why: string, survey: WidgetSurvey): string {
  const seen = marks();
  const mark = (seen[survey.id] ?? {}) as Mark;
  const until = (at: keyof Mark) => iso((mark[at] ?? 0) + survey.recontactDays * DAY);
  switch (why) {
    case 'x':
      return "opted out (koe('optOut'))";
    case 'a':
      return `answered; recontact until ${until('a')}`;
    case 'd':
      return `dismissed; recontact until ${until('d')}`;
    case 'o':
      return `sampled out until ${until('o')}`;
    case 'c':
      return `cooldown until ${iso((seen.last ?? 0) + SITE_COOLDOWN_MS)} (another survey was shown)`;
    case 'r':
      return `sampled out (rate ${survey.sampleRate})`;
    case 'b':
      return 'another survey is showing';
    default:
      return 'shown';
  }
}

/**
 * Takes over koe.js's notes: explains those so far, then each one as it is
 * noted. `base` is the koe server's origin (where posts go).
 */
export function explainNotes(notes: Note[], base: string): void {
  const said = new Set<string>();
  let debug = false;
  let config: { data: WidgetSurvey[]; inactive?: InactiveSurvey[] } | undefined;
  let siteKey = '';

  const warn = (code: string, text: string) => {
    const line = `koe:${code} — ${text}`;
    if (!said.has(line)) console.warn(line);
    said.add(line);
  };
  const log = (...parts: unknown[]) => {
    if (debug) console.info('koe:', ...parts);
  };
  /** A refusal: the server's code and words, or, from something that is not koe, its status. */
  const refused = (response: Response) =>
    response
      .json()
      .catch(() => ({}))
      .then((problem: Problem) =>
        warn(
          problem.code ?? `http-${response.status}`,
          problem.detail ??
            `${response.url || 'the server'} is not koe's API (it answered ${response.status}); check data-host`,
        ),
      )
      .catch(() => {});

  const explainOne = (n: Note) => {
    switch (n[0]) {
      case 'debug':
        debug = n[1];
        break;
      case 'reset':
        said.clear();
        log("reset: this browser's koe state is forgotten");
        break;
      case 'surveys':
        [, config, siteKey] = n;
        for (const survey of config.data) log(survey.id, 'armed:', describeTrigger(survey));
        for (const { id, status } of config.inactive ?? []) log(id, `is ${status}: not shown`);
        break;
      case 'config': {
        const { status } = n[1];
        // 429 and 5xx pass; a 4xx is the setup (a wrong key, an origin not allowed).
        if (status < 429) void refused(n[1]);
        else log('surveys not loaded:', status);
        break;
      }
      case 'fired': {
        const [, survey, here] = n;
        log(
          survey.id,
          `${survey.trigger.on} fired;`,
          here
            ? survey.trigger.delaySeconds
              ? `shows in ${survey.trigger.delaySeconds}s`
              : 'shows now'
            : 'its page rules do not match this page',
        );
        break;
      }
      case 'show': {
        const [, survey, manual, why] = n;
        const gpc =
          !why && (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
        log(
          survey.id,
          manual ? 'ask:' : 'trigger:',
          describeWhy(why, survey) +
            (gpc ? ' (Global Privacy Control: no user id or attributes sent)' : ''),
        );
        break;
      }
      case 'ask': {
        const id = String(n[1]);
        const inactive = config?.inactive?.find((s) => s.id === id);
        // The list may be another koe instance's (a bundler's page may hold several).
        if (optedOut()) log(id, "ask: opted out (koe('optOut')), no surveys loaded");
        else if (!config || config.data.some((s) => s.id === id))
          log(id, 'ask: no surveys loaded (see above)');
        else if (inactive)
          warn(
            'survey-not-active',
            `survey ${id} is ${inactive.status}, and koe('ask') shows active surveys only; set its status to active`,
          );
        else
          warn(
            'survey-not-found',
            `site ${siteKey} has no survey ${id}; check the id given to koe('ask') (GET /v1/surveys lists them)`,
          );
        break;
      }
      case 'post': {
        const [, post, response] = n;
        const status = response?.status;
        const retried = status === undefined || status === 408 || status === 429 || status > 499;
        log('post', post.id, `${status ?? 'network error'}${retried ? `, try ${post.n + 1}` : ''}`);
        if (!retried && status > 399) void refused(response as Response);
        // Offline visitors are not a setup problem: nothing is said to them.
        else if (retried && post.n + 1 >= FAILING_AFTER && navigator.onLine)
          warn(
            'delivery-failing',
            `answers to ${base}/v1/responses failed ${FAILING_AFTER} times in a row (last: ${status ?? 'network error'}); they wait in this browser and are resent, but check that the koe server is up and that this page may reach it (data-host, CSP connect-src)`,
          );
        break;
      }
    }
  };

  const explain = (n: Note) => {
    try {
      explainOne(n);
    } catch {
      // an explanation must never break the page
    }
  };
  // Debug mode turned on after the page loaded still shows what happened before.
  for (const n of notes) if (n[0] === 'debug') debug = n[1];
  for (const n of notes) if (n[0] !== 'debug') explain(n);
  notes.push = (...added: Note[]) => {
    for (const n of added) explain(n);
    return notes.length;
  };
}
