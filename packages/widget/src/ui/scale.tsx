/** @jsxRuntime classic */
/** @jsx h */
// The score question as a WAI-ARIA radio group: one tab stop, arrow keys move
// the choice, Enter or Space confirms it, a click or tap confirms at once.
// The choice lives in the parent (Survey) so this stays a plain function.
// CSAT faces and stars are inline SVG drawn in currentColor: emoji render in
// colour in one engine and as outlines in another, and the stylesheet could
// not give them the hover, chosen and dark states.
// biome-ignore lint/correctness/noUnusedImports: h is the JSX factory (classic runtime saves bytes)
import { h } from 'preact';
import type { WidgetSurvey } from '../types';

/** A face for CSAT 1–5: the mouth bends from a frown (1) to a smile (5). */
const face = (score: number) => (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <circle cx="12" cy="12" r="10" />
    <path
      d={`M8 9.5v1M16 9.5v1M7.5 ${16 - (score - 3)}Q12 ${16 + (score - 3) * 2} 16.5 ${16 - (score - 3)}`}
    />
  </svg>
);

const star = () => (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" />
  </svg>
);

interface Props {
  survey: WidgetSurvey;
  labelId: string;
  low: string;
  high: string;
  selected?: number;
  onSelect: (score: number) => void;
  onChoose: (score: number) => void;
}

export function Scale({ survey, labelId, low, high, selected, onSelect, onChoose }: Props) {
  const min = survey.type === 'nps' ? 0 : 1;
  const max = survey.type === 'nps' ? 10 : survey.type === 'csat' ? 5 : 7;
  const display = survey.type === 'csat' ? survey.csatDisplay : 'number';
  const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  // The focused option is the chosen one, or the first; arrows wrap around (ARIA radio group).
  const at = selected ?? min;
  const select = (score: number) => onSelect(score > max ? min : score < min ? max : score);
  const keys: Record<string, () => void> = {
    ArrowRight: () => select(at + 1),
    ArrowDown: () => select(at + 1),
    ArrowLeft: () => select(at - 1),
    ArrowUp: () => select(at - 1),
    Home: () => select(min),
    End: () => select(max),
    Enter: () => selected !== undefined && onChoose(selected),
    ' ': () => selected !== undefined && onChoose(selected),
  };
  return (
    <div class={`scale ${survey.type} ${display}`}>
      <div
        role="radiogroup"
        aria-labelledby={labelId}
        class="options"
        onKeyDown={(event) => {
          const action = keys[event.key];
          if (action) {
            event.preventDefault();
            action();
          }
        }}
      >
        {scores.map((score) => (
          // biome-ignore lint/a11y/useSemanticElements: see above
          <button
            key={score}
            type="button"
            role="radio"
            aria-checked={selected === score}
            aria-label={`${score}${score === min ? ` ${low}` : score === max ? ` ${high}` : ''}`}
            tabIndex={(selected ?? min) === score ? 0 : -1}
            class={
              selected !== undefined &&
              (display === 'star' ? score <= selected : score === selected)
                ? 'on'
                : ''
            }
            onClick={() => onChoose(score)}
          >
            {display === 'smiley' ? face(score) : display === 'star' ? star() : score}
          </button>
        ))}
      </div>
      <div class="ends" aria-hidden="true">
        <span>{low}</span>
        <span>{high}</span>
      </div>
    </div>
  );
}
