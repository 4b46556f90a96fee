// A whole koe instance in a page (happy-dom) talking to the real koe server
// (in-process, on a real SQLite file): the command queue, ask, answering with
// a partial then a finished post under one id, events, GPC, opt-out, triggers.
import { SurveyInputSchema } from '@koe/core';
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTestApp, type TestApp } from '../../../apps/server/test/fixtures';
import { explainNotes } from '../src/explain';
import { createKoe } from '../src/koe';
import { resetNotes } from '../src/notes';

let t: TestApp;
const network: typeof fetch = async (input, init) =>
  t.app.request(String(input), init as RequestInit);

beforeEach(async () => {
  t = await makeTestApp();
  localStorage.clear();
  resetNotes();
  document.body.innerHTML = '<button id="buy">Buy</button>';
  // The host element goes after <body> (mount.ts).
  for (const element of document.querySelectorAll('koe-survey')) element.remove();
  history.replaceState(null, '', '/');
});
afterEach(async () => {
  vi.useRealTimers();
  await t.cleanup();
});

async function addSurvey(id: string, input: Record<string, unknown>) {
  const definition = SurveyInputSchema.parse({
    name: id,
    type: 'csat',
    status: 'active',
    question: { en: `${id}?` },
    ...input,
  });
  await t.store.createSurvey({
    id,
    siteId: t.a.site.id,
    type: definition.type,
    definition,
    createdAt: 0,
    updatedAt: 0,
  });
  t.app.services.catalog.surveysChanged();
}

const start = () =>
  createKoe({
    siteKey: t.a.site.publishableKey,
    host: 'http://koe.test',
    fetch: network,
    explain: explainNotes,
  });
const shown = () => document.querySelector('koe-survey')?.shadowRoot as ShadowRoot | undefined;
const ui = () => within(shown() as unknown as HTMLElement);
/** Lets the widget's posts reach the server and commit. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('koe in a page', () => {
  it('ask (called before loading) shows the survey; answers post a partial then the finished response under one id', async () => {
    const koe = start();
    const events: string[] = [];
    koe('on', 'show', () => events.push('show'));
    koe('on', 'submit', (d: { score: number }) => events.push(`submit ${d.score}`));
    koe('ask', t.a.surveyId, { touchpoint: 'checkout', attributes: { plan: 'pro' } });
    await koe.ready;
    expect(shown()).toBeDefined();

    fireEvent.click(ui().getByRole('radio', { name: '2' }));
    await settle();
    const [partial] = t.store.sqlite.prepare('SELECT * FROM responses').all() as Array<
      Record<string, unknown>
    >;
    expect(partial).toMatchObject({
      score: 2,
      finished: 0,
      touchpoint: 'checkout',
      attributes: '{"plan":"pro"}',
    });

    fireEvent.click(ui().getByRole('button', { name: 'Price' }));
    fireEvent.input(ui().getByRole('textbox'), { target: { value: 'Too expensive' } });
    fireEvent.click(ui().getByRole('button', { name: 'Send' }));
    await settle();
    const rows = t.store.sqlite.prepare('SELECT * FROM responses').all() as Array<
      Record<string, unknown>
    >;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: partial?.id,
      score: 2,
      finished: 1,
      reasons: '["price"]',
      comment: 'Too expensive',
    });
    expect(String(rows[0]?.id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(events).toEqual(['show', 'submit 2']);
    expect(ui().getByRole('status').textContent).toBe('Thank you!');
  });

  it('does not ask the same browser again after an answer or a dismissal', async () => {
    const koe = start();
    koe('ask', t.a.surveyId);
    await koe.ready;
    fireEvent.keyDown(ui().getByRole('dialog'), { key: 'Escape' });
    expect(shown()).toBeUndefined();
    koe('ask', t.a.surveyId);
    expect(shown()).toBeUndefined();
  });

  it('Global Privacy Control: no user id or attributes leave the browser', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const koe = start();
      koe('identify', 'user-42', { plan: 'pro' });
      koe('ask', t.a.surveyId, { attributes: { cart: 3 } });
      await koe.ready;
      fireEvent.click(ui().getByRole('radio', { name: '8' }));
      await settle();
      const [row] = t.store.sqlite
        .prepare('SELECT user_id, attributes FROM responses')
        .all() as Array<Record<string, unknown>>;
      expect(row).toEqual({ user_id: null, attributes: '{}' });
    } finally {
      Object.defineProperty(navigator, 'globalPrivacyControl', {
        value: undefined,
        configurable: true,
      });
    }
  });

  it('optOut: nothing is shown, now or on later page loads', async () => {
    const koe = start();
    koe('optOut');
    koe('ask', t.a.surveyId);
    await koe.ready;
    expect(shown()).toBeUndefined();
    const later = start();
    later('ask', t.a.surveyId);
    await later.ready;
    expect(shown()).toBeUndefined();
  });

  it('unknown commands and bad arguments never throw into the page', async () => {
    const koe = start();
    await koe.ready;
    expect(() => koe('nonsense', 1, 2)).not.toThrow();
    expect(() => koe('ask')).not.toThrow();
    expect(() => koe('on', 'show', 'not a function')).not.toThrow();
    expect(() => koe()).not.toThrow();
  });
});

describe('triggers', () => {
  it('a custom event shows its survey', async () => {
    await addSurvey('srv_event', { trigger: { on: 'event', event: 'checkout_done' } });
    const koe = start();
    await koe.ready;
    koe('track', 'something_else');
    await settle();
    expect(shown()).toBeUndefined();
    koe('track', 'checkout_done');
    await settle();
    expect(ui().getByText('srv_event?')).toBeTruthy();
  });

  it('a page-view rule fires on an SPA route change; a delayed survey is cancelled when the rules stop matching', async () => {
    await addSurvey('srv_route', {
      trigger: {
        on: 'pageview',
        urls: [{ match: 'startsWith', value: '/thanks' }],
        delaySeconds: 2,
      },
    });
    const koe = start();
    await koe.ready;
    vi.useFakeTimers();
    history.pushState(null, '', '/thanks/order-1');
    await vi.advanceTimersByTimeAsync(1000);
    history.pushState(null, '', '/shop');
    await vi.advanceTimersByTimeAsync(3000);
    expect(shown()).toBeUndefined();
    history.pushState(null, '', '/thanks/order-2');
    await vi.advanceTimersByTimeAsync(2100);
    expect(ui().getByText('srv_route?')).toBeTruthy();
  });

  it('a click on a matching element shows its survey', async () => {
    await addSurvey('srv_click', { trigger: { on: 'click', selector: '#buy' } });
    const koe = start();
    await koe.ready;
    fireEvent.click(document.body);
    await settle();
    expect(shown()).toBeUndefined();
    fireEvent.click(document.getElementById('buy') as HTMLElement);
    await settle();
    expect(ui().getByText('srv_click?')).toBeTruthy();
  });

  it('scroll depth shows its survey once the page is scrolled far enough', async () => {
    await addSurvey('srv_scroll', { trigger: { on: 'scroll', percent: 50 } });
    const root = document.documentElement;
    Object.defineProperty(root, 'scrollHeight', { value: 2000, configurable: true });
    Object.defineProperty(root, 'clientHeight', { value: 1000, configurable: true });
    const koe = start();
    await koe.ready;
    root.scrollTop = 200;
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(shown()).toBeUndefined();
    root.scrollTop = 600;
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(ui().getByText('srv_scroll?')).toBeTruthy();
  });

  it('exit intent (desktop): the pointer leaving through the top edge', async () => {
    await addSurvey('srv_exit', { trigger: { on: 'exitIntent' } });
    const matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: query === '(pointer: fine)',
    })) as typeof window.matchMedia;
    try {
      const koe = start();
      await koe.ready;
      document.dispatchEvent(new MouseEvent('mouseout', { clientY: 300, bubbles: true }));
      await settle();
      expect(shown()).toBeUndefined();
      document.dispatchEvent(new MouseEvent('mouseout', { clientY: 0, bubbles: true }));
      await settle();
      expect(ui().getByText('srv_exit?')).toBeTruthy();
    } finally {
      window.matchMedia = matchMedia;
    }
  });
});
