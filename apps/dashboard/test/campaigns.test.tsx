// Email campaigns on the Share page against the real API, with a real SMTP
// server behind it: an editor makes a quarterly campaign, has a CSV with a
// bad line refused by line (and nothing added), uploads three recipients,
// starts the campaign, reads the recipients and removes one, reads a chosen
// CSV file, pages the list with More and filters it by status; a viewer reads
// the campaign's counts with no control and no address; a koe that sends no
// email refuses a campaign in words that say what to set.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { npsSurveyInput } from '../../server/test/fixtures';
import { type Inbox, startInbox } from '../../server/test/smtp-inbox';
import type { Campaign, CampaignRecipient } from '../src/api/campaigns';
import { ApiError } from '../src/api/client';
import { App } from '../src/app';
import { i18nFor } from '../src/i18n/i18n';
import { responseRate, uploadIssues } from '../src/views/share/campaign-words';
import { type Harness, harness } from './harness';

let h: Harness;
let inbox: Inbox | undefined;

afterEach(async () => {
  cleanup();
  await h?.cleanup();
  await inbox?.close();
  inbox = undefined;
});

async function withEmail(): Promise<void> {
  inbox = await startInbox();
  h = await harness({ smtpUrl: inbox.url, publicUrl: 'https://koe.example' });
}

/** A request with site A's write key, as an integration would. */
async function withKey<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await h.app.request(path, {
    method,
    headers: { authorization: `Bearer ${h.a.writeKey}`, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const campaigns = async () => (await h.api<{ data: Campaign[] }>('/v1/campaigns')).data;
const recipients = async (id: string) =>
  (await withKey<{ data: CampaignRecipient[] }>('GET', `/v1/campaigns/${id}/recipients`)).data;

async function openShare() {
  history.replaceState(null, '', `/app/surveys/${h.a.surveyId}/share`);
  render(<App fetch={h.fetch} now={h.now} />);
  await screen.findByRole('heading', { name: 'Share “Checkout NPS”', level: 1 });
  return screen.findByRole('region', { name: 'Email campaigns' });
}

const GOOD_CSV =
  'email,userId,locale,plan\nana@example.com,cus_1,en,pro\nbo@example.com,cus_2,ja,free\ncy@example.com,,,pro\n';

describe('email campaigns on the Share page', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('lets an editor make a quarterly campaign, upload recipients, start it and remove one', async () => {
    await withEmail();
    await h.signInAs('editor');
    const section = await openShare();
    await within(section).findByText('No campaigns for this survey yet.');

    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(within(section).getByLabelText('Time zone')).toHaveProperty('value', zone);
    fireEvent.input(within(section).getByLabelText('Name'), {
      target: { value: 'Quarterly relationship NPS' },
    });
    fireEvent.change(within(section).getByLabelText('How often'), {
      target: { value: 'quarterly' },
    });
    fireEvent.change(within(section).getByLabelText('Hour'), { target: { value: '9' } });
    fireEvent.change(within(section).getByLabelText('Reminder'), { target: { value: '5' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Add the campaign' }));

    const item = await within(section).findByRole('listitem', {
      name: 'Quarterly relationship NPS',
    });
    await within(section).findByText(/^Campaign Quarterly relationship NPS added as a draft/, {
      selector: '[role=status]',
    });
    expect(within(item).getByText('Draft')).toBeTruthy();
    expect(
      within(item).getByText(
        `Every 3 months, first round at once when started, at 09:00 (${zone})`,
      ),
    ).toBeTruthy();
    expect(within(item).getByText(/Not started yet · Reminder after 5 days/)).toBeTruthy();
    const [stored] = await campaigns();
    expect(stored).toMatchObject({
      surveyId: h.a.surveyId,
      name: 'Quarterly relationship NPS',
      repeat: 'quarterly',
      startDate: null,
      hour: 9,
      timeZone: zone,
      reminderAfterDays: 5,
      perMinute: 60,
      status: 'draft',
    });
    const id = (stored as Campaign).id;

    // One bad line refuses the upload, named by its line; nothing is added.
    const csv = within(item).getByLabelText('CSV');
    fireEvent.input(csv, {
      target: { value: 'email,userId\nana@example.com,cus_1\nnot-an-address,cus_2\n' },
    });
    fireEvent.click(within(item).getByRole('button', { name: 'Upload' }));
    const refusal = await within(item).findByText(/^Line 3: email/);
    expect(refusal.textContent).toBe('Line 3: email must be an email address like ana@example.com');
    expect(within(item).getByText('Nothing was added:')).toBeTruthy();
    expect(csv.getAttribute('aria-invalid')).toBe('true');
    expect(await recipients(id)).toEqual([]);

    fireEvent.input(csv, { target: { value: GOOD_CSV } });
    fireEvent.click(within(item).getByRole('button', { name: 'Upload' }));
    await within(item).findByText('3 added, 0 updated, 3 on the list.');
    expect(within(item).queryByText('Nothing was added:')).toBeNull();
    const counts = () => within(item).getByText('On the list').nextElementSibling?.textContent;
    await waitFor(() => expect(counts()).toBe('3'));
    expect((await recipients(id)).map((r) => r.email).sort()).toEqual([
      'ana@example.com',
      'bo@example.com',
      'cy@example.com',
    ]);

    fireEvent.click(within(item).getByRole('button', { name: 'Start Quarterly relationship NPS' }));
    await within(item).findByText('Active');
    expect(
      within(item).getByRole('button', { name: 'Pause Quarterly relationship NPS' }),
    ).toBeTruthy();
    expect((await campaigns())[0]?.status).toBe('active');

    const show = within(item).getByRole('button', {
      name: 'Show recipients Quarterly relationship NPS',
    });
    fireEvent.click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    const table = await within(item).findByRole('region', {
      name: 'Recipients of Quarterly relationship NPS',
    });
    const stateOnServer = new Map((await recipients(id)).map((r) => [r.email, r.status]));
    const words: Record<string, string> = { waiting: 'Waiting', queued: 'Queued', sent: 'Sent' };
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const [email, userId, status] = within(row).getAllByRole('cell');
      expect(status?.textContent).toBe(words[stateOnServer.get(email?.textContent ?? '') ?? '']);
      if (email?.textContent === 'ana@example.com') expect(userId?.textContent).toBe('cus_1');
    }

    fireEvent.click(within(table).getByRole('button', { name: 'Remove bo@example.com' }));
    const confirm = within(table).getByRole('group', {
      name: 'Remove bo@example.com from Quarterly relationship NPS? Their answers stay.',
    });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(within(table).queryByText('bo@example.com')).toBeNull());
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect((await recipients(id)).map((r) => r.email).sort()).toEqual([
      'ana@example.com',
      'cy@example.com',
    ]);
    await waitFor(() => expect(counts()).toBe('2'));

    // Pause, then delete after the question.
    fireEvent.click(within(item).getByRole('button', { name: 'Pause Quarterly relationship NPS' }));
    await within(item).findByText('Paused');
    expect((await campaigns())[0]?.status).toBe('paused');
    fireEvent.click(
      within(item).getByRole('button', { name: 'Delete Quarterly relationship NPS' }),
    );
    fireEvent.click(
      within(within(item).getByRole('group')).getByRole('button', { name: 'Delete' }),
    );
    await within(section).findByText('No campaigns for this survey yet.');
    expect(await campaigns()).toEqual([]);
  });

  it('shows a viewer the counts and the response rate, with no control and no address', async () => {
    await withEmail();
    const made = await withKey<Campaign>('POST', '/v1/campaigns', {
      surveyId: h.a.surveyId,
      name: 'Yearly check-in',
      repeat: 'yearly',
      startDate: '2027-01-15',
      hour: 8,
      timeZone: 'Asia/Tokyo',
      reminderAfterDays: null,
    });
    await withKey('POST', `/v1/campaigns/${made.id}/recipients`, { csv: GOOD_CSV });
    // Another survey's campaign is not this page's.
    const other = await withKey<{ id: string }>('POST', '/v1/surveys', {
      ...npsSurveyInput,
      name: 'Onboarding NPS',
    });
    await withKey('POST', '/v1/campaigns', { surveyId: other.id, name: 'Elsewhere' });

    await h.signInAs('viewer');
    const section = await openShare();
    const item = await within(section).findByRole('listitem', { name: 'Yearly check-in' });
    expect(within(section).getAllByRole('listitem')).toHaveLength(1);
    expect(within(item).getByText('Draft')).toBeTruthy();
    expect(
      within(item).getByText('Every 12 months, first round on Jan 15, 2027, at 08:00 (Asia/Tokyo)'),
    ).toBeTruthy();
    expect(within(item).getByText(/No reminder/)).toBeTruthy();
    expect(within(item).getByText('On the list').nextElementSibling?.textContent).toBe('3');
    expect(within(item).getByText('Waiting').nextElementSibling?.textContent).toBe('3');
    expect(within(item).getByText('Response rate').nextElementSibling?.textContent).toBe(
      'No emails sent yet',
    );

    expect(within(section).queryByRole('button')).toBeNull();
    expect(within(section).queryByRole('form')).toBeNull();
    expect(within(section).queryByLabelText('CSV')).toBeNull();
    expect(section.textContent).not.toContain('@example.com');
  });

  it('reads a chosen CSV file, pages recipients with More and filters them by status', async () => {
    await withEmail();
    const made = await withKey<Campaign>('POST', '/v1/campaigns', {
      surveyId: h.a.surveyId,
      name: 'Big list',
    });
    const rows = Array.from({ length: 53 }, (_, i) => `p${i}@example.com`);
    await withKey('POST', `/v1/campaigns/${made.id}/recipients`, {
      csv: `email\n${rows.join('\n')}\n`,
    });
    await h.signInAs('editor');
    const section = await openShare();
    const item = await within(section).findByRole('listitem', { name: 'Big list' });

    const file = new File(['email\nnew@example.com\n'], 'list.csv', { type: 'text/csv' });
    fireEvent.change(within(item).getByLabelText('CSV file'), { target: { files: [file] } });
    await waitFor(() =>
      expect(within(item).getByLabelText('CSV')).toHaveProperty(
        'value',
        'email\nnew@example.com\n',
      ),
    );
    fireEvent.click(within(item).getByRole('button', { name: 'Upload' }));
    await within(item).findByText('1 added, 0 updated, 54 on the list.');

    fireEvent.click(within(item).getByRole('button', { name: 'Show recipients Big list' }));
    const table = await within(item).findByRole('region', { name: 'Recipients of Big list' });
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    fireEvent.click(within(item).getByRole('button', { name: 'More recipients' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(55));
    expect(within(item).queryByRole('button', { name: 'More recipients' })).toBeNull();
    const shown = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(new Set(shown)).toEqual(new Set([...rows, 'new@example.com']));

    fireEvent.change(within(item).getByLabelText('Show'), { target: { value: 'answered' } });
    await within(item).findByText('No recipients here.');
    fireEvent.change(within(item).getByLabelText('Show'), { target: { value: 'waiting' } });
    const waiting = await within(item).findByRole('region', { name: 'Recipients of Big list' });
    expect(within(waiting).getAllByRole('row')).toHaveLength(51);
  });

  it('says what the server needs when it sends no email', async () => {
    h = await harness();
    await h.signInAs('editor');
    const section = await openShare();
    fireEvent.input(within(section).getByLabelText('Name'), { target: { value: 'NPS' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Add the campaign' }));
    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toContain('cannot send campaigns');
    expect(alert.textContent).toContain('KOE_SMTP_URL');
    expect(alert.textContent).toContain('KOE_PUBLIC_URL');
    expect(await campaigns()).toEqual([]);
  });
});

describe('campaign words', () => {
  it('counts the response rate out of the emails that went', () => {
    expect(
      responseRate({ waiting: 4, queued: 1, sent: 6, failed: 2, answered: 2, unsubscribed: 1 }),
    ).toEqual({ answered: 2, emailed: 8, rate: 0.25 });
    expect(
      responseRate({ waiting: 4, queued: 0, sent: 0, failed: 1, answered: 0, unsubscribed: 0 })
        .rate,
    ).toBeUndefined();
  });

  it('names a refused upload’s rows by their CSV line, in both languages', () => {
    const refusal = new ApiError(400, 'invalid-body', 'invalid', [
      { field: 'rows.4.timeZone', message: 'must be an IANA time zone such as Asia/Tokyo' },
      { field: 'rows.7', message: 'is a duplicate' },
      { field: 'csv', message: 'needs a header row with an email column' },
    ]);
    expect(uploadIssues(refusal, i18nFor('en'))).toEqual([
      expect.stringMatching(/^Line 4: timeZone/),
      'Line 7: is a duplicate',
      'CSV: needs a header row with an email column',
    ]);
    expect(uploadIssues(refusal, i18nFor('ja'))[1]).toBe('7 行目：is a duplicate');
  });
});
