// The survey editor against the real API: a new survey is created from the
// form, an existing one is changed with PATCH, and a draft the schema
// refuses is marked and not sent.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Survey } from '../src/api/types';
import { App } from '../src/app';
import { snippetFor } from '../src/views/install/snippet-box';
import { type Harness, harness } from './harness';

let h: Harness;

beforeEach(async () => {
  sessionStorage.clear();
  // The language chosen in one test is remembered; each starts in English.
  localStorage.clear();
  h = await harness();
  // Writing surveys needs the editor role or more.
  await h.signInAs('admin');
});

afterEach(async () => {
  cleanup();
  await h.cleanup();
});

const input = (label: string, value: string, within_: HTMLElement = document.body) =>
  fireEvent.input(within(within_).getByLabelText(label), { target: { value } });

describe('survey editor', () => {
  it('creates a survey with a follow-up and reason chips', async () => {
    history.replaceState(null, '', '/app/surveys/new');
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByRole('heading', { name: 'New survey' });

    input('Name', 'Support CSAT');
    fireEvent.change(screen.getByLabelText('Type'), { target: { value: 'csat' } });
    input('Question en', 'How did we do?');
    const dissatisfied = screen.getByRole('group', { name: 'Follow-up for Dissatisfied' });
    fireEvent.click(within(dissatisfied).getByLabelText('Ask a follow-up'));
    input('Follow-up question en', 'What went wrong?', dissatisfied);
    fireEvent.click(within(dissatisfied).getByRole('button', { name: 'Add reason' }));
    input('Id 1', 'slow', dissatisfied);
    input('Label 1 en', 'Too slow', dissatisfied);
    fireEvent.change(screen.getByLabelText('Show on'), { target: { value: 'event' } });
    input('Event name', 'chat_closed');
    fireEvent.click(screen.getByRole('button', { name: 'Add page rule' }));
    fireEvent.change(screen.getByLabelText('Match 1'), { target: { value: 'startsWith' } });
    input('URL text or pattern 1', '/help');
    input('Sample rate (%)', '25');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(location.pathname).toMatch(/^\/app\/surveys\/srv_[^/]+\/edit$/));
    const id = location.pathname.split('/')[3] as string;
    const saved = await h.api<Survey>(`/v1/surveys/${id}`);
    expect(saved).toMatchObject({
      name: 'Support CSAT',
      type: 'csat',
      question: { en: 'How did we do?' },
      followUp: {
        dissatisfied: {
          question: { en: 'What went wrong?' },
          reasons: [{ id: 'slow', label: { en: 'Too slow' } }],
          comment: 'optional',
        },
      },
      trigger: {
        on: 'event',
        event: 'chat_closed',
        urls: [{ match: 'startsWith', value: '/help', negate: false }],
      },
      sampleRate: 0.25,
    });
  });

  it('adds a language to an existing survey and saves it with PATCH', async () => {
    history.replaceState(null, '', `/app/surveys/${h.a.surveyId}/edit`);
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByRole('heading', { name: 'Edit survey' });
    // The type of a survey with answers cannot change.
    expect((screen.getByLabelText('Type') as HTMLSelectElement).disabled).toBe(true);

    input('Add locale', 'ja');
    fireEvent.click(screen.getByRole('button', { name: 'Add locale' }));
    input('Question ja', 'おすすめしますか？');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();

    const saved = await h.api<Survey>(`/v1/surveys/${h.a.surveyId}`);
    expect(saved.question).toEqual({
      en: 'How likely are you to recommend us?',
      ja: 'おすすめしますか？',
    });
    expect(Object.keys(saved.followUp)).toEqual(['detractor', 'promoter']);
  });

  it('sets the theme mode, font and how long the thanks stay, offering the widget languages', async () => {
    history.replaceState(null, '', `/app/surveys/${h.a.surveyId}/edit`);
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByRole('heading', { name: 'Edit survey' });
    // The languages the widget speaks are offered (those not yet in the survey).
    const offered = [...document.querySelectorAll('#widget-languages option')].map(
      (option) => (option as HTMLOptionElement).value,
    );
    expect(offered).toEqual(expect.arrayContaining(['ja', 'zh-Hant', 'ar', 'he', 'pt-BR']));
    expect(offered).not.toContain('en');

    fireEvent.change(screen.getByLabelText('Light or dark'), { target: { value: 'dark' } });
    fireEvent.change(screen.getByLabelText('Font'), { target: { value: 'inherit' } });
    input('Close thanks after (s, 0 = stay)', '0');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    const saved = await h.api<Survey>(`/v1/surveys/${h.a.surveyId}`);
    expect(saved.theme).toMatchObject({ mode: 'dark', font: 'inherit' });
    expect(saved.thanksSeconds).toBe(0);
  });

  it('marks a draft the schema refuses and sends nothing', async () => {
    history.replaceState(null, '', `/app/surveys/${h.a.surveyId}/edit`);
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByRole('heading', { name: 'Edit survey' });
    input('Question en', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Question (English) is empty']);
    expect(screen.getByLabelText('Question en').getAttribute('aria-invalid')).toBe('true');
    const stored = await h.api<Survey>(`/v1/surveys/${h.a.surveyId}`);
    expect(stored.question.en).toBe('How likely are you to recommend us?');
  });

  it('removes a saved thank-you text that is emptied, and changes one that is edited', async () => {
    await h.app.request(`/v1/surveys/${h.a.surveyId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${h.a.writeKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ thanks: { en: 'Thanks!' } }),
    });
    history.replaceState(null, '', `/app/surveys/${h.a.surveyId}/edit`);
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByRole('heading', { name: 'Edit survey' });
    input('Thank-you text en', 'Thank you so much!');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((await h.api<Survey>(`/v1/surveys/${h.a.surveyId}`)).thanks).toEqual({
      en: 'Thank you so much!',
    });
    cleanup();
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByRole('heading', { name: 'Edit survey' });
    input('Thank-you text en', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved.')).toBeTruthy();
    expect((await h.api<Survey>(`/v1/surveys/${h.a.surveyId}`)).thanks).toBeUndefined();
  });

  it('says what is wrong in the form’s words, in English and Japanese, once a field is touched', async () => {
    history.replaceState(null, '', `/app/surveys/${h.a.surveyId}/edit`);
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByRole('heading', { name: 'Edit survey' });
    const detractor = screen.getByRole('group', { name: 'Follow-up for Detractor' });
    // Nothing is marked before anything changed.
    expect(document.querySelector('[aria-invalid="true"]')).toBeNull();
    input('Label 1 en', '', detractor);
    expect(
      within(detractor).getByText('Detractor follow-up: Reason 1 label (English) is empty'),
    ).toBeTruthy();
    input('Id 2', 'price', detractor);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    // The list of what to fix is brought into view.
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Detractor follow-up: Reason 1 label (English) is empty',
      'Detractor follow-up: Reason 2 id is used twice',
    ]);

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ja' } });
    await waitFor(() =>
      expect(
        within(screen.getByRole('alert'))
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual([
        '批判者のフォローアップ：理由 1 のラベル（英語）が空です',
        '批判者のフォローアップ：理由 2 の IDが重複しています',
      ]),
    );
    const stored = await h.api<Survey>(`/v1/surveys/${h.a.surveyId}`);
    expect(stored.followUp.detractor?.reasons[0]?.label).toEqual({ en: 'Price' });
  });

  it('publishes a draft in one click, and keeps Save in view while there are unsaved changes', async () => {
    await h.app.request(`/v1/surveys/${h.a.surveyId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${h.a.writeKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'draft' }),
    });
    history.replaceState(null, '', `/app/surveys/${h.a.surveyId}/edit`);
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByText('Visitors do not see it yet.');
    const saveRow = () => screen.getByRole('button', { name: 'Save' }).parentElement as HTMLElement;
    expect(saveRow().classList.contains('dirty')).toBe(false);
    input('Name', 'Checkout NPS (v2)');
    expect(saveRow().classList.contains('dirty')).toBe(true);
    expect(within(saveRow()).getByRole('status').textContent).toBe('Unsaved changes');

    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await screen.findByText('Shown to visitors when its trigger fires.');
    expect(saveRow().classList.contains('dirty')).toBe(false);
    expect(await h.api<Survey>(`/v1/surveys/${h.a.surveyId}`)).toMatchObject({
      name: 'Checkout NPS (v2)',
      status: 'active',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await screen.findByText('Not shown for now; its answers are kept.');
    expect((await h.api<Survey>(`/v1/surveys/${h.a.surveyId}`)).status).toBe('paused');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('for a viewer: says the role may not change surveys, and offers no form', async () => {
    cleanup();
    await h.signInAs('viewer');
    history.replaceState(null, '', `/app/surveys/${h.a.surveyId}/edit`);
    render(<App fetch={h.fetch} now={h.now} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Your role may not change surveys. An owner can give you the editor role.',
    );
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  it('shows the snippet for this survey', async () => {
    history.replaceState(null, '', `/app/surveys/${h.a.surveyId}/edit`);
    render(<App fetch={h.fetch} now={h.now} />);
    const snippet = (await screen.findByRole('textbox', {
      name: 'Snippet',
    })) as HTMLTextAreaElement;
    // With the site's own publishable key, once GET /v1/site has answered.
    await waitFor(() =>
      expect(snippet.value).toBe(
        snippetFor(location.origin, h.a.surveyId, h.a.site.publishableKey),
      ),
    );
    expect(snippet.value).toContain(`koe('ask', '${h.a.surveyId}'`);
  });
});
