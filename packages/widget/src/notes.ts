// What happens in the widget, kept as short notes for the browser console:
// the site's surveys, each trigger fired, each decision to show a survey or
// not (and why), each post and its answer, each survey asked for that the
// site does not have. Their words live in koe-explain.js (explain.ts), which
// loads only when a note needs explaining — a configuration problem, or debug
// mode — and then explains the notes so far and each later one. koe.js has a
// size budget that every visitor pays; explanations are paid for only by the
// developer who needs them, and a correctly configured site loads nothing
// more and prints nothing. Independent of the UI.
import type { Why } from './eligibility';
import type { QueuedPost } from './sender';
import type { InactiveSurvey, WidgetSurvey } from './types';

export type Note =
  | [kind: 'debug', on: boolean]
  | [kind: 'reset']
  /** The survey list loaded; `inactive` is missing from a koe server older than the widget. */
  | [
      kind: 'surveys',
      config: { data: WidgetSurvey[]; inactive?: InactiveSurvey[] },
      siteKey: string,
    ]
  /** The survey list was refused (4xx) or failed (5xx): the answer, unread. */
  | [kind: 'config', response: Response]
  | [kind: 'fired', survey: WidgetSurvey, onThisPage: boolean]
  /** b: another survey is showing. */
  | [kind: 'show', survey: WidgetSurvey, manual: boolean, why: Why | 'b']
  /** koe('ask') named a survey the list does not have (or the list did not load). */
  | [kind: 'ask', surveyId: unknown]
  /** One try of a post: the server's answer, unread, or none (network error). */
  | [kind: 'post', post: QueuedPost, response: Response | undefined];

/** Explains `notes` from now on; `base` is the koe server's origin. */
export type Explainer = (notes: Note[], base: string) => void;

let notes: Note[] = [];
let load: ((notes: Note[]) => void) | undefined;

export const note = (...n: Note): void => void notes.push(n);

/** How the explainer loads: once per page, so the first koe instance's way. */
export const explainWith = (loader: (notes: Note[]) => void): void => {
  load ??= loader;
};

/** Loads the explainer, once; it takes the notes over from then on. */
export function explain(): void {
  load?.(notes);
  load = () => {};
}

/** A new page, for tests: no notes, no explainer. */
export function resetNotes(): void {
  notes = [];
  load = undefined;
}
