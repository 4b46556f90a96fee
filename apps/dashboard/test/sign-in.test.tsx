// Signing in and out as a member: email and password against the real API,
// the session an HttpOnly cookie the page's script never holds (no secret in
// storage, the URL or document.cookie), the same words for an unknown email
// and a wrong password, a session that ends while signed in, and first run
// and invitation links.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvitation } from '../../server/src/accounts/invitations';
import { openSetup } from '../../server/src/accounts/setup';
import { stepAt, totpCode } from '../../server/src/accounts/totp';
import { startInbox } from '../../server/test/smtp-inbox';
import { App } from '../src/app';
import { type Harness, harness, MEMBER_PASSWORD } from './harness';

let h: Harness;

beforeEach(async () => {
  sessionStorage.clear();
  localStorage.clear();
  history.replaceState(null, '', '/app');
  h = await harness();
});

afterEach(async () => {
  cleanup();
  await h.cleanup();
});

function signIn(email: string, password: string) {
  fireEvent.input(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign in', () => {
  it('says the same for an unknown email and a wrong password, and keeps nothing', async () => {
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByLabelText('Email');
    signIn('viewer@a.example', 'not the password');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The email or the password is wrong.',
    );
    signIn('nobody@a.example', 'not the password');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The email or the password is wrong.'),
    );
    expect(h.cookies()).toBe('');
  });

  it('signs in to the organization’s site with no secret in the page, and signs out', async () => {
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByLabelText('Email');
    signIn('viewer@a.example', MEMBER_PASSWORD);
    expect(await screen.findByRole('link', { name: 'Checkout NPS' })).toBeTruthy();
    expect(screen.getByText('viewer@a.example')).toBeTruthy();
    // The session is a cookie only the server reads: nothing secret is stored or shown.
    expect(h.cookies()).toMatch(/^koe_session=/);
    const token = h.cookies().split('=')[1] ?? '';
    expect(JSON.stringify({ ...sessionStorage, ...localStorage })).not.toContain(token);
    expect(location.href).not.toContain(token);
    expect(document.body.innerHTML).not.toContain(token);
    // A viewer is offered no way to make a survey.
    expect(screen.queryByRole('link', { name: 'New survey' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText('Email')).toBeTruthy();
    expect(h.cookies()).toBe('');
  });

  it('stays signed in across a reload, and asks again once the session ended', async () => {
    await h.signInAs('editor');
    render(<App fetch={h.fetch} now={h.now} />);
    expect(await screen.findByRole('link', { name: 'New survey' })).toBeTruthy();
    cleanup();
    h.clock.advance(8 * 24 * 3_600_000); // a week idle and a day
    render(<App fetch={h.fetch} now={h.now} />);
    expect(await screen.findByLabelText('Email')).toBeTruthy();
  });
});

describe('a forgotten password', () => {
  it('is reset from a link sent by email, and the new one signs in', async () => {
    cleanup();
    await h.cleanup();
    const inbox = await startInbox();
    try {
      h = await harness({ smtpUrl: inbox.url, publicUrl: 'http://localhost' });
      render(<App fetch={h.fetch} now={h.now} />);
      fireEvent.input(await screen.findByLabelText('Email'), {
        target: { value: 'editor@a.example' },
      });
      fireEvent.click(
        screen.getByRole('button', { name: 'Forgot your password? Email me a link' }),
      );
      await screen.findByText(/a link to set a new password is on its way/);
      await waitFor(() => expect(inbox.to('editor@a.example')).toHaveLength(1));
      const link = inbox.to('editor@a.example')[0]?.text?.match(/Set a new password: (\S+)/)?.[1];
      cleanup();
      history.replaceState(null, '', new URL(link ?? '').pathname + new URL(link ?? '').search);
      render(<App fetch={h.fetch} now={h.now} />);
      fireEvent.input(await screen.findByLabelText('New password'), {
        target: { value: 'my brand new passphrase' },
      });
      fireEvent.click(screen.getByRole('button', { name: 'Set the password' }));
      await screen.findByText('Your password is set. Sign in with it.');
      signIn('editor@a.example', 'my brand new passphrase');
      expect(await screen.findByRole('link', { name: 'New survey' })).toBeTruthy();
    } finally {
      await inbox.close();
    }
  });
});

describe('two-factor sign-in', () => {
  it('is turned on in Settings with a code from the app, then asked for after the password', async () => {
    await h.signInAs('viewer');
    history.replaceState(null, '', '/app/settings');
    render(<App fetch={h.fetch} now={h.now} />);
    const account = await screen.findByRole('region', { name: /^Your account/ });
    fireEvent.input(within(account).getByLabelText('Password'), {
      target: { value: MEMBER_PASSWORD },
    });
    fireEvent.click(within(account).getByRole('button', { name: 'Turn on' }));
    const secret = (await within(account).findByText(/^[A-Z2-7]{32}$/)).textContent ?? '';
    h.clock.advance(30_000);
    fireEvent.input(within(account).getByLabelText('One-time code'), {
      target: { value: totpCode(secret, stepAt(h.clock.now())) },
    });
    fireEvent.click(within(account).getByRole('button', { name: 'Confirm and turn on' }));
    const shown = await within(account).findByText(/Keep these recovery codes/);
    expect(shown).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await screen.findByLabelText('Email');
    signIn('viewer@a.example', MEMBER_PASSWORD);
    const codeField = await screen.findByLabelText('One-time code');
    h.clock.advance(30_000);
    fireEvent.input(codeField, { target: { value: totpCode(secret, stepAt(h.clock.now())) } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    // Back on Settings, signed in, with two-factor on.
    expect(
      await screen.findByText(
        'On: signing in needs your password and a code from your authenticator app.',
      ),
    ).toBeTruthy();
  });
});

describe('links from outside', () => {
  it('the first-run link creates the owner, who then adds the first site', async () => {
    // An install without accounts: the fixtures' members are not there.
    for (const role of ['owner', 'admin', 'editor', 'viewer'])
      h.store.sqlite.prepare('DELETE FROM users WHERE id = ?').run(`usr_${role}`);
    const token = await openSetup(h.store, h.clock);
    history.replaceState(null, '', `/app/setup?token=${token}`);
    render(<App fetch={h.fetch} now={h.now} />);
    fireEvent.input(await screen.findByLabelText('Organization name'), {
      target: { value: 'My shop company' },
    });
    fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'Me' } });
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'me@example.com' } });
    fireEvent.input(screen.getByLabelText('New password'), {
      target: { value: 'my own passphrase' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create the owner account' }));
    // A new organization has no site yet: its owner names the first one.
    fireEvent.input(await screen.findByLabelText('Site name'), { target: { value: 'Web shop' } });
    fireEvent.input(screen.getByLabelText('Page address (origin)'), {
      target: { value: 'https://shop.example' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create the site' }));
    expect(await screen.findByRole('region', { name: 'No surveys yet — create one' })).toBeTruthy();
    expect(location.pathname).toBe('/app');
  });

  it('an invitation link makes a new account that joins with the invited role', async () => {
    const { token } = await createInvitation(h.store, h.clock, {
      organizationId: 'org_a',
      email: null,
      role: 'viewer',
      expiresInDays: 7,
      createdBy: 'usr_owner',
    });
    history.replaceState(null, '', `/app/invite?token=${token}`);
    render(<App fetch={h.fetch} now={h.now} />);
    expect(await screen.findByRole('heading', { name: 'Join Org A as Viewer' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Your name'), { target: { value: 'New' } });
    fireEvent.input(screen.getByLabelText('Email'), { target: { value: 'new@a.example' } });
    fireEvent.input(screen.getByLabelText('New password'), {
      target: { value: 'a fine passphrase' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create the account and join' }));
    expect(await screen.findByRole('link', { name: 'Checkout NPS' })).toBeTruthy();
    expect(screen.getByText('new@a.example')).toBeTruthy();
  });
});
