// The words of koe-explain.js for each kind of note: every reason a survey is
// held back (with the date it may show again), answers that are not koe's,
// server errors (said in debug mode only), and notes written after it loaded.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAY, record, SITE_COOLDOWN_MS } from '../src/eligibility';
import { explainNotes } from '../src/explain';
import type { Note } from '../src/notes';
import { widgetSurvey } from './surveys';

const now = Date.UTC(2026, 10, 1, 12);
const survey = widgetSurvey('srv_e', { type: 'nps', recontactDays: 30, sampleRate: 0.25 });
let lines: string[];

beforeEach(() => {
  localStorage.clear();
  lines = [];
  for (const kind of ['warn', 'info'] as const)
    vi.spyOn(console, kind).mockImplementation((...parts) => {
      lines.push(`${kind} ${parts.join(' ')}`);
    });
});
afterEach(() => vi.restoreAllMocks());

/** Explains `notes` and waits for the answers' bodies to be read. */
async function explained(notes: Note[]): Promise<string[]> {
  explainNotes(notes, 'https://koe.example');
  await new Promise((resolve) => setTimeout(resolve, 10));
  return lines;
}

describe('explainNotes', () => {
  it.each([
    ['', [], 'shown'],
    ['x', [], "opted out (koe('optOut'))"],
    ['a', [['a', now]], `answered; recontact until ${new Date(now + 30 * DAY).toISOString()}`],
    ['d', [['d', now]], `dismissed; recontact until ${new Date(now + 30 * DAY).toISOString()}`],
    ['o', [['o', now]], `sampled out until ${new Date(now + 30 * DAY).toISOString()}`],
    [
      'c',
      [['s', now]],
      `cooldown until ${new Date(now + SITE_COOLDOWN_MS).toISOString()} (another survey was shown)`,
    ],
    ['r', [], 'sampled out (rate 0.25)'],
    ['b', [], 'another survey is showing'],
  ] as const)('debug mode says why %j: %j → %s', async (why, marks, words) => {
    for (const [what, at] of marks) record(what === 's' ? 'srv_other' : 'srv_e', what, at);
    expect(
      await explained([
        ['debug', true],
        ['show', survey, false, why],
      ]),
    ).toEqual([`info koe: srv_e trigger: ${words}`]);
  });

  it('debug mode says when Global Privacy Control keeps the user id and attributes back', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      expect(
        await explained([
          ['debug', true],
          ['show', survey, true, ''],
        ]),
      ).toEqual([
        'info koe: srv_e ask: shown (Global Privacy Control: no user id or attributes sent)',
      ]);
    } finally {
      Object.defineProperty(navigator, 'globalPrivacyControl', {
        value: undefined,
        configurable: true,
      });
    }
  });

  it('without debug mode, decisions, triggers and stored posts print nothing', async () => {
    const post = { id: 'id-1', body: '{}', n: 0, at: 0 };
    expect(
      await explained([
        ['surveys', { data: [survey], inactive: [] }, 'pk_test0000'],
        ['fired', survey, true],
        ['show', survey, false, 'c'],
        ['post', post, new Response('{}', { status: 202 })],
        ['post', post, undefined],
      ]),
    ).toEqual([]);
  });

  it.each([
    ['survey list', (response: Response): Note => ['config', response]],
    [
      'post',
      (response: Response): Note => ['post', { id: 'id-1', body: '{}', n: 0, at: 0 }, response],
    ],
  ])('an answer to the %s that is not koe’s (a wrong data-host) is warned about by its status', async (_, noteOf) => {
    const html = new Response('<!doctype html><title>Not found</title>', { status: 404 });
    expect(await explained([noteOf(html)])).toEqual([
      "warn koe:http-404 — the server is not koe's API (it answered 404); check data-host",
    ]);
  });

  it('a survey list the server could not give (503) is said in debug mode only', async () => {
    const busy = () => new Response('{"code":"server-busy"}', { status: 503 });
    expect(await explained([['config', busy()]])).toEqual([]);
    expect(
      await explained([
        ['debug', true],
        ['config', busy()],
      ]),
    ).toEqual(['info koe: surveys not loaded: 503']);
  });

  it('explains notes written after it loaded, and ignores notes it does not know', async () => {
    const notes: Note[] = [['debug', true]];
    explainNotes(notes, 'https://koe.example');
    notes.push(['ask', 'srv_x']);
    notes.push(['from-a-newer-koe.js'] as unknown as Note);
    notes.push(['show', survey, true, '']);
    expect(lines).toEqual([
      'info koe: srv_x ask: no surveys loaded (see above)',
      'info koe: srv_e ask: shown',
    ]);
  });
});
