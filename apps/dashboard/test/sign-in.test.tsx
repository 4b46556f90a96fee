// Signing in and out: the key is checked against the API, kept in
// sessionStorage only (never a URL, cookie or localStorage), and forgotten
// on sign-out.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../src/app';
import { type Harness, harness } from './harness';

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

function signIn(key: string) {
  fireEvent.input(screen.getByLabelText('Secret key'), { target: { value: key } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign in', () => {
  it('refuses a key the server does not accept and keeps nothing', async () => {
    render(<App fetch={h.fetch} now={h.now} />);
    signIn('sk_not_a_real_key_000000000000');
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'This key was not accepted.',
    );
    expect(sessionStorage.length).toBe(0);
  });

  it('says what a secret key looks like before asking the server', async () => {
    render(<App fetch={h.fetch} now={h.now} />);
    signIn('pk_publishable');
    expect((await screen.findByRole('alert')).textContent).toBe('A secret key starts with sk_.');
  });

  it('keeps an accepted key in sessionStorage only, lists the surveys, and signs out', async () => {
    render(<App fetch={h.fetch} now={h.now} />);
    signIn(h.a.readKey);
    expect(await screen.findByRole('link', { name: 'Checkout NPS' })).toBeTruthy();
    expect(Object.values(sessionStorage)).toEqual([h.a.readKey]);
    expect(JSON.stringify({ ...localStorage })).not.toContain(h.a.readKey);
    expect(location.href).not.toContain(h.a.readKey);
    expect(document.cookie).toBe('');
    // Site B's survey is not this key's to see.
    expect(screen.queryByText('srv_b')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByLabelText('Secret key')).toBeTruthy();
    expect(sessionStorage.length).toBe(0);
  });

  it('stays signed in across a reload of the tab', async () => {
    sessionStorage.setItem('koe-dashboard:secret-key', h.a.readKey);
    render(<App fetch={h.fetch} now={h.now} />);
    expect(await screen.findByRole('link', { name: 'Checkout NPS' })).toBeTruthy();
  });
});

describe('a key revoked while signed in', () => {
  it('ends the session and asks for a key again', async () => {
    sessionStorage.setItem('koe-dashboard:secret-key', 'sk_revoked_000000000000000000');
    render(<App fetch={h.fetch} now={h.now} />);
    expect(await screen.findByLabelText('Secret key')).toBeTruthy();
    expect(sessionStorage.length).toBe(0);
  });
});
