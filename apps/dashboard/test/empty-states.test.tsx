// What a new user sees before there is anything to show, against the real
// API: a site without surveys says how to make one; a survey without answers
// shows the snippet to paste and the install check instead of empty charts,
// and says when it is not published yet.
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSite } from '../../server/src/admin';
import { App } from '../src/app';
import { snippetFor } from '../src/views/install/snippet-box';
import { type Harness, harness, type MemberRole } from './harness';

let h: Harness;

beforeEach(async () => {
  sessionStorage.clear();
  localStorage.clear();
  h = await harness();
});

afterEach(async () => {
  cleanup();
  await h.cleanup();
});

/** Signed in as a member of site A's organization, on `siteId` (A unless said). */
async function open(path: string, role: MemberRole, siteId?: string) {
  await h.signInAs(role);
  if (siteId) localStorage.setItem('koe-dashboard:site', siteId);
  history.replaceState(null, '', path);
  render(<App fetch={h.fetch} now={h.now} />);
}

describe('empty states', () => {
  it('a site without surveys: what a survey is, and a link to create one', async () => {
    const { site } = await createSite(h.store, h.clock, {
      name: 'New shop',
      origins: ['http://localhost:3000'],
      organizationId: 'org_a',
    });
    await open('/app', 'editor', site.id);
    const empty = await screen.findByRole('region', { name: 'No surveys yet — create one' });
    expect(within(empty).getByRole('link', { name: 'Create a survey' }).getAttribute('href')).toBe(
      '/app/surveys/new',
    );
    expect(within(empty).getByRole('link', { name: 'Settings' }).getAttribute('href')).toBe(
      '/app/settings',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('a survey without answers: the snippet for it and the install check', async () => {
    await h.widgetSeen('https://shop-a.example', true, h.now() - 5 * 60_000);
    await open(`/app/surveys/${h.a.surveyId}`, 'viewer');
    const guide = await screen.findByRole('region', { name: 'Waiting for the first answer' });
    const snippet = within(guide).getByRole('textbox', { name: 'Snippet' }) as HTMLTextAreaElement;
    await waitFor(() =>
      expect(snippet.value).toBe(
        snippetFor(location.origin, h.a.surveyId, h.a.site.publishableKey),
      ),
    );
    const installs = within(guide).getByRole('region', { name: 'Install check' });
    await waitFor(() =>
      expect(within(installs).getByText(/^Seen on/).textContent).toBe(
        'Seen on https://shop-a.example 5 minutes ago',
      ),
    );
    // The survey is active: nothing to publish.
    expect(within(guide).queryByRole('link', { name: 'Publish it in the editor' })).toBeNull();
  });

  it('says a draft is not shown to visitors, with the way to publish it', async () => {
    await h.app.request(`/v1/surveys/${h.a.surveyId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${h.a.writeKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'draft' }),
    });
    await open(`/app/surveys/${h.a.surveyId}`, 'editor');
    const guide = await screen.findByRole('region', { name: 'Waiting for the first answer' });
    expect(
      within(guide).getByRole('link', { name: 'Publish it in the editor' }).getAttribute('href'),
    ).toBe(`/app/surveys/${h.a.surveyId}/edit`);
  });

  it('is gone once the first answer has arrived', async () => {
    await h.answer(h.now() - 60_000, [{ score: 9 }]);
    await open(`/app/surveys/${h.a.surveyId}`, 'viewer');
    await screen.findByTestId('score');
    expect(screen.queryByRole('region', { name: 'Waiting for the first answer' })).toBeNull();
  });
});
