/** @jsxRuntime classic */
/** @jsx h */
// One survey from score to thanks: the score, then the follow-up of the
// answer's bucket (its question, reason chips, optional comment), then thanks
// announced through a live region. Esc or × closes; the thanks closes itself
// after the survey's thanksSeconds, but not while the pointer is on it or a
// keyboard user is on it. Visitor-facing text is always rendered as text, in
// the card's language (lang, and dir=rtl for Arabic and Hebrew). Focus moves
// only with the visitor's own steps: an automatically shown survey never
// takes focus from what they are doing.

import type { WidgetWords } from '@koe/core';
import { bucketOf } from '@koe/core/scales';
// biome-ignore lint/correctness/noUnusedImports: h is the JSX factory (classic runtime saves bytes)
import { Component, h } from 'preact';
import { textIn } from '../i18n';
import type { WidgetSurvey } from '../types';
import { Scale } from './scale';

export interface SurveyProps {
  survey: WidgetSurvey;
  locale: string;
  /** The score was chosen and a follow-up comes: send it as a partial answer. */
  onScore: (score: number) => void;
  /** The answer is complete: send it finished. */
  onFinish: (score: number, reasons: string[], comment: string) => void;
  onClose: (answered: boolean) => void;
}

interface State {
  /** Highlighted by the arrow keys, not yet confirmed. */
  selected?: number;
  score?: number;
  done?: boolean;
  reasons: string[];
  comment: string;
}

let instances = 0;

/** Languages written right to left among those koe has words for (and their neighbours). */
const RTL = /^(ar|he|fa|ur)\b/i;

export class Survey extends Component<SurveyProps, State> {
  override state: State = { reasons: [], comment: '' };
  private readonly id = `koe${++instances}`;
  private root?: HTMLElement | null;

  private timer?: ReturnType<typeof setTimeout>;

  override componentDidUpdate(_: SurveyProps, previous: State) {
    const { score, done, selected } = this.state;
    if (previous.score !== score || previous.done !== done || previous.selected !== selected) {
      // The next step's first control; on the thanks step, the close button.
      this.root?.querySelector<HTMLElement>(done ? '.x' : '[tabindex="0"]')?.focus();
    }
    const seconds = this.props.survey.thanksSeconds ?? 3;
    if (done && !previous.done && seconds > 0) {
      const later = () => {
        this.timer = setTimeout(() => {
          const root = this.root;
          // Held open while pointed at, or while a keyboard user is on it.
          if (root?.matches(':hover') || root?.querySelector(':focus-visible')) later();
          else this.props.onClose(true);
        }, seconds * 1000);
      };
      later();
    }
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  private finish(score: number, reasons: string[], comment: string) {
    this.props.onFinish(score, reasons, comment);
    this.setState({ done: true });
  }

  render(
    { survey, locale, onScore, onClose }: SurveyProps,
    { selected, score, done, reasons, comment }: State,
  ) {
    const ui = survey.words[locale] ?? (survey.words[survey.defaultLocale] as WidgetWords);
    const t = (text?: Record<string, string>) => textIn(text, locale, survey.defaultLocale);
    const followUp =
      score === undefined ? undefined : survey.followUp[bucketOf(survey.type, score)];
    const type = survey.type;
    const low =
      t(survey.scaleLabels?.low) ||
      ui[type === 'ces' ? 'disagree' : type === 'csat' ? 'unhappy' : 'low'];
    const high =
      t(survey.scaleLabels?.high) ||
      ui[type === 'ces' ? 'agree' : type === 'csat' ? 'happy' : 'high'];
    const q = `${this.id}q`;
    const hint = t(followUp?.commentPlaceholder) || ui.comment;
    return (
      <div
        ref={(el) => {
          this.root = el;
        }}
        class="card"
        lang={locale}
        dir={RTL.test(locale) ? 'rtl' : undefined}
        role="dialog"
        aria-labelledby={q}
        onKeyDown={(e) => e.key === 'Escape' && onClose(!!done)}
      >
        <button type="button" class="x" aria-label={ui.close} onClick={() => onClose(!!done)}>
          ×
        </button>
        {done ? (
          <p class="q" id={q} role="status">
            {t(survey.thanks) || ui.thanks}
          </p>
        ) : followUp && score !== undefined ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              this.finish(score, reasons, comment.trim());
            }}
          >
            <p class="q" id={q}>
              {t(followUp.question)}
            </p>
            <div class="chips">
              {followUp.reasons.map((reason, i) => (
                <button
                  key={reason.id}
                  type="button"
                  aria-pressed={reasons.includes(reason.id)}
                  tabIndex={i ? undefined : 0}
                  onClick={() =>
                    this.setState({
                      reasons: reasons.includes(reason.id)
                        ? reasons.filter((r) => r !== reason.id)
                        : [...reasons, reason.id],
                    })
                  }
                >
                  {t(reason.label)}
                </button>
              ))}
            </div>
            {followUp.comment !== 'none' && (
              <textarea
                aria-label={hint}
                placeholder={hint}
                maxLength={2000}
                rows={3}
                tabIndex={followUp.reasons.length ? undefined : 0}
                value={comment}
                onInput={(e) => this.setState({ comment: (e.target as HTMLTextAreaElement).value })}
              />
            )}
            <button type="submit" class="send">
              {ui.send}
            </button>
          </form>
        ) : (
          [
            <p key="q" class="q" id={q}>
              {t(survey.question)}
            </p>,
            <Scale
              key="s"
              survey={survey}
              labelId={q}
              low={low}
              high={high}
              selected={selected}
              onSelect={(next) => this.setState({ selected: next })}
              onChoose={(chosen) => {
                this.setState({ score: chosen, selected: chosen });
                if (survey.followUp[bucketOf(survey.type, chosen)]) onScore(chosen);
                else this.finish(chosen, [], '');
              }}
            />,
          ]
        )}
      </div>
    );
  }
}
