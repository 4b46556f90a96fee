// English and Japanese: every message exists in both, and switching the
// language relabels the page and is remembered.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../src/app';
import { en, ja } from '../src/i18n/messages';
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

describe('UI language', () => {
  it('has every message, non-empty, in English and Japanese', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    for (const messages of [en, ja]) {
      for (const [key, text] of Object.entries(messages)) expect(text, key).not.toBe('');
    }
  });

  it('switches the page to Japanese and remembers the choice', async () => {
    render(<App fetch={h.fetch} now={h.now} />);
    await screen.findByLabelText('Email');
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'ja' } });
    expect(screen.getByRole('heading', { name: 'koe にサインイン' })).toBeTruthy();
    expect(screen.getByLabelText('メールアドレス')).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
    cleanup();
    render(<App fetch={h.fetch} now={h.now} />);
    expect(screen.getByLabelText('言語')).toHaveProperty('value', 'ja');
  });
});
