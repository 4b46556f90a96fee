// Settings against the real API: the header names the site; renaming it,
// allowing origins (and the server's refusal in words), the install check's
// one-click Allow, secret keys shown once and revoked after a confirmation,
// and webhooks with their secret, rotation and delivery log.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SecretKey, Site, Webhook } from '../src/api/types';
import { App } from '../src/app';
import { type Harness, harness } from './harness';

let h: Harness;

beforeEach(async () => {
  sessionStorage.clear();
  localStorage.clear();
  // Webhook targets on this machine are refused unless the server allows private ones.
  h = await harness({ webhookAllowPrivate: true });
  await h.signInAs('admin');
});

afterEach(async () => {
  cleanup();
  await h.cleanup();
});

function openSettings() {
  history.replaceState(null, '', '/app/settings');
  render(<App fetch={h.fetch} now={h.now} />);
  return screen.findByRole('heading', { name: 'Settings', level: 1 });
}

const section = (name: string) => screen.getByRole('region', { name });

describe('settings', () => {
  it('shows the site in the header on every screen, with a link to Settings', async () => {
    history.replaceState(null, '', '/app');
    render(<App fetch={h.fetch} now={h.now} />);
    const site = await screen.findByRole('navigation', { name: 'Site' });
    await waitFor(() => expect(site.textContent).toContain('Shop A'));
    fireEvent.click(within(site).getByRole('link', { name: 'Settings' }));
    await screen.findByRole('heading', { name: 'Settings', level: 1 });
    expect(location.pathname).toBe('/app/settings');
  });

  it('renames the site, and the header follows', async () => {
    await openSettings();
    fireEvent.input(screen.getByLabelText('Site name'), { target: { value: 'Tea shop' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    expect(await screen.findByText('Name saved.')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Site' }).textContent).toContain('Tea shop');
    expect((await h.api<Site>('/v1/site')).name).toBe('Tea shop');
  });

  it('adds an origin, and says what to write instead of a page URL', async () => {
    await openSettings();
    const origins = section('Allowed origins');
    expect(
      within(origins).getByText(/localhost and 127\.0\.0\.1 are different origins/),
    ).toBeTruthy();
    fireEvent.input(within(origins).getByLabelText('New origin'), {
      target: { value: 'https://tea.example/shop/cart' },
    });
    fireEvent.click(within(origins).getByRole('button', { name: 'Add origin' }));
    const alert = await within(origins).findByRole('alert');
    expect(alert.textContent).toBe(
      'Not saved: "https://tea.example/shop/cart" has a path; an allowed origin is scheme, host and port only, and covers every page: use https://tea.example',
    );
    fireEvent.input(within(origins).getByLabelText('New origin'), {
      target: { value: 'HTTP://LOCALHOST:3000/' },
    });
    fireEvent.click(within(origins).getByRole('button', { name: 'Add origin' }));
    await within(origins).findByText('http://localhost:3000', { selector: 'code' });
    expect(within(origins).queryByRole('alert')).toBeNull();
    expect((await h.api<Site>('/v1/site')).origins).toEqual([
      'https://shop-a.example',
      'http://localhost:3000',
    ]);

    fireEvent.click(within(origins).getByRole('button', { name: 'Remove https://shop-a.example' }));
    await waitFor(() =>
      expect(
        within(origins).queryByText('https://shop-a.example', { selector: 'code' }),
      ).toBeNull(),
    );
    // The last origin stays: a site needs one.
    fireEvent.click(within(origins).getByRole('button', { name: 'Remove http://localhost:3000' }));
    expect((await within(origins).findByRole('alert')).textContent).toMatch(
      /^A site needs at least one allowed origin/,
    );
    expect((await h.api<Site>('/v1/site')).origins).toEqual(['http://localhost:3000']);
  });

  it('lists where the widget was seen and allows a refused origin with one click', async () => {
    await h.widgetSeen('https://shop-a.example', true, h.now());
    await h.widgetSeen('http://127.0.0.1:8790', false, h.now());
    h.clock.advance(2 * 60_000);
    await openSettings();
    const installs = section('Install check');
    await within(installs).findByText(/^Seen on/);
    expect(within(installs).getByText(/^Seen on/).textContent).toBe(
      'Seen on https://shop-a.example 2 minutes ago',
    );
    const refused = within(installs).getByText(/^koe was loaded on/);
    expect(refused.textContent).toBe(
      'koe was loaded on http://127.0.0.1:8790, which is not an allowed origin — Allow http://127.0.0.1:8790',
    );
    fireEvent.click(within(installs).getByRole('button', { name: 'Allow http://127.0.0.1:8790' }));
    await within(section('Allowed origins')).findByText('http://127.0.0.1:8790', {
      selector: 'code',
    });
    await within(installs).findByText(/that origin is allowed now/);
    // Focus stays in the section (the button is gone), and the change is announced.
    expect(document.activeElement).toBe(
      within(installs).getByRole('heading', { name: 'Install check' }),
    );
    expect(
      within(installs).getByText('http://127.0.0.1:8790 is allowed now.').getAttribute('role'),
    ).toBe('status');
    expect((await h.api<Site>('/v1/site')).origins).toContain('http://127.0.0.1:8790');
    // The page loads the surveys now, and the check says so.
    await h.widgetSeen('http://127.0.0.1:8790', true, h.now());
    fireEvent.click(within(installs).getByRole('button', { name: 'Refresh' }));
    await waitFor(() =>
      expect(
        within(installs)
          .getAllByText(/^Seen on/)
          .map((line) => line.textContent),
      ).toContain('Seen on http://127.0.0.1:8790 just now'),
    );
    expect(within(installs).queryByText(/^koe was loaded on/)).toBeNull();
  });

  it('in Japanese: the refused origin, Allow and the origins hint', async () => {
    localStorage.setItem('koe-dashboard:lang', 'ja');
    await h.widgetSeen('http://127.0.0.1:8790', false, h.now() - 3 * 60_000);
    history.replaceState(null, '', '/app/settings');
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByRole('heading', { name: '設定', level: 1 });
    const installs = screen.getByRole('region', { name: 'インストールの確認' });
    await waitFor(() =>
      expect(within(installs).getByText(/^koe が/).textContent).toBe(
        'koe が http://127.0.0.1:8790 で読み込まれましたが、許可されたオリジンではありません — 許可する http://127.0.0.1:8790',
      ),
    );
    const origins = screen.getByRole('region', { name: '許可するオリジン' });
    expect(within(origins).getByText(/^localhost と 127\.0\.0\.1 は別のオリジンです/)).toBeTruthy();
    fireEvent.click(
      within(installs).getByRole('button', { name: '許可する http://127.0.0.1:8790' }),
    );
    await within(installs).findByText('http://127.0.0.1:8790 を許可しました。');
  });

  it('creates a key whose secret is shown once and works, and revokes it after a confirmation', async () => {
    await openSettings();
    const keys = section('Secret keys');
    await within(keys).findByRole('table');
    fireEvent.input(within(keys).getByLabelText('Key name'), { target: { value: 'BI export' } });
    fireEvent.change(within(keys).getByLabelText('Scope'), { target: { value: 'read' } });
    fireEvent.click(within(keys).getByRole('button', { name: 'Create key' }));
    const secretField = (await within(keys).findByRole('textbox', {
      name: 'New key “BI export”',
    })) as HTMLInputElement;
    const secret = secretField.value;
    expect(secret).toMatch(/^sk_/);
    expect(within(keys).getByText(/shown only this once/)).toBeTruthy();
    const row = (await within(keys).findByText('BI export', { selector: 'th' })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(row).getByText(`${secret.slice(0, 11)}…`)).toBeTruthy();
    expect(within(row).getByText('Read')).toBeTruthy();
    expect(within(row).getByText('never')).toBeTruthy();
    // The secret reads through the API…
    const read = await h.app.request('/v1/surveys', {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(read.status).toBe(200);
    // …and is not shown again once dismissed.
    fireEvent.click(within(keys).getByRole('button', { name: 'Done' }));
    expect(within(keys).queryByDisplayValue(secret)).toBeNull();

    fireEvent.click(within(row).getByRole('button', { name: 'Revoke BI export' }));
    const confirm = within(row).getByRole('group', {
      name: 'Revoke “BI export”? Whatever uses it stops working at once.',
    });
    // The harmless choice has focus.
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    await waitFor(() =>
      expect(within(keys).queryByText('BI export', { selector: 'th' })).toBeNull(),
    );
    expect(document.activeElement).toBe(within(keys).getByRole('heading', { name: 'Secret keys' }));
    const after = await h.app.request('/v1/surveys', {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(after.status).toBe(401);
    const left = await h.app.request('/v1/keys', {
      headers: { authorization: `Bearer ${h.a.writeKey}` },
    });
    expect(((await left.json()) as { data: SecretKey[] }).data.map((k) => k.name)).not.toContain(
      'BI export',
    );
  });

  it('refuses to revoke the only write key, in words', async () => {
    await openSettings();
    const keys = section('Secret keys');
    const [cell] = await within(keys).findAllByText('write key made with the site', {
      selector: 'th',
    });
    const current = cell?.closest('tr') as HTMLElement;
    fireEvent.click(within(current).getAllByRole('button')[0] as HTMLElement);
    fireEvent.click(within(current).getByRole('button', { name: 'Revoke' }));
    expect((await within(keys).findByRole('alert')).textContent).toBe(
      'This is the site’s only write key. Create another write key first, so the site is never locked out.',
    );
  });

  it('for a viewer: the site read-only, no keys nor webhooks, the members without controls', async () => {
    await h.signInAs('viewer');
    await openSettings();
    await screen.findByText('Shop A', { selector: 'p' });
    expect(screen.queryByLabelText('Site name')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Secret keys' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Webhooks' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Audit log' })).toBeNull();
    const members = section('Members · Org A');
    expect(await within(members).findByText('owner@a.example')).toBeTruthy();
    expect(within(members).queryByRole('combobox')).toBeNull();
    expect(within(members).queryByRole('button', { name: 'Make an invitation link' })).toBeNull();
  });

  it('adds a webhook (secret shown once), rotates its secret, pauses and resumes it, and shows its deliveries', async () => {
    await openSettings();
    const hooks = section('Webhooks');
    await within(hooks).findByText('No webhooks yet.');
    fireEvent.input(within(hooks).getByLabelText('Endpoint URL'), {
      target: { value: 'http://127.0.0.1:9/koe' },
    });
    fireEvent.click(within(hooks).getByLabelText('response.created'));
    fireEvent.click(within(hooks).getByRole('button', { name: 'Add webhook' }));
    const secret = (await within(hooks).findByRole('textbox', {
      name: 'Signing secret for http://127.0.0.1:9/koe',
    })) as HTMLInputElement;
    expect(secret.value).toMatch(/^whsec_/);
    const listed = await h.api<{ data: Webhook[] }>('/v1/webhooks');
    expect(listed.data).toEqual([
      expect.objectContaining({
        url: 'http://127.0.0.1:9/koe',
        events: ['response.created', 'response.finished'],
        status: 'active',
      }),
    ]);
    fireEvent.click(within(hooks).getByRole('button', { name: 'Done' }));

    fireEvent.click(await within(hooks).findByRole('button', { name: 'Rotate secret' }));
    fireEvent.click(within(hooks).getByRole('button', { name: 'Rotate' }));
    const rotated = (await within(hooks).findByRole('textbox', {
      name: 'Signing secret for http://127.0.0.1:9/koe',
    })) as HTMLInputElement;
    expect(rotated.value).toMatch(/^whsec_/);
    expect(rotated.value).not.toBe(secret.value);

    // Paused, then resumed.
    fireEvent.click(within(hooks).getByRole('button', { name: 'Pause' }));
    await within(hooks).findByText('Paused');
    expect((await h.api<{ data: Webhook[] }>('/v1/webhooks')).data[0]?.status).toBe('paused');
    fireEvent.click(within(hooks).getByRole('button', { name: 'Resume' }));
    await within(hooks).findByRole('button', { name: 'Pause' });
    expect((await h.api<{ data: Webhook[] }>('/v1/webhooks')).data[0]?.status).toBe('active');

    // An answer makes an event: the log shows it, waiting for its first attempt.
    await h.answer(h.now(), [{ score: 3 }]);
    fireEvent.click(within(hooks).getByRole('button', { name: 'Show deliveries' }));
    const log = await within(hooks).findByRole('table');
    expect(within(log).getAllByText('Pending').length).toBeGreaterThan(0);
  });
});
