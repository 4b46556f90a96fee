// Shapes the widget works with. Types only from @koe/core: the widget never
// ships zod or server code.
import type { InactiveSurvey, WidgetSurvey } from '@koe/core';
import type { Note } from './notes';

/** A survey as GET /v1/sites/{siteKey}/surveys returns it (built by toWidgetSurvey in @koe/core). */
export type { InactiveSurvey, WidgetSurvey };

export interface AskOptions {
  touchpoint?: string;
  attributes?: Record<string, string | number | boolean>;
  /** CSS selector of the element an inline survey renders into. */
  target?: string;
  /** The hosted survey page (/s/{id}): the answer's id, a score already chosen
   * by a link in an email, the channel, and the personal link's token. */
  id?: string;
  score?: number;
  channel?: 'link' | 'email';
  linkToken?: string;
  /** The personal link's language, when the survey has it. */
  locale?: string;
}

export type KoeEventName = 'show' | 'submit' | 'dismiss';

export interface KoeEventDetail {
  surveyId: string;
  score?: number;
}

/** A survey on the page, for as long as it shows. */
export interface Mounted {
  close(): void;
}

/**
 * What the loader hands the UI when a survey is to show now (eligibility
 * decided, the "shown" mark written). The UI renders it, posts the answers
 * and reports back through `record`, `emit` and `closed`.
 */
export interface ShowRequest {
  survey: WidgetSurvey;
  siteKey: string;
  options: AskOptions;
  userId?: string;
  /** From koe('identify'); the ask's own attributes (options) add to them. */
  attributes: Record<string, string | number | boolean>;
  /** The page's CSP nonce, for the <style> fallback. */
  nonce?: string;
  /** Records that the visitor answered (a) or dismissed (d) a survey (eligibility.ts). */
  record(surveyId: string, what: 'a' | 'd', now: number): void;
  emit(name: KoeEventName, detail: KoeEventDetail): void;
  /** The survey left the page. */
  closed(): void;
}

/**
 * The UI, in dist/koe-ui.js (or bundled, for createKoe): the views, and the delivery of answers (sender.ts), which only a shown survey
 * or an answer still waiting in the retry queue needs.
 */
export interface Ui {
  present(request: ShowRequest): Mounted;
  /** Sends the queued answers that are due; `all`: every one (back online). */
  flush(all?: boolean): unknown;
  /** Arms the click, scroll and exit-intent triggers (pointer-triggers.ts). */
  arm(surveys: readonly WidgetSurvey[], fire: (survey: WidgetSurvey) => void): void;
}

/**
 * Makes the UI for one koe instance: answers go to the koe server at `host`;
 * `note` and `explain` are the loader's (notes.ts), since koe-ui.js bundles
 * its own copy of that module.
 */
export type UiFactory = (
  host: string,
  fetchFn: typeof fetch | undefined,
  note: (...n: Note) => void,
  explain: () => void,
) => Ui;

/** Gets the UI and calls `done` with it (at once where it is bundled). */
export type UiLoader = (done: (ui: UiFactory) => void) => void;
