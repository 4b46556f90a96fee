// One survey from score to thanks: the score, then the follow-up of the
// answer's bucket (its question, reason chips, optional comment), then thanks
// announced through a live region. Esc or × closes; the thanks closes itself
// after the survey's thanksSeconds, but not while the pointer is on it or a
// keyboard user is on it. Visitor-facing text is always rendered as text, in
// the card's language (lang, and dir=rtl for Arabic and Hebrew). Focus moves
// only with the visitor's own steps: an automatically shown survey never
// takes focus from what they are doing. Each step replaces the one before it
// in the card; within a step, controls change in place.

import type { WidgetWords } from '@koe/core';
import { bucketOf } from '@koe/core/scales';
import { textIn } from '../i18n';
import type { WidgetSurvey } from '../types';
import { h } from './dom';
import { scale } from './scale';

export interface SurveyProps {
  survey: WidgetSurvey;
  locale: string;
  /** A score chosen before the card showed (a score link in an email): it opens at the follow-up. */
  score?: number;
  /** The score was chosen and a follow-up comes: send it as a partial answer. */
  onScore: (score: number) => void;
  /** The answer is complete: send it finished. */
  onFinish: (score: number, reasons: string[], comment: string) => void;
  onClose: (answered: boolean) => void;
}

let instances = 0;

/** Languages written right to left among those koe has words for (and their neighbours). */
const RTL = /^(ar|he|fa|ur)\b/i;

/** The card; `stop` ends its timer when it is taken off the page. */
export function createSurvey({
  survey,
  locale,
  score: chosen,
  onScore,
  onFinish,
  onClose,
}: SurveyProps): {
  card: HTMLElement;
  stop: () => void;
} {
  const ui = survey.words[locale] ?? (survey.words[survey.defaultLocale] as WidgetWords);
  const t = (text?: Record<string, string>) => textIn(text, locale, survey.defaultLocale);
  const type = survey.type;
  const q = `koe${++instances}q`;
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => onClose(done);

  const card = h(
    'div',
    {
      class: 'card',
      lang: locale,
      dir: RTL.test(locale) ? 'rtl' : undefined,
      role: 'dialog',
      'aria-labelledby': q,
      onkeydown: (e: KeyboardEvent) => e.key === 'Escape' && close(),
    },
    h('button', { type: 'button', class: 'x', 'aria-label': ui.close, onclick: close }, '×'),
  );
  /** The next step, after the close button; focus goes to its first control. */
  const step = (focus: string, content: HTMLElement) => {
    card.replaceChildren(card.firstChild as Node, content);
    card.querySelector<HTMLElement>(focus)?.focus();
  };

  const finish = (score: number, reasons: string[], comment: string) => {
    onFinish(score, reasons, comment);
    done = true;
    // On the thanks step, focus goes to the close button.
    step('.x', h('p', { class: 'q', id: q, role: 'status' }, t(survey.thanks) || ui.thanks));
    const seconds = survey.thanksSeconds ?? 3;
    const later = () => {
      timer = setTimeout(() => {
        // Held open while pointed at, or while a keyboard user is on it.
        if (card.matches(':hover') || card.querySelector(':focus-visible')) later();
        else onClose(true);
      }, seconds * 1000);
    };
    if (seconds > 0) later();
  };

  const choose = (score: number) => {
    const followUp = survey.followUp[bucketOf(type, score)];
    if (!followUp) return finish(score, [], '');
    onScore(score);
    const reasons: string[] = [];
    let comment = '';
    const hint = t(followUp.commentPlaceholder) || ui.comment;
    step(
      '[tabindex="0"]',
      h(
        'form',
        {
          onsubmit: (e: Event) => {
            e.preventDefault();
            finish(score, reasons, comment.trim());
          },
        },
        h('p', { class: 'q', id: q }, t(followUp.question)),
        h(
          'div',
          { class: 'chips' },
          followUp.reasons.map((reason, i) =>
            h(
              'button',
              {
                type: 'button',
                'aria-pressed': 'false',
                tabindex: i ? undefined : 0,
                onclick: (e: Event) => {
                  const at = reasons.indexOf(reason.id);
                  if (at < 0) reasons.push(reason.id);
                  else reasons.splice(at, 1);
                  (e.currentTarget as Element).setAttribute('aria-pressed', `${at < 0}`);
                },
              },
              t(reason.label),
            ),
          ),
        ),
        followUp.comment !== 'none' &&
          h('textarea', {
            'aria-label': hint,
            placeholder: hint,
            maxlength: 2000,
            rows: 3,
            tabindex: followUp.reasons.length ? undefined : 0,
            oninput: (e: Event) => {
              comment = (e.target as HTMLTextAreaElement).value;
            },
          }),
        h('button', { type: 'submit', class: 'send' }, ui.send),
      ),
    );
  };

  const low =
    t(survey.scaleLabels?.low) ||
    ui[type === 'ces' ? 'disagree' : type === 'csat' ? 'unhappy' : 'low'];
  const high =
    t(survey.scaleLabels?.high) ||
    ui[type === 'ces' ? 'agree' : type === 'csat' ? 'happy' : 'high'];
  // The first step takes no focus.
  card.append(
    h('p', { class: 'q', id: q }, t(survey.question)),
    scale(survey, q, low, high, choose),
  );
  if (chosen !== undefined) choose(chosen);
  return { card, stop: () => clearTimeout(timer) };
}
