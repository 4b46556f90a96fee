// The overview's why: reasons ranked by impact, terms that set buckets apart,
// who is at risk, and every one of them a filter — against the real API.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../src/app';
import { type Harness, harness } from './harness';

const DAY = 86_400_000;
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

const repeat = <T,>(count: number, make: () => T) => Array.from({ length: count }, make);

async function seed() {
  const now = h.now();
  await h.answer(now - 2 * DAY, [
    ...repeat(8, () => ({
      score: 2,
      reasons: ['delivery'],
      comment: 'Slow delivery, box damaged',
      touchpoint: 'checkout',
    })),
    ...repeat(4, () => ({ score: 3, reasons: ['price'], comment: 'Too expensive' })),
    ...repeat(12, () => ({ score: 10, comment: 'Friendly staff', touchpoint: 'support' })),
  ]);
}

describe('drill-down', () => {
  it('ranks reasons by impact; a click narrows the overview and lives in the URL', async () => {
    await seed();
    render(<App fetch={h.fetch} now={h.now} />);
    const why = await screen.findByRole('region', { name: 'Why' });
    await waitFor(() => expect(within(why).getAllByRole('listitem')).toHaveLength(2));
    const names = within(why)
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(names).toEqual(['Delivery', 'Price']);
    await waitFor(() => expect(screen.getByTestId('n').textContent).toBe('24'));

    fireEvent.click(within(why).getByRole('button', { name: 'Delivery' }));
    await waitFor(() =>
      expect(new URLSearchParams(location.search).getAll('reason')).toEqual(['delivery']),
    );
    await waitFor(() => expect(screen.getByTestId('n').textContent).toBe('8'));
    expect(screen.getByRole('region', { name: 'Filters' }).textContent).toContain(
      'Reason: Delivery',
    );
    // Back undoes the click.
    history.back();
    await waitFor(() => expect(screen.getByTestId('n').textContent).toBe('24'));
  });

  it('shows what each bucket says; a term searches the comments and marks them', async () => {
    await seed();
    render(<App fetch={h.fetch} now={h.now} />);
    const themes = await screen.findByRole('region', { name: 'What people say' });
    const slow = await within(themes).findByRole('button', { name: 'slow' });
    expect(within(themes).getByRole('button', { name: 'friendly' })).toBeTruthy();
    fireEvent.click(slow);
    await waitFor(() => expect(new URLSearchParams(location.search).get('q')).toBe('slow'));
    await waitFor(() => expect(screen.getByTestId('n').textContent).toBe('8'));
    await waitFor(() =>
      expect(document.querySelectorAll('.comment-text mark').length).toBeGreaterThan(0),
    );
  });

  it('a segment is a filter too', async () => {
    await seed();
    render(<App fetch={h.fetch} now={h.now} />);
    const segments = await screen.findByRole('region', { name: 'Segments' });
    fireEvent.click(await within(segments).findByRole('button', { name: 'checkout' }));
    await waitFor(() =>
      expect(new URLSearchParams(location.search).getAll('touchpoint')).toEqual(['checkout']),
    );
    await waitFor(() => expect(screen.getByTestId('n').textContent).toBe('8'));
  });

  it('lists who is at risk by the stated rules', async () => {
    const now = h.now();
    await h.answer(now - 3 * DAY, [{ score: 10, userId: 'cust-1' }]);
    await h.answer(now - DAY, [
      { score: 7, userId: 'cust-1', comment: 'Not like before' },
      { score: 1, userId: 'cust-2' },
      { score: 0 },
    ]);
    render(<App fetch={h.fetch} now={h.now} />);
    const atRisk = await screen.findByRole('region', { name: 'At risk' });
    await waitFor(() => expect(within(atRisk).getAllByRole('row')).toHaveLength(3));
    expect(atRisk.textContent).toContain('cust-1');
    expect(atRisk.textContent).toContain('Fell by 3+');
    expect(atRisk.textContent).toContain('Not like before');
    expect(atRisk.textContent).toContain('cust-2');
  });
});
