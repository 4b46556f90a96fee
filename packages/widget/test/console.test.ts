// What a whole koe instance tells a site's developer in the console, against
// the real koe server (in-process, on a real SQLite file): one warning per
// setup problem with what to do, nothing at all for a correct setup, debug
// mode's account of every decision, and koe('reset'). Explanations run
// in-process (explainNotes, the code of koe-explain.js); the browser tests
// load the built koe-explain.js.
import { SurveyInputSchema } from '@koe/core';
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestApp, type TestApp } from '../../../apps/server/test/fixtures';
import { explainNotes } from '../src/explain';
import { createKoe, type KoeOptions } from '../src/koe';
import { resetNotes } from '../src/notes';

let t: TestApp;
let lines: Array<[kind: 'warn' | 'info', text: string]>;
let failPosts = false;

const network: typeof fetch = async (input, init) => {
  if (failPosts && init?.method === 'POST') throw new TypeError('Failed to fetch');
  return t.app.request(String(input), init as RequestInit);
};

beforeEach(async () => {
  t = await makeTestApp();
  localStorage.clear();
  document.body.innerHTML = '';
  // The host element goes after <body> (mount.ts).
  for (const element of document.querySelectorAll('koe-survey')) element.remove();
  resetNotes();
  failPosts = false;
  lines = [];
  vi.spyOn(console, 'warn').mockImplementation((...parts) => {
    lines.push(['warn', parts.join(' ')]);
  });
  vi.spyOn(console, 'info').mockImplementation((...parts) => {
    lines.push(['info', parts.join(' ')]);
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  await t.cleanup();
});

const start = (options: Partial<KoeOptions> = {}) =>
  createKoe({
    siteKey: t.a.site.publishableKey,
    host: 'http://koe.test',
    fetch: network,
    explain: explainNotes,
    ...options,
  });
const shown = () => document.querySelector('koe-survey')?.shadowRoot as ShadowRoot | undefined;
const warnings = () => lines.filter(([kind]) => kind === 'warn').map(([, text]) => text);
const infos = () => lines.filter(([kind]) => kind === 'info').map(([, text]) => text);
/** Lets posts reach the server and problem bodies be read. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

async function setStatus(status: 'draft' | 'paused' | 'archived' | 'active') {
  const survey = await t.store.getSurvey(t.a.site.id, t.a.surveyId);
  if (!survey) throw new Error('fixture survey missing');
  await t.store.updateSurvey({ ...survey, definition: { ...survey.definition, status } });
  t.app.services.catalog.surveysChanged();
}

describe('configuration warnings', () => {
  it('a correctly configured page prints nothing, answered or not', async () => {
    const koe = start();
    koe('ask', t.a.surveyId);
    await koe.ready;
    fireEvent.click(within(shown() as unknown as HTMLElement).getByRole('radio', { name: '9' }));
    await settle();
    expect(await t.store.countResponses(t.a.surveyId)).toBe(1);
    expect(lines).toEqual([]);
  });

  it.each([
    [
      'an unknown publishable key',
      () => start({ siteKey: 'pk_mistyped000' }),
      "koe:site-not-found — no site has the publishable key pk_mistyped000; copy data-site from the site's snippet (GET /v1/site gives its key)",
    ],
  ])('%s: one warning with the server’s words, however often the page asks', async (_, make, expected) => {
    // (A page origin the site does not allow is the browser tests' case: happy-dom,
    // like a browser, never lets a script set the Origin header.)
    const koe = make();
    koe('ask', t.a.surveyId);
    koe('ask', t.a.surveyId);
    await koe.ready;
    await settle();
    expect(shown()).toBeUndefined();
    expect(warnings()).toEqual([expected]);
  });

  it.each([
    ['draft', 'survey-not-active'],
    ['paused', 'survey-not-active'],
    ['archived', 'survey-not-active'],
  ] as const)('ask for a %s survey: koe:%s, once per page load', async (status, code) => {
    await setStatus(status);
    const koe = start();
    koe('ask', t.a.surveyId);
    koe('ask', t.a.surveyId);
    await koe.ready;
    expect(warnings()).toEqual([
      `koe:${code} — survey ${t.a.surveyId} is ${status}, and koe('ask') shows active surveys only; set its status to active`,
    ]);
  });

  it('ask for an id the site does not have: koe:survey-not-found, once per id', async () => {
    const koe = start();
    await koe.ready;
    koe('ask', 'srv_typo');
    koe('ask', 'srv_typo');
    koe('ask', t.b.surveyId); // another site's survey is not this site's
    expect(warnings()).toEqual([
      `koe:survey-not-found — site ${t.a.site.publishableKey} has no survey srv_typo; check the id given to koe('ask') (GET /v1/surveys lists them)`,
      `koe:survey-not-found — site ${t.a.site.publishableKey} has no survey ${t.b.surveyId}; check the id given to koe('ask') (GET /v1/surveys lists them)`,
    ]);
  });

  it('an answer the server can never take (the survey became a draft) is warned about once and not retried', async () => {
    const koe = start();
    koe('ask', t.a.surveyId);
    await koe.ready;
    await setStatus('draft');
    fireEvent.click(within(shown() as unknown as HTMLElement).getByRole('radio', { name: '3' }));
    await settle();
    expect(warnings()).toEqual([
      `koe:survey-not-active — survey ${t.a.surveyId} is draft and takes no answers; set its status to active`,
    ]);
    expect(JSON.parse(localStorage.getItem('koe:queue') ?? '[]')).toEqual([]);
  });

  it('delivery failing six times in a row: one warning naming the endpoint; offline visitors hear nothing', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    failPosts = true;
    const koe = start();
    koe('ask', t.a.surveyId);
    await koe.ready;
    fireEvent.click(within(shown() as unknown as HTMLElement).getByRole('radio', { name: '9' }));
    // Tries at 0 s and after 0.5–1, 1–2, 2–4, 4–8 s: five failures, nothing said yet.
    await vi.advanceTimersByTimeAsync(15_000);
    expect(JSON.parse(localStorage.getItem('koe:queue') ?? '[]')).toMatchObject([{ n: 5 }]);
    expect(warnings()).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(warnings()).toEqual([
      'koe:delivery-failing — answers to http://koe.test/v1/responses failed 6 times in a row (last: network error); they wait in this browser and are resent, but check that the koe server is up and that this page may reach it (data-host, CSP connect-src)',
    ]);
  });

  it('says nothing about failed posts while the browser is offline', async () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    failPosts = true;
    const koe = start();
    koe('ask', t.a.surveyId);
    await koe.ready;
    fireEvent.click(within(shown() as unknown as HTMLElement).getByRole('radio', { name: '9' }));
    await vi.advanceTimersByTimeAsync(600_000);
    expect(JSON.parse(localStorage.getItem('koe:queue') ?? '[]')[0].n).toBeGreaterThan(6);
    expect(warnings()).toEqual([]);
    online.mockRestore();
  });
});

describe('debug mode', () => {
  it("says why koe('ask') shows nothing: recontact until a date, opted out", async () => {
    const koe = start();
    koe('debug', true);
    koe('ask', t.a.surveyId);
    await koe.ready;
    fireEvent.keyDown(within(shown() as unknown as HTMLElement).getByRole('dialog'), {
      key: 'Escape',
    });
    koe('ask', t.a.surveyId);
    koe('optOut');
    koe('ask', t.a.surveyId);
    const dismissed = JSON.parse(localStorage.getItem('koe:seen') ?? '{}');
    expect(infos()).toEqual([
      `koe: ${t.a.surveyId} armed: koe('ask') only`,
      `koe: ${t.a.surveyId} ask: shown`,
      expect.stringMatching(
        new RegExp(`^koe: ${t.a.surveyId} ask: dismissed; recontact until \\d{4}-\\d\\d-\\d\\dT`),
      ),
      `koe: ${t.a.surveyId} ask: opted out (koe('optOut'))`,
    ]);
    expect(dismissed).toEqual({}); // opting out forgets the marks
    expect(warnings()).toEqual([]);
  });

  it('data-debug (the debug option) logs each trigger fired, each decision and each post', async () => {
    await t.store.createSurvey({
      id: 'srv_event',
      siteId: t.a.site.id,
      type: 'csat',
      definition: SurveyInputSchema.parse({
        name: 'srv_event',
        type: 'csat',
        status: 'active',
        question: { en: 'How was it?' },
        trigger: { on: 'event', event: 'checkout_done' },
      }),
      createdAt: 0,
      updatedAt: 0,
    });
    t.app.services.catalog.surveysChanged();
    const koe = start({ debug: true });
    await koe.ready;
    koe('track', 'checkout_done');
    await settle();
    fireEvent.click(within(shown() as unknown as HTMLElement).getByRole('radio', { name: '4' }));
    await settle();
    expect(infos()).toEqual([
      'koe: srv_event armed: event "checkout_done"',
      `koe: ${t.a.surveyId} armed: koe('ask') only`,
      'koe: srv_event event fired; shows now',
      'koe: srv_event trigger: shown',
      expect.stringMatching(/^koe: post [0-9a-f-]{36} 202$/),
    ]);
    expect(warnings()).toEqual([]);
  });

  it('turned on after the page loaded, tells what happened before', async () => {
    const koe = start();
    await koe.ready;
    koe('ask', t.a.surveyId);
    expect(lines).toEqual([]);
    koe('debug', true);
    expect(infos()).toEqual([
      `koe: ${t.a.surveyId} armed: koe('ask') only`,
      `koe: ${t.a.surveyId} ask: shown`,
    ]);
  });
});

describe("koe('reset')", () => {
  it('forgets this browser: the next ask shows again, and each warning is written again', async () => {
    const koe = start();
    koe('ask', t.a.surveyId);
    koe('ask', 'srv_typo');
    await koe.ready;
    fireEvent.click(within(shown() as unknown as HTMLElement).getByRole('radio', { name: '9' }));
    fireEvent.click(
      within(shown() as unknown as HTMLElement).getByRole('button', { name: 'Close' }),
    );
    await settle();
    koe('ask', t.a.surveyId);
    expect(shown()).toBeUndefined(); // answered: not again for the recontact days

    koe('reset');
    expect(['koe:seen', 'koe:queue', 'koe:out'].map((key) => localStorage.getItem(key))).toEqual([
      '{}',
      '[]',
      'false',
    ]);
    koe('ask', t.a.surveyId);
    expect(shown()).toBeDefined();
    koe('ask', 'srv_typo');
    expect(warnings()).toHaveLength(2);
  });
});

describe('koe-explain.js', () => {
  it('is not loaded by a correctly configured page; a problem adds it once, with the nonce', async () => {
    const happyDom = (window as unknown as { happyDOM: { settings: Record<string, unknown> } })
      .happyDOM;
    happyDom.settings.handleDisabledFileLoadingAsSuccess = true;
    try {
      const koe = start({ explain: undefined, nonce: 'n0nce' });
      koe('ask', t.a.surveyId);
      await koe.ready;
      const scripts = () => [...document.head.querySelectorAll('script')];
      expect(scripts()).toEqual([]);
      koe('ask', 'srv_typo');
      koe('ask', 'srv_other_typo');
      expect(scripts().map((s) => [s.src, s.nonce])).toEqual([
        ['http://koe.test/koe-explain.js', 'n0nce'],
      ]);
    } finally {
      happyDom.settings.handleDisabledFileLoadingAsSuccess = false;
      for (const script of document.head.querySelectorAll('script')) script.remove();
    }
  });
});
