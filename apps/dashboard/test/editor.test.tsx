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
  h = await harness();
  // Writing needs a write-scope key.
  sessionStorage.setItem('koe-dashboard:secret-key', h.a.writeKey);
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

  it('marks a draft the schema refuses and sends nothing', async () => {
    history.replaceState(null, '', `/app/surveys/${h.a.surveyId}/edit`);
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByRole('heading', { name: 'Edit survey' });
    input('Question en', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('question');
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
