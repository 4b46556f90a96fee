// The score question as a WAI-ARIA radio group: one tab stop, arrow keys move
// the choice, Enter or Space confirms it, a click or tap confirms at once.
// Moving the choice changes the buttons in place and focuses the chosen one.
// CSAT faces and stars are inline SVG drawn in currentColor: emoji render in
// colour in one engine and as outlines in another, and the stylesheet could
// not give them the hover, chosen and dark states.
import type { WidgetSurvey } from '../types';
import { h, svg } from './dom';

const icon = (...paths: SVGElement[]) =>
  svg('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true' }, ...paths);

/** A face for CSAT 1–5: the mouth bends from a frown (1) to a smile (5). */
const face = (score: number) =>
  icon(
    svg('circle', { cx: 12, cy: 12, r: 10 }),
    svg('path', {
      d: `M8 9.5v1M16 9.5v1M7.5 ${16 - (score - 3)}Q12 ${16 + (score - 3) * 2} 16.5 ${16 - (score - 3)}`,
    }),
  );

const star = () =>
  icon(
    svg('path', {
      d: 'M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z',
    }),
  );

/** The scale; `onChoose` gets the confirmed score. */
export function scale(
  survey: WidgetSurvey,
  labelId: string,
  low: string,
  high: string,
  onChoose: (score: number) => void,
): HTMLElement {
  const type = survey.type;
  const min = type === 'nps' ? 0 : 1;
  const max = type === 'nps' ? 10 : type === 'csat' ? 5 : 7;
  const display = type === 'csat' ? survey.csatDisplay : 'number';
  /** Highlighted by the arrow keys, not yet confirmed. */
  let selected: number | undefined;
  const buttons: HTMLElement[] = [];
  // The focusable option is the highlighted one, or the first.
  const paint = () =>
    buttons.forEach((button, i) => {
      const score = min + i;
      button.setAttribute('aria-checked', `${selected === score}`);
      button.setAttribute('tabindex', (selected ?? min) === score ? '0' : '-1');
      button.setAttribute(
        'class',
        selected !== undefined && (display === 'star' ? score <= selected : score === selected)
          ? 'on'
          : '',
      );
    });
  // Arrows wrap around (ARIA radio group).
  const select = (score: number) => {
    selected = score > max ? min : score < min ? max : score;
    paint();
    buttons[selected - min]?.focus();
  };
  for (let score = min; score <= max; score++)
    buttons.push(
      h(
        'button',
        {
          type: 'button',
          role: 'radio',
          'aria-label': `${score}${score === min ? ` ${low}` : score === max ? ` ${high}` : ''}`,
          onclick: () => onChoose(score),
        },
        display === 'smiley' ? face(score) : display === 'star' ? star() : score,
      ),
    );
  paint();
  return h(
    'div',
    { class: `scale ${type} ${display}` },
    h(
      'div',
      {
        role: 'radiogroup',
        'aria-labelledby': labelId,
        class: 'options',
        onkeydown: (event: KeyboardEvent) => {
          const at = selected ?? min;
          const key = event.key;
          const to = (
            {
              ArrowRight: at + 1,
              ArrowDown: at + 1,
              ArrowLeft: at - 1,
              ArrowUp: at - 1,
              Home: min,
              End: max,
            } as Record<string, number>
          )[key];
          if (to === undefined && key !== 'Enter' && key !== ' ') return;
          event.preventDefault();
          if (to !== undefined) select(to);
          else if (selected !== undefined) onChoose(selected);
        },
      },
      buttons,
    ),
    h('div', { class: 'ends', 'aria-hidden': 'true' }, h('span', null, low), h('span', null, high)),
  );
}
