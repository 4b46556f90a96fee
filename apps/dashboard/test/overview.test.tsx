// The survey overview against the real API: the score card shows the API's
// numbers, the change is marked only when significant, visitor comments are
// text, and the comment filters narrow what is shown.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Metrics } from '../src/api/types';
import { App } from '../src/app';
import { i18nFor } from '../src/i18n/i18n';
import { browserTimeZone, presetRange, rangeInstants } from '../src/range';
import { formatInterval, formatScore } from '../src/score-format';
import { type Harness, harness } from './harness';

const DAY = 86_400_000;
const XSS = '<img src=x onerror="globalThis.__xss=1"><b>bold</b> & more';
let h: Harness;

beforeEach(async () => {
  sessionStorage.clear();
  h = await harness();
  await h.signInAs('viewer');
  history.replaceState(null, '', `/app/surveys/${h.a.surveyId}`);
});

afterEach(async () => {
  cleanup();
  await h.cleanup();
});

async function metricsFromApi(query: string): Promise<Metrics> {
  return h.api<Metrics>(`/v1/surveys/${h.a.surveyId}/metrics?${query}`);
}

function last30Query(extra = '') {
  const tz = browserTimeZone();
  const { from, to } = rangeInstants(presetRange('last30', h.now(), tz));
  return `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}&tz=${tz}${extra}`;
}

describe('survey overview', () => {
  it('shows the score, interval and n the API gives for the last 30 days', async () => {
    const now = h.now();
    await h.answer(now - 2 * DAY, [{ score: 10 }, { score: 9 }, { score: 7 }, { score: 3 }]);
    await h.answer(now - 40 * DAY, [{ score: 1 }]); // before the range: not counted
    render(<App fetch={h.fetch} now={h.now} />);

    const api = await metricsFromApi(last30Query());
    expect(api.n).toBe(4);
    const en = i18nFor('en');
    const score = await screen.findByTestId('score');
    expect(score.textContent).toBe(formatScore(en, 'nps', api.score));
    expect(score.textContent).toBe('25.0');
    expect(screen.getByTestId('n').textContent).toBe('4');
    const card = score.closest('section') as HTMLElement;
    expect(within(card).getByText(formatInterval(en, 'nps', api.ci95))).toBeTruthy();
    // Four answers: the API flags the estimate and the card says so.
    expect(api.lowN).toBe(true);
    expect(within(card).getByText(en.t('lowN'))).toBeTruthy();
    // 0–10 distribution: one bar per scale point.
    const bars = document.querySelectorAll('.distribution li');
    expect(bars).toHaveLength(11);
    expect(bars[10]?.className).toBe('bucket-promoter');
    expect(bars[3]?.className).toBe('bucket-detractor');
  });

  it('marks the change as significant when p < 0.05, and only then', async () => {
    const now = h.now();
    const scores = (many: number, few: number) =>
      Array.from({ length: 20 }, (_, i) => ({ score: i < 15 ? many : few }));
    await h.answer(now - 45 * DAY, scores(2, 9));
    await h.answer(now - 3 * DAY, scores(10, 3));
    render(<App fetch={h.fetch} now={h.now} />);
    const api = await metricsFromApi(last30Query('&compare=previous'));
    expect(api.previous?.p).toBeLessThan(0.05);
    expect(await screen.findByText('significant (p < 0.05)')).toBeTruthy();
    expect(screen.getByText('+100.0')).toBeTruthy();
    // Twenty answers: enough for the interval, so no low-n badge on the card.
    expect(api.lowN).toBe(false);
    const card = screen.getByTestId('score').closest('section') as HTMLElement;
    expect(within(card).queryByText('low n')).toBeNull();
  });

  it('shows a change inside the noise without the significance marker', async () => {
    const now = h.now();
    await h.answer(now - 45 * DAY, [{ score: 10 }, { score: 3 }, { score: 8 }]);
    await h.answer(now - 3 * DAY, [{ score: 10 }, { score: 3 }, { score: 9 }]);
    render(<App fetch={h.fetch} now={h.now} />);
    const api = await metricsFromApi(last30Query('&compare=previous'));
    expect(api.previous?.p).toBeGreaterThanOrEqual(0.05);
    await screen.findByTestId('score');
    await waitFor(() => expect(screen.getByText('+33.3')).toBeTruthy());
    expect(screen.queryByText('significant (p < 0.05)')).toBeNull();
    expect(document.querySelector('.delta.significant')).toBeNull();
  });

  it('renders a stored HTML payload in a comment as text and runs nothing', async () => {
    await h.answer(h.now() - DAY, [
      { score: 2, comment: XSS, reasons: ['price'], touchpoint: '<i>checkout</i>' },
    ]);
    render(<App fetch={h.fetch} now={h.now} />);
    const comment = await screen.findByText(XSS);
    const item = comment.closest('li') as HTMLElement;
    expect(item.querySelector('img, b, i')).toBeNull();
    expect(within(item).getByText('<i>checkout</i>')).toBeTruthy();
    // The reason's id is shown by its label from the survey.
    expect(within(item).getByText('Price')).toBeTruthy();
    expect((globalThis as { __xss?: number }).__xss).toBeUndefined();
  });

  it('searches every comment on the server and filters by bucket, as chips in the URL', async () => {
    const now = h.now();
    await h.answer(now - 5 * DAY, [{ score: 1, comment: 'Parcel arrived broken' }]);
    await h.answer(now - 3 * DAY, [{ score: 10, comment: 'Lovely staff' }]);
    await h.answer(now - DAY, [{ score: 9, comment: 'Fast parcel delivery' }]);
    await h.answer(now - DAY, [{ score: 8 }]); // says nothing: not listed
    render(<App fetch={h.fetch} now={h.now} />);

    await screen.findByText('Parcel arrived broken');
    const texts = () => [...document.querySelectorAll('.comment-text')].map((p) => p.textContent);
    expect(texts()).toEqual(['Fast parcel delivery', 'Lovely staff', 'Parcel arrived broken']);

    fireEvent.input(screen.getByLabelText('Search comments'), { target: { value: 'PARCEL' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(texts()).toEqual(['Fast parcel delivery', 'Parcel arrived broken']));
    expect(new URLSearchParams(location.search).get('q')).toBe('PARCEL');
    // The whole overview follows: the score card counts the two matching answers.
    await waitFor(() => expect(screen.getByTestId('n').textContent).toBe('2'));
    // The searched text is marked, as text.
    expect([...document.querySelectorAll('.comment-text mark')].map((m) => m.textContent)).toEqual([
      'parcel',
      'Parcel',
    ]);

    fireEvent.change(screen.getByLabelText('Bucket'), { target: { value: 'detractor' } });
    await waitFor(() => expect(texts()).toEqual(['Parcel arrived broken']));
    expect(new URLSearchParams(location.search).getAll('bucket')).toEqual(['detractor']);

    // Removing the search chip keeps the bucket.
    fireEvent.click(screen.getByRole('button', { name: /Remove filter: Comment contains PARCEL/ }));
    await waitFor(() => expect(new URLSearchParams(location.search).get('q')).toBeNull());
    await waitFor(() => expect(texts()).toEqual(['Parcel arrived broken']));
  });

  it('ranks segments by how much they pull the overall score down', async () => {
    const now = h.now();
    await h.answer(now - DAY, [
      ...Array.from({ length: 6 }, () => ({ score: 10, touchpoint: 'checkout' })),
      ...Array.from({ length: 3 }, () => ({ score: 2, touchpoint: 'support' })),
      { score: 9, touchpoint: 'sign-up' },
    ]);
    render(<App fetch={h.fetch} now={h.now} />);
    await waitFor(() =>
      expect(document.querySelectorAll('table.segments tbody tr')).toHaveLength(3),
    );
    const keys = [...document.querySelectorAll('table.segments tbody th')].map(
      (th) => th.textContent,
    );
    expect(keys).toEqual(['support', 'sign-up', 'checkout']);
  });

  it('applies a custom date range: the score and the trend cover just those days', async () => {
    const now = h.now(); // 2026-11-01T12:00Z
    await h.answer(Date.UTC(2026, 9, 20, 12), [{ score: 10 }, { score: 10 }]);
    await h.answer(Date.UTC(2026, 9, 25, 12), [{ score: 0 }]);
    expect(now).toBe(Date.UTC(2026, 10, 1, 12));
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByTestId('score');
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'UTC' } });
    fireEvent.change(screen.getByLabelText('Date range'), { target: { value: 'custom' } });
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2026-10-19' } });
    fireEvent.input(screen.getByLabelText('To'), { target: { value: '2026-10-21' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(screen.getByTestId('n').textContent).toBe('2'));
    expect(screen.getByTestId('score').textContent).toBe('100.0');
    expect(document.querySelectorAll('.trend-table tbody tr')).toHaveLength(3);
    expect(document.querySelector('figure.chart')?.getAttribute('data-points')).toBe('3');

    // The period is in the URL: the same link, opened again, shows the same numbers.
    const params = new URLSearchParams(location.search);
    expect(Object.fromEntries(params)).toEqual({
      range: 'custom',
      from: '2026-10-19',
      to: '2026-10-21',
      interval: 'day',
      tz: 'UTC',
    });
    cleanup();
    render(<App fetch={h.fetch} now={h.now} />);
    await waitFor(() => expect(screen.getByTestId('n').textContent).toBe('2'));
    expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe('2026-10-19');
  });

  it('opens an old fragment link (#/surveys/…) at its path', async () => {
    history.replaceState(null, '', `/app#/surveys/${h.a.surveyId}`);
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByRole('heading', { name: 'Checkout NPS' });
    expect(location.pathname).toBe(`/app/surveys/${h.a.surveyId}`);
    expect(location.hash).toBe('');
  });
});
