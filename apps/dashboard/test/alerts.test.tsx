// Alerts and digests against the real API: an editor adds a keyword rule
// (and sees the API's issues under their fields), a rule that fires says
// since when and in which segment, shows its alerts on demand, pauses,
// resumes and is deleted after a question; digests are added and deleted,
// and a server that sends no email is refused in words; a viewer reads
// everything and is offered no change.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Inbox, startInbox } from '../../server/test/smtp-inbox';
import type { AlertRule, Digest } from '../src/api/types';
import { App } from '../src/app';
import { type Harness, harness } from './harness';

let h: Harness;
let inbox: Inbox | undefined;

afterEach(async () => {
  cleanup();
  await h.cleanup();
  await inbox?.close();
  inbox = undefined;
});

/** The page, once the site's surveys are in and its sections are shown. */
async function openAlerts() {
  history.replaceState(null, '', '/app/alerts');
  render(<App fetch={h.fetch} now={h.now} />);
  await screen.findByRole('heading', { name: 'Alerts and digests', level: 1 });
  await screen.findByRole('region', { name: 'Alert rules' });
}

const section = (name: string) => screen.getByRole('region', { name });

/** POST with site A's write key, as an integration would. */
async function post<T>(path: string, body: unknown): Promise<T> {
  const response = await h.app.request(path, {
    method: 'POST',
    headers: { authorization: `Bearer ${h.a.writeKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

const rules = async () => (await h.api<{ data: AlertRule[] }>('/v1/alerts')).data;
const digests = async () => (await h.api<{ data: Digest[] }>('/v1/digests')).data;

describe('alert rules', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    h = await harness();
  });

  it('is reached from the header, and an editor adds a keyword rule that is listed', async () => {
    await h.signInAs('editor');
    history.replaceState(null, '', '/app');
    render(<App fetch={h.fetch} now={h.now} />);
    const nav = await screen.findByRole('navigation', { name: 'Site' });
    fireEvent.click(within(nav).getByRole('link', { name: 'Alerts' }));
    await screen.findByRole('heading', { name: 'Alerts and digests', level: 1 });
    await screen.findByRole('region', { name: 'Alert rules' });
    expect(location.pathname).toBe('/app/alerts');
    expect(within(nav).getByRole('link', { name: 'Alerts' }).getAttribute('aria-current')).toBe(
      'page',
    );
    const alerts = section('Alert rules');
    await within(alerts).findByText('No alert rules yet.');

    expect(within(alerts).getByLabelText('Kind')).toHaveProperty('value', 'keyword');
    expect(within(alerts).getByLabelText('Survey')).toHaveProperty('value', 'srv_a');
    expect(within(alerts).getByLabelText('Time zone')).toHaveProperty(
      'value',
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    fireEvent.input(within(alerts).getByLabelText('Keywords'), {
      target: { value: 'refund, broken\n返金' },
    });
    fireEvent.input(within(alerts).getByLabelText('Email to (optional)'), {
      target: { value: 'care@a.example' },
    });
    fireEvent.click(within(alerts).getByRole('button', { name: 'Add the rule' }));

    const [stored] = await waitFor(async () => {
      const list = await rules();
      expect(list).toHaveLength(1);
      return list;
    });
    expect(stored).toMatchObject({
      kind: 'keyword',
      surveyId: 'srv_a',
      settings: { keywords: ['refund', 'broken', '返金'] },
      emails: ['care@a.example'],
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      status: 'active',
    });
    const name = stored?.name ?? '';
    const item = await within(alerts).findByRole('listitem', { name });
    expect(item.textContent).toContain('Keyword in a comment');
    expect(item.textContent).toContain('Keywords: refund, broken, 返金');
    expect(item.textContent).toContain('Emails care@a.example');
    expect(within(item).getByText('Quiet')).toBeTruthy();
    expect(within(item).getByText('Active')).toBeTruthy();
    expect(within(alerts).getByText(`Rule “${name}” added.`).getAttribute('role')).toBe('status');
  });

  it('shows the API’s issues under their fields and moves focus to the first', async () => {
    await h.signInAs('editor');
    await openAlerts();
    const alerts = section('Alert rules');
    const keywords = await within(alerts).findByLabelText('Keywords');
    fireEvent.input(within(alerts).getByLabelText('Email to (optional)'), {
      target: { value: 'care@a.example, care@' },
    });
    fireEvent.click(within(alerts).getByRole('button', { name: 'Add the rule' }));
    await within(alerts).findByText('Keywords is empty');
    expect(keywords.getAttribute('aria-invalid')).toBe('true');
    expect(keywords.getAttribute('aria-describedby')).toContain('alert-keywords-issue');
    await waitFor(() => expect(document.activeElement).toBe(keywords));
    const emails = within(alerts).getByLabelText('Email to (optional)');
    expect(emails.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(alerts).getByText(
        'Email to (optional): “care@” must be an email address like ana@example.com',
      ).id,
    ).toBe('alert-emails-issue');
    expect(await rules()).toEqual([]);

    // A score drop watched segment by segment: no keywords asked.
    fireEvent.change(within(alerts).getByLabelText('Kind'), { target: { value: 'score-drop' } });
    expect(within(alerts).queryByLabelText('Keywords')).toBeNull();
    expect(within(alerts).queryByText('Keywords is empty')).toBeNull();
    const watch = within(alerts).getByLabelText(
      'Watch each segment of (optional)',
    ) as HTMLSelectElement;
    // Every dimension the API groups by, the channel (web, link, email) among them.
    expect([...watch.options].map((option) => option.value)).toEqual([
      '',
      'touchpoint',
      'device',
      'country',
      'locale',
      'page',
      'channel',
      'attribute',
    ]);
    fireEvent.change(watch, { target: { value: 'device' } });
    fireEvent.input(within(alerts).getByLabelText('Email to (optional)'), {
      target: { value: '' },
    });
    fireEvent.click(within(alerts).getByRole('button', { name: 'Add the rule' }));
    await waitFor(async () =>
      expect(await rules()).toMatchObject([{ kind: 'score-drop', groupBy: 'device' }]),
    );
  });

  it('says what fires since when, shows its alerts, pauses, resumes and deletes after asking', async () => {
    const rule = await post<AlertRule>('/v1/alerts', {
      kind: 'keyword',
      surveyId: 'srv_a',
      name: 'Refund watch',
      settings: { keywords: ['refund'] },
    });
    h.clock.advance(60_000);
    await h.answer(h.now(), [{ score: 2, comment: 'I want a refund now' }]);
    h.clock.advance(60_000);
    expect(await h.app.services.alerts.runOnce()).toHaveLength(1);
    // An episode open in one segment, as a score-drop evaluation leaves it.
    await h.store.alerts.commit({
      ruleId: rule.id,
      cursor: { scannedTo: h.now() },
      states: [
        {
          subject: 'device:mobile',
          segment: { dimension: 'device', value: 'mobile' },
          state: { openedAt: '2026-10-31', breachStreak: 0, normalStreak: 0, lastAt: '2026-10-31' },
        },
      ],
      events: [],
    });
    await h.signInAs('editor');
    await openAlerts();
    const alerts = section('Alert rules');
    const item = await within(alerts).findByRole('listitem', { name: 'Refund watch' });
    expect(within(item).getByText('Firing')).toBeTruthy();
    expect(within(item).getByText('Device: mobile: firing since Oct 31, 2026')).toBeTruthy();
    expect(item.textContent).toContain('Last evaluated');

    const toggle = within(item).getByRole('button', { name: 'Recent alerts Refund watch' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const events = await within(item).findByRole('list', { name: 'Recent alerts of Refund watch' });
    expect(within(events).getByText('Alert')).toBeTruthy();
    expect(events.textContent).toContain('I want a refund now');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(within(item).getByRole('button', { name: 'Pause Refund watch' }));
    await within(item).findByRole('button', { name: 'Resume Refund watch' });
    expect(within(item).getByText('Paused')).toBeTruthy();
    expect((await rules())[0]?.status).toBe('paused');
    fireEvent.click(within(item).getByRole('button', { name: 'Resume Refund watch' }));
    await within(item).findByRole('button', { name: 'Pause Refund watch' });
    expect((await rules())[0]?.status).toBe('active');

    fireEvent.click(within(item).getByRole('button', { name: 'Delete Refund watch' }));
    const question = within(item).getByRole('group', {
      name: 'Delete the rule “Refund watch” and its alerts?',
    });
    // Focus goes to the harmless choice.
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Delete' }));
    await within(alerts).findByText('No alert rules yet.');
    expect(document.activeElement).toBe(
      within(alerts).getByRole('heading', { name: 'Alert rules' }),
    );
    expect(within(alerts).getByText('Rule “Refund watch” deleted.').getAttribute('role')).toBe(
      'status',
    );
    expect(await rules()).toEqual([]);
  });

  it('shows a viewer the rules and digests with no control that changes them', async () => {
    await post('/v1/alerts', {
      kind: 'volume',
      surveyId: 'srv_a',
      name: 'Answers stop',
    });
    await h.signInAs('viewer');
    await openAlerts();
    const alerts = section('Alert rules');
    const item = await within(alerts).findByRole('listitem', { name: 'Answers stop' });
    expect(within(item).getByText('Not evaluated yet', { exact: false })).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Recent alerts Answers stop' })).toBeTruthy();
    expect(within(item).queryByRole('button', { name: /Pause|Delete/ })).toBeNull();
    expect(within(alerts).queryByRole('button', { name: 'Add the rule' })).toBeNull();
    expect(within(alerts).queryByLabelText('Kind')).toBeNull();
    const digestSection = section('Digests');
    await within(digestSection).findByText('No digests yet.');
    expect(within(digestSection).queryByRole('button', { name: 'Add the digest' })).toBeNull();
  });

  it('says in words that digests need email when the server sends none', async () => {
    await h.signInAs('editor');
    await openAlerts();
    const digestSection = section('Digests');
    const email = await within(digestSection).findByLabelText('Send to');
    expect(email).toHaveProperty('value', 'editor@a.example');
    fireEvent.click(within(digestSection).getByRole('button', { name: 'Add the digest' }));
    const alert = await within(digestSection).findByRole('alert');
    expect(alert.textContent).toMatch(/^This koe does not send email yet/);
    expect(alert.textContent).toContain('KOE_SMTP_URL');
    expect(await digests()).toEqual([]);
  });

  it('is in Japanese too', async () => {
    localStorage.setItem('koe-dashboard:lang', 'ja');
    await h.signInAs('editor');
    history.replaceState(null, '', '/app/alerts');
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByRole('heading', { name: 'アラートとダイジェスト', level: 1 });
    await screen.findByRole('button', { name: 'ルールを追加' });
    expect(screen.getByLabelText('キーワード')).toBeTruthy();
  });
});

describe('digests', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    localStorage.clear();
    inbox = await startInbox();
    h = await harness({ smtpUrl: inbox.url, publicUrl: 'https://koe.example' });
    await h.signInAs('editor');
  });

  it('adds a monthly digest, lists it with its next send, and deletes it after asking', async () => {
    await openAlerts();
    const digestSection = section('Digests');
    const email = await within(digestSection).findByLabelText('Send to');
    fireEvent.input(email, { target: { value: 'not-an-email' } });
    fireEvent.click(within(digestSection).getByRole('button', { name: 'Add the digest' }));
    await within(digestSection).findByText('Send to must be an email address like ana@example.com');
    await waitFor(() => expect(document.activeElement).toBe(email));

    fireEvent.input(email, { target: { value: 'boss@a.example' } });
    fireEvent.change(within(digestSection).getByLabelText('How often'), {
      target: { value: 'month' },
    });
    fireEvent.change(within(digestSection).getByLabelText('Hour'), { target: { value: '9' } });
    fireEvent.change(within(digestSection).getByLabelText('Time zone'), {
      target: { value: 'Asia/Tokyo' },
    });
    fireEvent.click(within(digestSection).getByRole('button', { name: 'Add the digest' }));
    const row = (await within(digestSection).findByRole('rowheader', { name: 'boss@a.example' }))
      .parentElement as HTMLElement;
    expect(within(digestSection).getByText('Digest to boss@a.example added.')).toBeTruthy();
    const [stored] = await digests();
    expect(stored).toMatchObject({
      email: 'boss@a.example',
      surveyId: 'srv_a',
      interval: 'month',
      hour: 9,
      timeZone: 'Asia/Tokyo',
      status: 'active',
    });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 5)).toEqual(['Checkout NPS', 'Monthly', '09:00', 'Asia/Tokyo', 'Active']);
    expect(cells[5]).not.toBe('–');

    fireEvent.click(within(row).getByRole('button', { name: 'Delete boss@a.example' }));
    const question = within(row).getByRole('group');
    expect(question.textContent).toContain('Stop the digest of');
    fireEvent.click(within(question).getByRole('button', { name: 'Delete' }));
    await within(digestSection).findByText('No digests yet.');
    expect(document.activeElement).toBe(
      within(digestSection).getByRole('heading', { name: 'Digests' }),
    );
    expect(await digests()).toEqual([]);
  });
});
