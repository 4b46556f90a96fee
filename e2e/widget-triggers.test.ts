// Every kind of trigger (event, URL rule, click, delay, SPA route change,
// scroll depth, exit intent), end to end in Chromium: a customer's page on its own
// origin loads the snippet, the survey stays hidden until its trigger fires,
// the visitor answers (with the mouse in some rows, the keyboard in others),
// sees the follow-up of their bucket and the thanks, and the answer is one
// finished row in SQLite that GET /v1/surveys/{id}/metrics counts.
import { distributionOf, type SurveyInput, type SurveyType } from '@koe/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './browser';
import {
  type Answer,
  chooseScore,
  finishFollowUp,
  fixturePage,
  type Input,
  koeReady,
  newVisitor,
  SOON,
  startWidgetHost,
  type WidgetHost,
} from './widget-host';

interface Row {
  trigger: string;
  type: SurveyType;
  definition: Pick<SurveyInput, 'trigger' | 'csatDisplay'>;
  /** Where the visitor lands first; the survey must not show there yet. */
  start: string;
  body?: string;
  /** What the visitor (or the site's code) does that fires the trigger. */
  act: (page: Page, host: WidgetHost) => Promise<unknown>;
  by: Input;
  score: number;
  answer: Answer;
  followUp: string;
}

const ROWS: Row[] = [
  {
    trigger: "an event the site tracks (koe('track', …))",
    type: 'nps',
    definition: { trigger: { on: 'event', event: 'order-paid', urls: [], delaySeconds: 0 } },
    start: '/event',
    act: (page) =>
      page.evaluate(() =>
        (window as unknown as { koe: (...a: unknown[]) => void }).koe('track', 'order-paid', {
          total: 42,
        }),
      ),
    by: 'keyboard',
    score: 9,
    answer: { radio: '9', reasons: ['Speed'], comment: 'Paid in two taps' },
    followUp: 'What did you like?',
  },
  {
    trigger: 'a page view matching the URL rule',
    type: 'csat',
    definition: {
      csatDisplay: 'smiley',
      trigger: {
        on: 'pageview',
        urls: [{ match: 'startsWith', value: '/pricing', negate: false }],
        delaySeconds: 0,
      },
    },
    start: '/about',
    act: (page, host) => page.goto(`${host.hostUrl}/pricing?plan=pro`),
    by: 'mouse',
    score: 2,
    answer: { radio: '2', reasons: ['Price', 'Clarity'], comment: 'Hard to compare plans' },
    followUp: 'What went wrong?',
  },
  {
    trigger: 'a click on an element matching the selector',
    type: 'ces',
    definition: { trigger: { on: 'click', selector: '.buy-now', urls: [], delaySeconds: 0 } },
    start: '/click',
    body: '<p><button type="button" class="buy-now"><span>Buy now</span></button></p>',
    act: (page) => page.getByText('Buy now').click(),
    by: 'keyboard',
    score: 6,
    answer: { radio: '6', reasons: ['Speed'], comment: 'Easy enough' },
    followUp: 'What did you like?',
  },
  {
    trigger: 'a delay after the page view',
    type: 'nps',
    definition: {
      trigger: {
        on: 'pageview',
        urls: [{ match: 'exact', value: '/delay', negate: false }],
        delaySeconds: 2,
      },
    },
    start: '/delay',
    // Nothing to do: time passes.
    act: () => Promise.resolve(),
    by: 'mouse',
    score: 7,
    answer: { radio: '7', reasons: ['Price'], comment: 'Fine, a bit pricey' },
    followUp: 'What would make it a 10?',
  },
  {
    trigger: 'an SPA route change (history.pushState)',
    type: 'csat',
    definition: {
      csatDisplay: 'star',
      trigger: {
        on: 'pageview',
        urls: [{ match: 'exact', value: '/app/checkout/done', negate: false }],
        delaySeconds: 0,
      },
    },
    start: '/app/cart',
    act: (page) => page.evaluate(() => history.pushState({}, '', '/app/checkout/done')),
    by: 'keyboard',
    score: 5,
    answer: { radio: '5 Very satisfied', reasons: ['Clarity'], comment: 'Smooth' },
    followUp: 'What did you like?',
  },
  {
    trigger: 'scrolling past 60 % of the page',
    type: 'nps',
    definition: {
      trigger: {
        on: 'scroll',
        percent: 60,
        urls: [{ match: 'exact', value: '/scroll', negate: false }],
        delaySeconds: 0,
      },
    },
    start: '/scroll',
    body: '<p>Product details, reviews and delivery terms.</p>'.repeat(120),
    act: async (page) => {
      await page.mouse.move(200, 200);
      await page.mouse.wheel(0, 20_000);
    },
    by: 'mouse',
    score: 8,
    answer: { radio: '8', reasons: ['Price'], comment: 'Long page, good details' },
    followUp: 'What would make it a 10?',
  },
  {
    trigger: 'exit intent (the pointer leaves through the top edge)',
    type: 'ces',
    definition: {
      trigger: {
        on: 'exitIntent',
        urls: [{ match: 'exact', value: '/exit', negate: false }],
        delaySeconds: 0,
      },
    },
    start: '/exit',
    act: async (page) => {
      await page.mouse.move(300, 200);
      await page.mouse.move(300, -20, { steps: 5 });
    },
    by: 'keyboard',
    score: 5,
    answer: { radio: '5', reasons: ['Speed'], comment: 'Quick to leave' },
    followUp: 'What did you like?',
  },
];

/** Follow-ups for every bucket of every type, so each row sees its own bucket's question. */
const FOLLOW_UPS: Record<SurveyType, SurveyInput['followUp']> = {
  nps: {
    detractor: { question: { en: 'What went wrong?' }, reasons: [] },
    passive: {
      question: { en: 'What would make it a 10?' },
      reasons: [{ id: 'price', label: { en: 'Price' } }],
    },
    promoter: {
      question: { en: 'What did you like?' },
      reasons: [{ id: 'speed', label: { en: 'Speed' } }],
    },
  },
  csat: {
    dissatisfied: {
      question: { en: 'What went wrong?' },
      reasons: [
        { id: 'price', label: { en: 'Price' } },
        { id: 'clarity', label: { en: 'Clarity' } },
      ],
    },
    satisfied: {
      question: { en: 'What did you like?' },
      reasons: [{ id: 'clarity', label: { en: 'Clarity' } }],
    },
  },
  ces: {
    satisfied: {
      question: { en: 'What did you like?' },
      reasons: [{ id: 'speed', label: { en: 'Speed' } }],
    },
  },
};

const enabled = browserAvailable();
let host: WidgetHost;
const surveyIds = new Map<Row, string>();

beforeAll(async () => {
  if (!enabled) return;
  host = await startWidgetHost('triggers');
  for (const row of ROWS) {
    surveyIds.set(
      row,
      await host.createSurvey({
        name: row.trigger,
        type: row.type,
        status: 'active',
        question: { en: `Question for ${row.trigger}` },
        followUp: FOLLOW_UPS[row.type],
        ...row.definition,
      }),
    );
    // A page per row; a page view survey's URL rule keeps it off the other rows' pages.
    host.page(
      row.start,
      fixturePage(host.siteKey, host.koeUrl, { title: row.start, body: row.body }),
    );
  }
  host.page('/pricing', fixturePage(host.siteKey, host.koeUrl, { title: 'Pricing' }));
});

afterAll(async () => {
  await host?.close();
});

describe.skipIf(!enabled)('survey triggers in Chromium', () => {
  it.each(
    ROWS,
  )('$trigger: shows only when it fires, answered by $by, stored and counted', async (row) => {
    const surveyId = surveyIds.get(row) as string;
    const { page, errors } = await newVisitor(host.browser);
    await page.goto(`${host.hostUrl}${row.start}`);
    // When the survey shows, on the page's clock, through the widget's public 'show' event.
    await page.evaluate(() => {
      const w = window as unknown as { koe: (...a: unknown[]) => void; shownAt?: number };
      w.koe('on', 'show', () => {
        w.shownAt = performance.now();
      });
    });
    await koeReady(page);
    const dialog = page.getByRole('dialog');
    if (row.definition.trigger?.delaySeconds === 0) expect(await dialog.count()).toBe(0);

    await row.act(page, host);
    await dialog.waitFor();
    expect(await dialog.getByText(`Question for ${row.trigger}`).count()).toBe(1);
    if (row.definition.trigger?.delaySeconds) {
      // Its delay after the page view: the triggers are armed once the survey list has arrived.
      const waited = await page.evaluate(() => {
        const list = performance
          .getEntriesByType('resource')
          .find((e) => e.name.includes('/surveys')) as PerformanceResourceTiming;
        return (window as unknown as { shownAt: number }).shownAt - list.responseEnd;
      });
      const delay = row.definition.trigger.delaySeconds * 1000;
      expect(waited).toBeGreaterThanOrEqual(delay);
      expect(waited).toBeLessThan(delay + 3000);
    }

    await chooseScore(page, row.by, row.answer.radio);
    // The follow-up of the answer's bucket, not another bucket's.
    await dialog.getByText(row.followUp).waitFor();
    await finishFollowUp(page, row.by, row.answer);
    expect(await page.getByRole('status').textContent()).toBe('Thank you!');

    await expect
      .poll(() => host.rows('survey_id = ?', surveyId), SOON)
      .toEqual([
        {
          id: expect.any(String),
          survey_id: surveyId,
          score: row.score,
          finished: 1,
          reasons: JSON.stringify(row.answer.reasons.map((r) => r.toLowerCase())),
          comment: row.answer.comment,
          touchpoint: null,
        },
      ]);
    const metrics = await host.metrics(surveyId);
    expect(metrics.n).toBe(1);
    expect(metrics.distribution).toEqual(distributionOf(row.type, [row.score]));
    expect(errors).toEqual([]);
  });
});
